import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CallListReason } from '../../api-types';
import { useCallList } from '../../queries';
import { PageState } from '../page-state';
import type { DayLabels } from './day-helpers';
import type { RebookTarget } from './meeting-actions';

const colours: Record<CallListReason, string> = {
  'partner-absent': 'red',
  'partner-no-show': 'orange',
  'meeting-cancelled': 'gray',
  'table-closed-unplaced': 'grape',
};

/** Partners to tell that their meeting fell through, and to offer another one. */
export function CallListSection({ eventId, labels, onRebook }: { eventId: string; labels: DayLabels; onRebook: (target: RebookTarget) => void }) {
  const { t } = useTranslation();
  const list = useCallList(eventId);
  if (!list.data) return <PageState error={list.error} />;
  const items = [...list.data].sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.name.localeCompare(b.name));

  return (
    <Stack gap="xs" data-testid="call-list">
      {items.length === 0 && <Text c="dimmed">{t('day.callListEmpty')}</Text>}
      {items.map((item) => (
        <Paper key={`${item.meetingId}|${item.participantId}`} withBorder p="xs" data-testid={`call-list-item-${item.participantId}`} data-what={item.what}>
          <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
            <Stack gap={2} style={{ minWidth: 0 }}>
              <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                {item.name}
                {item.organisationName && (
                  <Text span c="dimmed" fw={400}>
                    {` · ${item.organisationName}`}
                  </Text>
                )}
              </Text>
              <Group gap={6}>
                <Badge color={colours[item.what]} variant="light" tt="none">
                  {t(`day.callWhat.${item.what}`)}
                </Badge>
                <Text size="sm">{t('day.callMeeting', { time: labels.time(item.startsAt), partner: item.partnerName })}</Text>
              </Group>
              {item.email && (
                <Anchor href={`mailto:${item.email}`} size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {item.email}
                </Anchor>
              )}
            </Stack>
            <Button
              size="compact-sm"
              variant="light"
              style={{ flexShrink: 0 }}
              aria-label={t('day.rebookName', { name: item.name })}
              onClick={() => onRebook({ participantId: item.participantId, name: item.name, slotId: item.slotId })}
            >
              {t('day.rebook')}
            </Button>
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
