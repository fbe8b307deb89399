import { Alert, Button, Checkbox, Group, NumberInput, Paper, Stack, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api-client';
import type { ScheduleRunState, ScheduleVersionSummary } from '../../api-types';
import { scheduleRunKey } from '../../queries';
import { ErrorAlert } from '../error-alert';
import { RunProgress } from './run-progress';

interface Props {
  eventId: string;
  run: ScheduleRunState | undefined;
  /** The newest draft, whose locked meetings a new run can keep. */
  latestDraft: ScheduleVersionSummary | undefined;
}

export function RunPanel({ eventId, run, latestDraft }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [seconds, setSeconds] = useState<number | string>(10);
  const [keepLocked, setKeepLocked] = useState(true);
  const inProgress = run?.state === 'queued' || run?.state === 'running';

  const start = useMutation({
    mutationFn: () => {
      const body: { timeLimitMs?: number; baseVersionId?: string } = {};
      const limit = Number(seconds);
      if (Number.isFinite(limit) && limit > 0) body.timeLimitMs = Math.round(limit * 1000);
      if (keepLocked && latestDraft) body.baseVersionId = latestDraft.id;
      return api<ScheduleRunState>(`/events/${eventId}/schedule/runs`, { method: 'POST', body });
    },
    // The returned state (queued) starts the 2-second polling until the socket or a poll says it ended.
    onSuccess: (state) => queryClient.setQueryData(scheduleRunKey(eventId), state),
    // A 409 may mean a run started elsewhere: fetch it so its progress shows here too.
    onError: () => void queryClient.invalidateQueries({ queryKey: scheduleRunKey(eventId) }),
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    start.mutate();
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="run-heading">
      <form onSubmit={submit}>
        <Stack gap="sm">
          <Title order={2} size="h4" id="run-heading">
            {t('schedule.runHeading')}
          </Title>
          <Group gap="md" align="flex-end">
            <NumberInput
              label={t('schedule.timeLimit')}
              value={seconds}
              onChange={setSeconds}
              min={1}
              max={3600}
              step={5}
              allowDecimal={false}
              w={180}
            />
            {latestDraft && (
              <Checkbox
                label={t('schedule.keepLocked', { number: latestDraft.number })}
                checked={keepLocked}
                onChange={(e) => setKeepLocked(e.currentTarget.checked)}
                mb={8}
              />
            )}
          </Group>
          <ErrorAlert error={start.error} />
          {run?.error && (run.state === 'failed' || run.state === 'completed') && (
            <Alert color="red" title={t('schedule.runFailed')} data-testid="run-error">
              {run.error}
            </Alert>
          )}
          {inProgress && run && <RunProgress run={run} />}
          <Group>
            <Button type="submit" loading={start.isPending} disabled={inProgress}>
              {t('schedule.runButton')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
