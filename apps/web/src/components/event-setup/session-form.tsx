import { Button, Group, NumberInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../api-types';
import { isoToZoned, zonedToIso } from '../../time-zone';

export interface SessionBody {
  name: string;
  startsAt: string;
  endsAt: string;
  slotMinutes: number;
  pauseMinutes: number;
}

interface Props {
  timeZone: string;
  initial?: Session;
  defaultDate?: string;
  submitLabel: string;
  pending: boolean;
  /** Server errors, shown above the buttons. */
  errorSlot?: ReactNode;
  onSubmit: (body: SessionBody) => void;
  onCancel?: () => void;
}

function initialState(initial: Session | undefined, timeZone: string, defaultDate = '') {
  if (!initial) {
    return { name: '', date: defaultDate, startTime: '09:00', endTime: '12:00', slotMinutes: 20 as number | string, pauseMinutes: 5 as number | string };
  }
  const start = isoToZoned(initial.startsAt, timeZone);
  const end = isoToZoned(initial.endsAt, timeZone);
  return {
    name: initial.name,
    date: start.date,
    startTime: start.time,
    endTime: end.time,
    slotMinutes: initial.slotMinutes as number | string,
    pauseMinutes: initial.pauseMinutes as number | string,
  };
}

/** Date and times are entered on the event's wall clock and sent as instants with the zone's offset. */
export function SessionForm({ timeZone, initial, defaultDate, submitLabel, pending, errorSlot, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const [form, setForm] = useState(() => initialState(initial, timeZone, defaultDate));
  const [timeError, setTimeError] = useState<string | null>(null);
  const set = <K extends keyof typeof form>(key: K, value: (typeof form)[K]) => setForm((f) => ({ ...f, [key]: value }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (form.endTime <= form.startTime) {
      setTimeError(t('sessions.endBeforeStart'));
      return;
    }
    setTimeError(null);
    onSubmit({
      name: form.name.trim(),
      startsAt: zonedToIso(form.date, form.startTime, timeZone),
      endsAt: zonedToIso(form.date, form.endTime, timeZone),
      slotMinutes: Number(form.slotMinutes),
      pauseMinutes: Number(form.pauseMinutes),
    });
  };

  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <TextInput label={t('sessions.name')} required value={form.name} onChange={(e) => set('name', e.currentTarget.value)} />
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
          <TextInput type="date" label={t('sessions.date')} required value={form.date} onChange={(e) => set('date', e.currentTarget.value)} />
          <TextInput
            type="time"
            label={t('sessions.startTime')}
            required
            value={form.startTime}
            onChange={(e) => set('startTime', e.currentTarget.value)}
          />
          <TextInput
            type="time"
            label={t('sessions.endTime')}
            required
            value={form.endTime}
            error={timeError}
            onChange={(e) => set('endTime', e.currentTarget.value)}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <NumberInput
            label={t('sessions.slotMinutes')}
            required
            min={5}
            max={240}
            allowDecimal={false}
            value={form.slotMinutes}
            onChange={(value) => set('slotMinutes', value)}
          />
          <NumberInput
            label={t('sessions.pauseMinutes')}
            required
            min={0}
            max={120}
            allowDecimal={false}
            value={form.pauseMinutes}
            onChange={(value) => set('pauseMinutes', value)}
          />
        </SimpleGrid>
        {errorSlot}
        <Group gap="xs">
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
