import { Box, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EventReport } from '../../api-types';
import { currentLocale } from '../../i18n';
import { isoToZoned } from '../../time-zone';
import { ChartFigure } from './chart-figure';
import { LegendItem } from './chart-legend';
import type { ReportLabels } from './report-labels';
import { ReportNumber } from './report-number';

const scheduledColor = 'blue.3';
const heldColor = 'teal.7';

function Bar({ value, max, color }: { value: number; max: number; color: string }) {
  return (
    <Box
      aria-hidden
      h={12}
      bg={color}
      style={{
        width: `${max > 0 ? (value / max) * 100 : 0}%`,
        minWidth: value > 0 ? 3 : 0,
        borderRadius: 2,
      }}
    />
  );
}

/** Scheduled against held meetings per slot, as CSS bars: one line per slot reads well on a phone. */
export function MeetingsPerSlotChart({ slots, labels }: { slots: EventReport['meetingsPerSlot']; labels: ReportLabels }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const sorted = [...slots].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const max = Math.max(0, ...sorted.map((slot) => Math.max(slot.scheduled, slot.held)));
  // With more than one day, the day is part of each slot's name.
  const days = new Set(sorted.map((slot) => isoToZoned(slot.startsAt, labels.timeZone).date));
  const format = new Intl.DateTimeFormat(locale, {
    timeZone: labels.timeZone,
    ...(days.size > 1 ? { weekday: 'short', day: 'numeric', month: 'short' } : {}),
    hour: '2-digit',
    minute: '2-digit',
  });

  return (
    <ChartFigure
      testId="chart-meetings-per-slot"
      headingId="chart-slots-heading"
      title={t('report.chartSlots')}
      legend={
        <>
          <LegendItem color={scheduledColor}>{t('report.scheduled')}</LegendItem>
          <LegendItem color={heldColor}>{t('report.held')}</LegendItem>
        </>
      }
      emptyText={sorted.length === 0 ? t('report.noSlots') : undefined}
    >
      <Stack gap={10} component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
        {sorted.map((slot) => {
          const name = format.format(new Date(slot.startsAt));
          return (
            <Group key={slot.slotId} component="li" gap="sm" wrap="nowrap" align="center" data-slot-id={slot.slotId}>
              <Text size="sm" w={days.size > 1 ? 130 : 56} style={{ flexShrink: 0 }}>
                {name}
              </Text>
              <Stack gap={3} style={{ flex: 1, minWidth: 0 }}>
                <Group gap={6} wrap="nowrap">
                  <Box style={{ flex: 1, minWidth: 0 }}>
                    <Bar value={slot.scheduled} max={max} color={scheduledColor} />
                  </Box>
                  <Box w={40} ta="right">
                    <ReportNumber
                      metric="meetingsPerSlot"
                      rowKey={slot.slotId}
                      display={labels.number(slot.scheduled)}
                      label={`${t('report.scheduled')}, ${name}`}
                    />
                  </Box>
                </Group>
                <Group gap={6} wrap="nowrap">
                  <Box style={{ flex: 1, minWidth: 0 }}>
                    <Bar value={slot.held} max={max} color={heldColor} />
                  </Box>
                  <Box w={40} ta="right">
                    {/* The slot's rows say which of its meetings were held. */}
                    <ReportNumber metric="meetingsPerSlot" rowKey={slot.slotId} display={labels.number(slot.held)} label={`${t('report.held')}, ${name}`} />
                  </Box>
                </Group>
              </Stack>
            </Group>
          );
        })}
      </Stack>
    </ChartFigure>
  );
}
