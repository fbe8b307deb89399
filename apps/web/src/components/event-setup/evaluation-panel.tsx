import { ActionIcon, Alert, Button, Fieldset, Group, NativeSelect, NumberInput, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api-client';
import type { EventDetail, EventSummary } from '../../api-types';
import { currentLocale } from '../../i18n';
import { formatDate, isoToLocalInput, localInputToIso } from '../../time-zone';
import { ErrorAlert } from '../error-alert';
import { QuestionsEditor } from './questions-editor';

const maxFollowUps = 6;

/** When the evaluation goes out, the follow-ups after it, and the questionnaire every round asks. */
export function EvaluationPanel({ event, canEdit }: { event: EventDetail; canEdit: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [opensAt, setOpensAt] = useState(() => isoToLocalInput(event.evaluationOpensAt, event.timeZone));
  const [months, setMonths] = useState<Array<number | string>>(() => event.followUpMonths ?? []);

  const save = useMutation({
    mutationFn: () =>
      api<EventDetail>(`/events/${event.id}`, {
        method: 'PATCH',
        body: {
          evaluationOpensAt: localInputToIso(opensAt, event.timeZone),
          // Empty rows are ones the organiser added and left blank.
          followUpMonths: months.filter((m) => m !== '').map(Number),
        },
      }),
    onSuccess: (updated) => {
      queryClient.setQueryData(['event', event.id], (old: EventDetail | undefined) => ({ ...old, ...updated }));
      if (updated.followUpMonths) setMonths(updated.followUpMonths);
    },
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };

  return (
    <Stack gap="xl">
      <form onSubmit={submit} aria-labelledby="evaluation-timing-heading">
        <Stack gap="sm">
          <Title order={2} size="h3" id="evaluation-timing-heading">
            {t('evaluationSetup.timingHeading')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('evaluationSetup.timingHint')}
          </Text>
          <TextInput
            type="datetime-local"
            label={t('eventForm.evaluationOpensAt')}
            description={t('evaluationSetup.opensAtHint', { timeZone: event.timeZone })}
            readOnly={!canEdit}
            value={opensAt}
            onChange={(e) => setOpensAt(e.currentTarget.value)}
            maw={360}
          />
          <Fieldset legend={t('evaluationSetup.followUps')}>
            <Stack gap="xs">
              <Text size="sm" c="dimmed">
                {t('evaluationSetup.followUpsHint')}
              </Text>
              {months.length === 0 && (
                <Text size="sm" c="dimmed">
                  {t('evaluationSetup.noFollowUps')}
                </Text>
              )}
              {months.map((value, index) => (
                <Group key={index} gap="xs" align="flex-end" wrap="nowrap">
                  <NumberInput
                    label={t('evaluationSetup.followUpLabel', { number: index + 1 })}
                    suffix={` ${t('evaluationSetup.monthsSuffix')}`}
                    min={1}
                    max={36}
                    allowDecimal={false}
                    allowNegative={false}
                    readOnly={!canEdit}
                    value={value}
                    onChange={(next) => setMonths((all) => all.map((m, i) => (i === index ? next : m)))}
                    maw={220}
                  />
                  {canEdit && (
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      size="lg"
                      mb={2}
                      aria-label={t('evaluationSetup.removeFollowUp', { number: index + 1 })}
                      onClick={() => setMonths((all) => all.filter((_, i) => i !== index))}
                    >
                      ✕
                    </ActionIcon>
                  )}
                </Group>
              ))}
              {canEdit && months.length < maxFollowUps && (
                <Group>
                  <Button variant="light" size="compact-sm" onClick={() => setMonths((all) => [...all, ''])}>
                    {t('evaluationSetup.addFollowUp')}
                  </Button>
                </Group>
              )}
            </Stack>
          </Fieldset>
          <ErrorAlert error={save.error} timeZone={event.timeZone} />
          {canEdit && (
            <Group>
              <Button type="submit" loading={save.isPending}>
                {save.isSuccess ? `${t('evaluationSetup.saveButton')} ✓` : t('evaluationSetup.saveButton')}
              </Button>
            </Group>
          )}
        </Stack>
      </form>

      {canEdit && <CopyQuestionsForm event={event} />}

      <QuestionsEditor
        // Remounted when the questions are replaced by a copy, so the editor shows them.
        key={JSON.stringify(event.evaluationQuestions ?? [])}
        eventId={event.id}
        field="evaluationQuestions"
        initial={event.evaluationQuestions ?? []}
        canEdit={canEdit}
        heading={t('evaluationSetup.questionsHeading')}
        hint={t('evaluationSetup.questionsHint')}
      />

      <RetentionForm event={event} canEdit={canEdit} />
    </Stack>
  );
}

/** How long after the event names and contacts are kept; a separate save, as it is not about asking. */
function RetentionForm({ event, canEdit }: { event: EventDetail; canEdit: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [months, setMonths] = useState<number | string>(() => event.personalDataRetentionMonths ?? '');

  const save = useMutation({
    // An empty field means "keep the data", which the server takes as null.
    mutationFn: () =>
      api<EventDetail>(`/events/${event.id}`, {
        method: 'PATCH',
        body: { personalDataRetentionMonths: months === '' ? null : Number(months) },
      }),
    onSuccess: (updated) => {
      queryClient.setQueryData(['event', event.id], (old: EventDetail | undefined) => ({ ...old, ...updated }));
      setMonths(updated.personalDataRetentionMonths ?? '');
    },
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };

  return (
    <form onSubmit={submit} aria-labelledby="evaluation-retention-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="evaluation-retention-heading">
          {t('evaluationSetup.personalDataHeading')}
        </Title>
        {event.personalDataAnonymisedAt && (
          <Alert color="gray" data-testid="personal-data-anonymised">
            {t('evaluationSetup.anonymisedOn', { date: formatDate(event.personalDataAnonymisedAt, currentLocale(), event.timeZone) })}
          </Alert>
        )}
        <NumberInput
          label={t('evaluationSetup.retentionMonths')}
          description={t('evaluationSetup.retentionHint')}
          suffix={` ${t('evaluationSetup.monthsSuffix')}`}
          min={1}
          max={120}
          allowDecimal={false}
          allowNegative={false}
          readOnly={!canEdit}
          value={months}
          onChange={setMonths}
          maw={480}
        />
        <ErrorAlert error={save.error} />
        {canEdit && (
          <Group>
            <Button type="submit" loading={save.isPending}>
              {save.isSuccess ? `${t('evaluationSetup.retentionSave')} ✓` : t('evaluationSetup.retentionSave')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}

/** Reuse last edition's questionnaire: copy the questions of another event the organiser runs. */
function CopyQuestionsForm({ event }: { event: EventDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const events = useQuery({ queryKey: ['events'], queryFn: () => api<EventSummary[]>('/events') });
  const others = (events.data ?? []).filter((other) => other.id !== event.id && other.role === 'organiser');
  const [fromEventId, setFromEventId] = useState('');
  const copy = useMutation({
    mutationFn: () => api<EventDetail>(`/events/${event.id}/evaluation-questions/copy`, { method: 'POST', body: { fromEventId } }),
    onSuccess: (updated) => queryClient.setQueryData(['event', event.id], (old: EventDetail | undefined) => ({ ...old, ...updated })),
  });
  if (others.length === 0) return null;
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Group align="end">
          <NativeSelect
            label={t('evaluationSetup.copyFrom')}
            value={fromEventId}
            onChange={(e) => setFromEventId(e.currentTarget.value)}
            data={[{ value: '', label: t('evaluationSetup.chooseEvent') }, ...others.map((other) => ({ value: other.id, label: other.name }))]}
          />
          <Button variant="default" onClick={() => copy.mutate()} disabled={!fromEventId} loading={copy.isPending}>
            {t('evaluationSetup.copyButton')}
          </Button>
        </Group>
        <Text size="xs" c="dimmed">{t('evaluationSetup.copyHint')}</Text>
        <ErrorAlert error={copy.error} />
      </Stack>
    </Paper>
  );
}
