import { Anchor, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AgendaMeeting } from '../../api-types';
import { currentLocale } from '../../i18n';
import { formatTime } from '../../time-zone';

/** The current meeting (started, not ended, not cancelled) and the next scheduled one at `now`. */
export function nowAndNext(meetings: AgendaMeeting[], now: number): { current: AgendaMeeting | null; next: AgendaMeeting | null } {
  const sorted = [...meetings].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const current =
    sorted.find((m) => m.status !== 'cancelled' && new Date(m.startsAt).getTime() <= now && now < new Date(m.endsAt).getTime()) ?? null;
  const next = sorted.find((m) => m.status === 'scheduled' && new Date(m.startsAt).getTime() > now) ?? null;
  return { current, next };
}

/** Table number as large as the screen allows: read while walking through a hall. */
function BigPlace({ meeting, size }: { meeting: AgendaMeeting; size: number }) {
  const { t } = useTranslation();
  const place = meeting.place;
  if (place?.kind === 'online' || (!place && meeting.videoLink)) {
    return (
      <Stack gap={4} align="flex-end">
        <Text fw={800} fz={size * 0.6} lh={1}>
          {t('agenda.online')}
        </Text>
        {meeting.videoLink && meeting.status === 'scheduled' && (
          <Button component="a" href={meeting.videoLink} target="_blank" rel="noopener noreferrer" size="compact-md">
            {t('agenda.joinVideo')}
          </Button>
        )}
      </Stack>
    );
  }
  if (!place) {
    return (
      <Text size="sm" c="dimmed" ta="right">
        {t('agenda.noPlace')}
      </Text>
    );
  }
  if (place.kind === 'table' && place.number != null) {
    return (
      <Stack gap={0} align="flex-end">
        <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
          {t('agenda.table')}
        </Text>
        <Text fw={900} fz={size} lh={1} data-testid="agenda-live-table">
          {place.number}
        </Text>
      </Stack>
    );
  }
  return (
    <Text fw={800} fz={size * 0.55} lh={1.1} ta="right" style={{ overflowWrap: 'anywhere' }} data-testid="agenda-live-table">
      {place.label || (place.number != null ? t('tables.tableNumber', { number: place.number }) : '')}
    </Text>
  );
}

interface CardProps {
  meeting: AgendaMeeting;
  timeZone: string;
  kind: 'now' | 'next';
  participantId?: string;
}

export function AgendaLiveCard({ meeting, timeZone, kind, participantId }: CardProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const time = `${formatTime(meeting.startsAt, timeZone, locale)}–${formatTime(meeting.endsAt, timeZone, locale)}`;
  const isNow = kind === 'now';
  const iWasAbsent = meeting.status === 'no_show' && Boolean(participantId) && (meeting.absentParticipantIds ?? []).includes(participantId!);
  return (
    <Paper
      withBorder
      p="md"
      radius="lg"
      component="section"
      aria-label={isNow ? t('agenda.now') : t('agenda.next')}
      data-testid={isNow ? 'agenda-now' : 'agenda-next'}
      data-meeting-id={meeting.id}
      style={{
        borderWidth: isNow ? 3 : 1,
        borderColor: isNow ? 'var(--mantine-color-teal-6)' : undefined,
        background: isNow ? 'var(--mantine-color-teal-0)' : undefined,
      }}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Text size="sm" fw={800} tt="uppercase" c={isNow ? 'teal.8' : 'dimmed'}>
            {isNow ? t('agenda.now') : t('agenda.next')}
          </Text>
          <Text fw={700} fz={isNow ? 24 : 20} lh={1.1}>
            {time}
          </Text>
          {meeting.partners.map((partner) => (
            <Stack key={partner.participantId} gap={0}>
              <Anchor component={Link} to={`/directory/${partner.participantId}`} fw={700} fz="lg" style={{ overflowWrap: 'anywhere' }}>
                {partner.name}
              </Anchor>
              {partner.organisationName && (
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {partner.organisationName}
                </Text>
              )}
            </Stack>
          ))}
          {meeting.status === 'no_show' && (
            <Text size="sm" c="orange.8" fw={600}>
              {iWasAbsent ? t('agenda.youWereAbsent') : t('agenda.partnerDidNotCome')}
            </Text>
          )}
        </Stack>
        <div style={{ flexShrink: 0, maxWidth: '50%' }}>
          <BigPlace meeting={meeting} size={isNow ? 64 : 44} />
        </div>
      </Group>
    </Paper>
  );
}
