import { Button, Checkbox, Group, NativeSelect, NumberInput, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BookingMode, EventFields } from '../api-types';
import { isoToLocalInput, localInputToIso, timeZones } from '../time-zone';
import { ErrorAlert } from './error-alert';

// The evaluation date lives on the Evaluation tab, next to the follow-ups it starts.
const phaseFields = ['registrationOpensAt', 'registrationClosesAt', 'bookingOpensAt', 'bookingClosesAt'] as const;
type PhaseField = (typeof phaseFields)[number];

interface FormState {
  name: string;
  venue: string;
  timeZone: string;
  languages: string[];
  startsOn: string;
  endsOn: string;
  phases: Record<PhaseField, string>;
  bookingMode: BookingMode;
  requestExpiryHours: number | string;
  maxHighPriorityRequests: number | string;
}

const bookingModes: BookingMode[] = ['scheduling', 'self_booking'];

function toState(initial?: Partial<EventFields>): FormState {
  const timeZone = initial?.timeZone || 'Europe/Copenhagen';
  return {
    name: initial?.name ?? '',
    venue: initial?.venue ?? '',
    timeZone,
    languages: initial?.languages?.length ? initial.languages : ['en', 'da'],
    startsOn: initial?.startsOn ?? '',
    endsOn: initial?.endsOn ?? '',
    phases: Object.fromEntries(phaseFields.map((field) => [field, isoToLocalInput(initial?.[field], timeZone)])) as Record<
      PhaseField,
      string
    >,
    bookingMode: initial?.bookingMode ?? 'scheduling',
    requestExpiryHours: initial?.requestExpiryHours ?? 72,
    maxHighPriorityRequests: initial?.maxHighPriorityRequests ?? 3,
  };
}

interface Props {
  initial?: Partial<EventFields>;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  readOnly?: boolean;
  onSubmit: (fields: Partial<EventFields>) => void;
}

/** Details and phases of an event; phase inputs are wall-clock times in the event's own time zone. */
export function EventFieldsForm({ initial, submitLabel, pending, error, readOnly = false, onSubmit }: Props) {
  const { t } = useTranslation();
  const [state, setState] = useState(() => toState(initial));
  const zones = useMemo(() => {
    const all = timeZones();
    return all.includes(state.timeZone) ? all : [state.timeZone, ...all];
  }, [state.timeZone]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const fields: Partial<EventFields> = {
      name: state.name.trim(),
      venue: state.venue.trim(),
      timeZone: state.timeZone,
      languages: state.languages,
      bookingMode: state.bookingMode,
      requestExpiryHours: Number(state.requestExpiryHours),
      maxHighPriorityRequests: Number(state.maxHighPriorityRequests),
    };
    // Empty values are left out when creating; when editing, a cleared value is sent as null to unset it.
    const put = <K extends keyof EventFields>(key: K, value: EventFields[K] | null) => {
      if (value || initial?.[key]) fields[key] = (value || null) as EventFields[K];
    };
    put('startsOn', state.startsOn);
    put('endsOn', state.endsOn);
    for (const field of phaseFields) put(field, localInputToIso(state.phases[field], state.timeZone));
    onSubmit(fields);
  };

  const phase = (field: PhaseField) => (
    <TextInput
      key={field}
      type="datetime-local"
      label={t(`eventForm.${field}`)}
      value={state.phases[field]}
      readOnly={readOnly}
      onChange={(e) => {
        const value = e.currentTarget.value;
        setState((s) => ({ ...s, phases: { ...s.phases, [field]: value } }));
      }}
    />
  );

  return (
    <form onSubmit={submit}>
      <Stack gap="lg">
        <Stack gap="sm">
          <Title order={3}>{t('eventForm.detailsHeading')}</Title>
          <TextInput
            label={t('eventForm.name')}
            required
            minLength={2}
            maxLength={200}
            readOnly={readOnly}
            value={state.name}
            onChange={(e) => {
              const name = e.currentTarget.value;
              setState((s) => ({ ...s, name }));
            }}
          />
          <TextInput
            label={t('eventForm.venue')}
            readOnly={readOnly}
            value={state.venue}
            onChange={(e) => {
              const venue = e.currentTarget.value;
              setState((s) => ({ ...s, venue }));
            }}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <NativeSelect
              label={t('eventForm.timeZone')}
              description={t('eventForm.timeZoneHint')}
              disabled={readOnly}
              value={state.timeZone}
              data={zones}
              onChange={(e) => {
                const timeZone = e.currentTarget.value;
                setState((s) => ({ ...s, timeZone }));
              }}
            />
            <Checkbox.Group
              label={t('eventForm.languages')}
              value={state.languages}
              onChange={(languages) => setState((s) => ({ ...s, languages }))}
            >
              <Group mt="xs">
                <Checkbox value="en" label={t('eventForm.languageEn')} disabled={readOnly} />
                <Checkbox value="da" label={t('eventForm.languageDa')} disabled={readOnly} />
              </Group>
            </Checkbox.Group>
          </SimpleGrid>
        </Stack>
        <Stack gap="sm">
          <Title order={3}>{t('eventForm.phasesHeading')}</Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            {phase('registrationOpensAt')}
            {phase('registrationClosesAt')}
            {phase('bookingOpensAt')}
            {phase('bookingClosesAt')}
            <TextInput
              type="date"
              label={t('eventForm.startsOn')}
              readOnly={readOnly}
              value={state.startsOn}
              onChange={(e) => {
                const startsOn = e.currentTarget.value;
                setState((s) => ({ ...s, startsOn, endsOn: s.endsOn || startsOn }));
              }}
            />
            <TextInput
              type="date"
              label={t('eventForm.endsOn')}
              readOnly={readOnly}
              value={state.endsOn}
              onChange={(e) => {
                const endsOn = e.currentTarget.value;
                setState((s) => ({ ...s, endsOn }));
              }}
            />
          </SimpleGrid>
        </Stack>
        <Stack gap="sm">
          <Title order={3}>{t('eventForm.bookingHeading')}</Title>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <NativeSelect
              label={t('eventForm.bookingMode')}
              description={t(`eventForm.bookingModeHint.${state.bookingMode}`)}
              disabled={readOnly}
              value={state.bookingMode}
              data={bookingModes.map((mode) => ({ value: mode, label: t(`eventForm.bookingModes.${mode}`) }))}
              onChange={(e) => {
                const bookingMode = e.currentTarget.value as BookingMode;
                setState((s) => ({ ...s, bookingMode }));
              }}
            />
            <NumberInput
              label={t('eventForm.requestExpiryHours')}
              description={t('eventForm.requestExpiryHoursHint')}
              required
              min={1}
              max={1440}
              allowDecimal={false}
              readOnly={readOnly}
              value={state.requestExpiryHours}
              onChange={(requestExpiryHours) => setState((s) => ({ ...s, requestExpiryHours }))}
            />
            <NumberInput
              label={t('eventForm.maxHighPriorityRequests')}
              description={t('eventForm.maxHighPriorityRequestsHint')}
              required
              min={0}
              max={100}
              allowDecimal={false}
              readOnly={readOnly}
              value={state.maxHighPriorityRequests}
              onChange={(maxHighPriorityRequests) => setState((s) => ({ ...s, maxHighPriorityRequests }))}
            />
          </SimpleGrid>
        </Stack>
        <ErrorAlert error={error} />
        {!readOnly && (
          <Group>
            <Button type="submit" loading={pending}>
              {submitLabel}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
