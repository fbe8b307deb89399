import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDayChanges } from '../../queries';
import { PageState } from '../page-state';
import type { DayLabels } from './day-helpers';

/** The day's log, newest first: who did what, for when two helpers wonder what happened to a meeting. */
export function ActivitySection({ eventId, lastSeq, labels }: { eventId: string; lastSeq: number; labels: DayLabels }) {
  const { t } = useTranslation();
  const changes = useDayChanges(eventId, lastSeq);
  if (!changes.data) return <PageState error={changes.error} />;
  if (changes.data.changes.length === 0) return <Text c="dimmed">{t('day.activityEmpty')}</Text>;
  return (
    <Stack gap={6} data-testid="desk-activity">
      {changes.data.changes.map((change) => (
        <Paper key={change.seq} withBorder p="xs" data-testid="desk-activity-row" data-kind={change.kind}>
          <Group gap="xs" wrap="nowrap" align="flex-start">
            <Text size="sm" fw={600} w={48} style={{ flexShrink: 0 }}>
              {labels.time(change.at)}
            </Text>
            <Stack gap={2} style={{ minWidth: 0 }}>
              <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                {change.summary}
              </Text>
              <Group gap={6}>
                <Badge size="xs" variant="light" color="gray" tt="none">
                  {t(`day.changeKind.${change.kind}`)}
                </Badge>
                <Text size="xs" c="dimmed">
                  {change.actor}
                </Text>
              </Group>
            </Stack>
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
