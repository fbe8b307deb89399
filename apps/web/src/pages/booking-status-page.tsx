import { Anchor, Card, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { EventPageLinks } from '../components/event-page-links';
import { PanelSection } from '../components/panel-section';
import { Link, useParams } from 'react-router';
import { api } from '../api-client';
import type { BookingStatus, BreakdownRow, ChaseEntry } from '../api-types';
import { PageState } from '../components/page-state';
import { termLabel } from '../components/profile-display';
import { useEventDetail } from '../queries';

function Counter({ label, value, testId }: { label: string; value: number; testId: string }) {
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

function Breakdown({ title, keyLabel, rows, label }: { title: string; keyLabel: string; rows: BreakdownRow[]; label: (key: string | null) => string }) {
  const { t } = useTranslation();
  return (
    <PanelSection title={title}>
        {rows.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('bookingStatus.noData')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={440}>
            <Table striped verticalSpacing="xs" aria-label={title}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{keyLabel}</Table.Th>
                  <Table.Th ta="right">{t('bookingStatus.participants')}</Table.Th>
                  <Table.Th ta="right">{t('bookingStatus.validated')}</Table.Th>
                  <Table.Th ta="right">{t('bookingStatus.requestsSent')}</Table.Th>
                  <Table.Th ta="right">{t('bookingStatus.requestsAccepted')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr key={row.key ?? ''}>
                    <Table.Td style={{ overflowWrap: 'break-word' }}>{label(row.key)}</Table.Td>
                    <Table.Td ta="right">{row.participants}</Table.Td>
                    <Table.Td ta="right">{row.validated}</Table.Td>
                    <Table.Td ta="right">{row.requestsSent}</Table.Td>
                    <Table.Td ta="right">{row.requestsAccepted}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
    </PanelSection>
  );
}

const reasonColors: Record<ChaseEntry['reason'], string> = {
  'unanswered-requests': 'red.8',
  'profile-changes-requested': 'orange.8',
  'no-requests': 'gray.7',
};

export function BookingStatusPage() {
  const { t } = useTranslation();
  const { eventId = '' } = useParams();
  const event = useEventDetail(eventId);
  const status = useQuery({
    queryKey: ['booking-status', eventId],
    queryFn: () => api<BookingStatus>(`/events/${eventId}/booking-status`),
    refetchInterval: 60_000,
  });
  const chase = useQuery({
    queryKey: ['chase-list', eventId],
    queryFn: () => api<ChaseEntry[]>(`/events/${eventId}/chase-list`),
  });

  if (!status.data) return <PageState error={status.error} />;
  const s = status.data;
  const countries = event.data?.taxonomies.countries;

  return (
    <Stack gap="md">
      <Stack gap={2}>
        <Title order={1}>{t('bookingStatus.title')}</Title>
        {event.data && <EventPageLinks eventId={eventId} eventName={event.data.name} current="booking-status" />}
      </Stack>

      <PanelSection title={t('bookingStatus.participantsHeading')}>
          <SimpleGrid cols={{ base: 2, sm: 3, md: 5 }} spacing="xs">
            <Counter testId="count-registered" label={t('bookingStatus.registered')} value={s.participants.registered} />
            <Counter testId="count-validated" label={t('status.validated')} value={s.participants.validated} />
            <Counter testId="count-pending" label={t('status.pending')} value={s.participants.pending} />
            <Counter testId="count-changes-requested" label={t('status.changes_requested')} value={s.participants.changesRequested} />
            <Counter testId="count-rejected" label={t('status.rejected')} value={s.participants.rejected} />
          </SimpleGrid>
      </PanelSection>

      <PanelSection title={t('bookingStatus.requestsHeading')}>
          <SimpleGrid cols={{ base: 2, sm: 3, md: 6 }} spacing="xs">
            <Counter testId="requests-sent" label={t('bookingStatus.sent')} value={s.requests.sent} />
            <Counter testId="requests-accepted" label={t('requestStatus.accepted')} value={s.requests.accepted} />
            <Counter testId="requests-declined" label={t('requestStatus.declined')} value={s.requests.declined} />
            <Counter testId="requests-pending" label={t('requestStatus.pending')} value={s.requests.pending} />
            <Counter testId="requests-withdrawn" label={t('requestStatus.withdrawn')} value={s.requests.withdrawn} />
            <Counter testId="requests-expired" label={t('requestStatus.expired')} value={s.requests.expired} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
            <Counter testId="without-requests" label={t('bookingStatus.withoutRequests')} value={s.participantsWithoutRequests} />
            <Counter testId="without-good-match" label={t('bookingStatus.withoutGoodMatch')} value={s.participantsWithoutGoodMatch} />
          </SimpleGrid>
      </PanelSection>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Breakdown title={t('bookingStatus.byType')} keyLabel={t('profile.participantType')} rows={s.byType} label={(key) => key ?? '–'} />
        <Breakdown
          title={t('bookingStatus.byCountry')}
          keyLabel={t('profile.country')}
          rows={s.byCountry}
          label={(key) => termLabel(countries, key) || '–'}
        />
      </SimpleGrid>

      <Paper withBorder p="md" component="section" aria-labelledby="chase-heading">
        <Stack gap="sm">
          <Title order={2} size="h4" id="chase-heading">
            {t('bookingStatus.chaseHeading')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('bookingStatus.chaseHint')}
          </Text>
          {!chase.data ? (
            <PageState error={chase.error} />
          ) : chase.data.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('bookingStatus.chaseEmpty')}
            </Text>
          ) : (
            <Stack gap="xs" data-testid="chase-list">
              {chase.data.map((entry) => (
                <Card key={`${entry.participantId}-${entry.reason}`} withBorder padding="sm" data-testid="chase-entry">
                  <Stack gap={2} style={{ minWidth: 0 }}>
                    <Anchor component={Link} to={`/events/${eventId}/participants/${entry.participantId}`} fw={600}>
                      {entry.name}
                    </Anchor>
                    <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                      {entry.organisation}
                    </Text>
                    <Anchor href={`mailto:${entry.email}`} size="sm" style={{ overflowWrap: 'anywhere' }}>
                      {entry.email}
                    </Anchor>
                    <Text size="sm" fw={500} c={reasonColors[entry.reason]} data-reason={entry.reason}>
                      {t(`bookingStatus.reason.${entry.reason}`, { count: entry.unansweredRequests ?? 0 })}
                    </Text>
                  </Stack>
                </Card>
              ))}
            </Stack>
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}
