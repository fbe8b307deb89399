import { Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ScheduleRunState } from '../../api-types';

const phases = ['export', 'greedy', 'anneal', 'done', 'saving'] as const;
type Phase = (typeof phases)[number];

/** The bar and figures of a queued or running scheduler run. */
export function RunProgress({ run }: { run: ScheduleRunState }) {
  const { t } = useTranslation();
  const progress = run.progress;
  const percent = progress && progress.timeLimitMs > 0 ? Math.min(100, (progress.elapsedMs / progress.timeLimitMs) * 100) : 0;
  const phase = progress?.phase ?? '';
  const phaseLabel = phases.includes(phase as Phase) ? t(`schedule.phases.${phase as Phase}`) : phase;
  return (
    <Stack gap={4} data-testid="run-progress" role="status" aria-live="polite">
      <Text size="sm" fw={600}>
        {run.state === 'queued' ? t('schedule.queued') : t('schedule.running')}
      </Text>
      <Progress value={percent} animated aria-label={t('schedule.progressLabel')} size="lg" data-testid="run-progress-bar" />
      {progress && (
        <>
          <Text size="sm" data-testid="run-phase">
            {t('schedule.phase', { phase: phaseLabel })} · {t('schedule.elapsed', { elapsed: Math.round(progress.elapsedMs / 1000), limit: Math.round(progress.timeLimitMs / 1000) })}
          </Text>
          <Text size="sm" data-testid="run-scheduled">
            {t('schedule.scheduledOf', { scheduled: progress.scheduled, meetings: progress.meetings })} · {t('schedule.breaksCount', { count: progress.breaks })}
          </Text>
        </>
      )}
    </Stack>
  );
}
