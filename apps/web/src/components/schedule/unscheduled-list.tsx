import { Button, Card, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ScheduleEntry } from '../../api-types';
import { EntryChip } from './entry-chip';
import { participantNames } from './schedule-helpers';

interface Props {
  entries: ScheduleEntry[];
  editable: boolean;
  moving: ScheduleEntry | null;
  onOpen: (entry: ScheduleEntry) => void;
  onMove: (entry: ScheduleEntry) => void;
}

/** Requests the version does not place, heaviest first, each with the solver's reason. */
export function UnscheduledList({ entries, editable, moving, onOpen, onMove }: Props) {
  const { t } = useTranslation();
  const unscheduled = entries.filter((entry) => !entry.slotId).sort((a, b) => b.weight - a.weight);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="unscheduled-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="unscheduled-heading">
          {t('schedule.unscheduledHeading', { count: unscheduled.length })}
        </Title>
        {unscheduled.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('schedule.unscheduledEmpty')}
          </Text>
        ) : (
          <Stack gap="xs" data-testid="unscheduled-list">
            {unscheduled.map((entry) => (
              <Card key={entry.id} withBorder padding="xs" data-testid={`unscheduled-${entry.id}`}>
                <Group gap="sm" wrap="nowrap" align="flex-start" justify="space-between">
                  <Stack gap={4} style={{ minWidth: 0, flex: 1 }}>
                    <div style={{ maxWidth: 320 }}>
                      <EntryChip entry={entry} onOpen={onOpen} disabled={Boolean(moving)} active={moving?.id === entry.id} />
                    </div>
                    <Text size="sm" c="orange.8" style={{ overflowWrap: 'anywhere' }} data-testid="unscheduled-reason">
                      {entry.unscheduledReason ?? t('schedule.notScheduled')}
                    </Text>
                  </Stack>
                  {editable && (
                    <Button
                      size="xs"
                      variant="light"
                      aria-label={t('schedule.moveEntry', { names: participantNames(entry) })}
                      onClick={() => onMove(entry)} disabled={moving?.id === entry.id}>
                      {t('schedule.move')}
                    </Button>
                  )}
                </Group>
              </Card>
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
