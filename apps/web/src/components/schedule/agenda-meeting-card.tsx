import { Anchor, Badge, Box, Button, Card, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AgendaMeeting, Term } from '../../api-types';
import { currentLocale } from '../../i18n';
import { formatTime } from '../../time-zone';
import { termLabel } from '../profile-display';

interface Props {
  meeting: AgendaMeeting;
  timeZone: string;
  countries: Term[] | undefined;
  /** The signed-in participant, to tell "you were marked absent" from "your partner did not come". */
  participantId?: string;
  /** Changed on the event day since the participant last acknowledged it. */
  changed?: boolean;
  onAcknowledge?: () => void;
  /** Event-day actions under the meeting. */
  children?: ReactNode;
}

/** Where to be, when, and with whom — large enough to read on a phone while walking between tables. */
function Place({ meeting }: { meeting: AgendaMeeting }) {
  const { t } = useTranslation();
  const place = meeting.place;
  const online = place?.kind === 'online' || (!place && Boolean(meeting.videoLink));
  if (online) {
    return (
      <Stack gap={0} align="flex-end" data-testid="agenda-place">
        <Text fw={700} fz={22} lh={1.1}>
          {t('agenda.online')}
        </Text>
        {meeting.videoLink && meeting.status !== 'cancelled' && (
          <Anchor href={meeting.videoLink} target="_blank" rel="noopener noreferrer" size="sm">
            {t('agenda.joinVideo')}
          </Anchor>
        )}
      </Stack>
    );
  }
  if (!place) {
    return (
      <Text size="sm" c="dimmed" ta="right" data-testid="agenda-place">
        {t('agenda.noPlace')}
      </Text>
    );
  }
  if (place.kind === 'table' && place.number != null) {
    return (
      <Stack gap={0} align="flex-end" data-testid="agenda-place">
        <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
          {t('agenda.table')}
        </Text>
        <Text fw={800} fz={32} lh={1}>
          {place.number}
        </Text>
      </Stack>
    );
  }
  return (
    <Text fw={700} fz={22} lh={1.1} ta="right" style={{ overflowWrap: 'anywhere' }} data-testid="agenda-place">
      {place.label || (place.number != null ? t('tables.tableNumber', { number: place.number }) : '')}
    </Text>
  );
}

export function AgendaMeetingCard({ meeting, timeZone, countries, participantId, changed = false, onAcknowledge, children }: Props) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const cancelled = meeting.status === 'cancelled';
  const noShow = meeting.status === 'no_show';
  const iWasAbsent = noShow && Boolean(participantId) && (meeting.absentParticipantIds ?? []).includes(participantId!);
  const time = `${formatTime(meeting.startsAt, timeZone, locale)}–${formatTime(meeting.endsAt, timeZone, locale)}`;
  return (
    <Card
      withBorder
      padding="sm"
      component="article"
      data-testid="agenda-meeting"
      data-status={meeting.status}
      data-changed={changed || undefined}
      style={{
        ...(cancelled || noShow ? { background: 'var(--mantine-color-gray-0)' } : {}),
        ...(cancelled ? { opacity: 0.7 } : {}),
        // A thick coloured border is visible at arm's length; the badge says why.
        ...(changed ? { borderColor: 'var(--mantine-color-orange-5)', borderWidth: 3 } : {}),
      }}
    >
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Text fw={700} fz={22} lh={1.1} td={cancelled ? 'line-through' : undefined} data-testid="agenda-time">
              {time}
            </Text>
            {cancelled && (
              <Badge color="red" variant="light" tt="none" data-testid="agenda-cancelled">
                {t('agenda.cancelled')}
              </Badge>
            )}
            {noShow && (
              <Badge color="orange" variant="light" tt="none" data-testid="agenda-no-show" style={{ whiteSpace: 'normal', height: 'auto' }}>
                {iWasAbsent ? t('agenda.youWereAbsent') : t('agenda.partnerDidNotCome')}
              </Badge>
            )}
          </Stack>
          <Box style={{ flexShrink: 0, maxWidth: '50%' }} td={cancelled ? 'line-through' : undefined}>
            <Place meeting={meeting} />
          </Box>
        </Group>
        {meeting.partners.map((partner) => (
          <Stack key={partner.participantId} gap={0} style={{ minWidth: 0 }} td={cancelled ? 'line-through' : undefined}>
            <Anchor component={Link} to={`/directory/${partner.participantId}`} fw={600} style={{ overflowWrap: 'anywhere' }}>
              {partner.name}
            </Anchor>
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {[partner.jobTitle, partner.organisationName].filter(Boolean).join(', ')}
            </Text>
            {partner.country && (
              <Text size="xs" c="dimmed">
                {termLabel(countries, partner.country)}
              </Text>
            )}
          </Stack>
        ))}
        {changed && (
          <Group gap="xs" justify="space-between" wrap="nowrap">
            <Badge color="orange" variant="filled" tt="none" data-testid="agenda-changed">
              {t('agenda.changed')}
            </Badge>
            {onAcknowledge && (
              <Button size="compact-sm" variant="light" color="orange" onClick={onAcknowledge}>
                {t('agenda.gotIt')}
              </Button>
            )}
          </Group>
        )}
        {children}
      </Stack>
    </Card>
  );
}
