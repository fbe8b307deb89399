import { Box, Group, ScrollArea, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EventReport } from '../../api-types';
import { currentLocale } from '../../i18n';
import { ChartFigure } from './chart-figure';
import { LegendItem } from './chart-legend';
import type { ReportLabels } from './report-labels';
import { ReportNumber } from './report-number';

const concreteColor = 'teal.7';
const ongoingColor = 'yellow.5';
const chartHeight = 140;

interface Props {
  months: EventReport['outcomesOverTime'];
  totals: { ongoing: number; concrete: number };
  labels: ReportLabels;
}

/** Concrete and ongoing collaborations by the month they were reported, stacked CSS columns. */
export function OutcomesChart({ months, totals, labels }: Props) {
  const { t } = useTranslation();
  const monthFormat = new Intl.DateTimeFormat(currentLocale(), {
    timeZone: 'UTC',
    month: 'short',
    year: 'numeric',
  });
  const max = Math.max(0, ...months.map((m) => m.ongoing + m.concrete));

  return (
    <ChartFigure
      testId="chart-outcomes"
      headingId="chart-outcomes-heading"
      title={t('report.chartOutcomes')}
      legend={
        <>
          <LegendItem color={concreteColor}>
            {t('report.concrete')}:{' '}
            <ReportNumber metric="collaborations.concrete" display={labels.number(totals.concrete)} label={t('report.metrics.collaborations.concrete')} />
          </LegendItem>
          <LegendItem color={ongoingColor}>
            {t('report.ongoing')}:{' '}
            <ReportNumber metric="collaborations.ongoing" display={labels.number(totals.ongoing)} label={t('report.metrics.collaborations.ongoing')} />
          </LegendItem>
        </>
      }
      emptyText={months.length === 0 ? t('report.noOutcomes') : undefined}
    >
      <ScrollArea type="auto" offsetScrollbars>
        <Group gap="sm" wrap="nowrap" align="flex-end" component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
          {months.map((month) => {
            const name = monthFormat.format(new Date(`${month.month}-01T00:00:00Z`));
            const height = (value: number) => (max > 0 ? (value / max) * chartHeight : 0);
            return (
              <Stack
                key={month.month}
                component="li"
                gap={4}
                align="center"
                w={64}
                style={{ flexShrink: 0 }}
                aria-label={t('report.outcomeMonth', {
                  month: name,
                  concrete: month.concrete,
                  ongoing: month.ongoing,
                })}
                data-month={month.month}
              >
                <Stack gap={0} h={chartHeight} justify="flex-end" w={28} aria-hidden>
                  <Box h={height(month.ongoing)} bg={ongoingColor} style={{ borderRadius: '2px 2px 0 0' }} />
                  <Box h={height(month.concrete)} bg={concreteColor} />
                </Stack>
                <ReportNumber
                  metric="collaborations.byMonth"
                  rowKey={month.month}
                  display={`${month.concrete} / ${month.ongoing}`}
                  label={t('report.outcomeMonth', {
                    month: name,
                    concrete: month.concrete,
                    ongoing: month.ongoing,
                  })}
                  size="xs"
                  testId={`report-number-collaborations.byMonth-${month.month}`}
                />
                <Text size="xs" c="dimmed" ta="center" aria-hidden>
                  {name}
                </Text>
              </Stack>
            );
          })}
        </Group>
      </ScrollArea>
    </ChartFigure>
  );
}
