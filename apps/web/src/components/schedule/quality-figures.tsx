import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ScheduleMetrics } from '../../api-types';
import { currentLocale } from '../../i18n';

function Figure({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <Paper withBorder p="sm" data-testid={testId}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="xl">
        {value}
      </Text>
    </Paper>
  );
}

/** How good the open version is: placed meetings, weight against the solver's certified bound, breaks. */
export function QualityFigures({ metrics }: { metrics: ScheduleMetrics }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const share = metrics.weightUpperBound > 0 ? metrics.weightScheduled / metrics.weightUpperBound : 1;
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(share);
  const seconds = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(metrics.solveMs / 1000);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="quality-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="quality-heading">
          {t('schedule.qualityHeading')}
        </Title>
        <SimpleGrid cols={{ base: 2, sm: 3, md: 5 }} spacing="xs">
          <Figure testId="metric-scheduled" label={t('schedule.metricScheduled')} value={`${metrics.scheduled} / ${metrics.meetings}`} />
          <Figure testId="metric-weight" label={t('schedule.metricWeight')} value={percent} />
          <Figure testId="metric-breaks" label={t('schedule.metricBreaks')} value={String(metrics.breaks)} />
          <Figure testId="metric-max-breaks" label={t('schedule.metricMaxBreaks')} value={String(metrics.maxBreaks)} />
          <Figure testId="metric-min-breaks" label={t('schedule.metricMinBreaks')} value={String(metrics.minBreaks)} />
        </SimpleGrid>
        <Text size="xs" c="dimmed">
          {t('schedule.weightDetail', { placed: metrics.weightScheduled, bound: metrics.weightUpperBound })} ·{' '}
          {t('schedule.solvedIn', { seconds })}
        </Text>
      </Stack>
    </Paper>
  );
}
