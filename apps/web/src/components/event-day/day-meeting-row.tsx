import { Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DayMeeting } from '../../api-types';
import { type DayLabels, presenceOf } from './day-helpers';
import { MeetingActions, type RebookTarget } from './meeting-actions';
import { MeetingStatusBadge } from './meeting-status-badge';
import { PresenceDot } from './presence-dot';

interface Props {
  eventId: string;
  meeting: DayMeeting;
  labels: DayLabels;
  onRebook: (target: RebookTarget) => void;
  /** Shown when the row is not already under its place's heading. */
  showPlace?: boolean;
}

/** One meeting with who has arrived, its status and the desk's actions. */
export function DayMeetingRow({ eventId, meeting, labels, onRebook, showPlace = false }: Props) {
  const { t } = useTranslation();
  const inactive = meeting.status !== 'scheduled';
  return (
    <Paper withBorder p="xs" data-testid={`day-meeting-${meeting.id}`} data-status={meeting.status} bg={inactive ? 'gray.0' : undefined}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
        <Stack gap={4} style={{ minWidth: 0 }}>
          {showPlace && (
            <Text size="sm" fw={700}>
              {labels.meetingPlace(meeting)} · {labels.slotLabel(meeting.slotId)}
            </Text>
          )}
          {meeting.participants.map((person) => {
            const missed = meeting.absentParticipantIds.includes(person.id);
            return (
              <Group key={person.id} gap={8} wrap="nowrap" align="center">
                <PresenceDot presence={missed ? 'absent' : presenceOf(person)} />
                <Text size="sm" style={{ overflowWrap: 'anywhere' }} td={meeting.status === 'cancelled' ? 'line-through' : undefined}>
                  <Text span fw={600}>
                    {person.name}
                  </Text>
                  {person.organisationName && <Text span c="dimmed">{` · ${person.organisationName}`}</Text>}
                  {missed && <Text span c="red.7">{` · ${t('day.didNotCome')}`}</Text>}
                </Text>
              </Group>
            );
          })}
        </Stack>
        <Stack gap={6} align="flex-end" style={{ flexShrink: 0 }}>
          <MeetingStatusBadge status={meeting.status} />
          <MeetingActions eventId={eventId} meeting={meeting} labels={labels} onRebook={onRebook} />
        </Stack>
      </Group>
    </Paper>
  );
}
