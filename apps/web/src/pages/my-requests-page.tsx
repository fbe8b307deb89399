import { Anchor, Badge, Blockquote, Button, Card, Group, Stack, Tabs, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api } from '../api-client';
import type { MeetingRequestView, PublicEvent } from '../api-types';
import { ConfirmButton } from '../components/confirm-button';
import { ErrorAlert } from '../components/error-alert';
import { PageState } from '../components/page-state';
import { termLabel } from '../components/profile-display';
import { RequestStatusBadge } from '../components/request-status-badge';
import { currentLocale } from '../i18n';
import { notificationsKey, requestsKey, useParticipantEvent, useSlotLabel } from '../queries';
import { formatDateTime } from '../time-zone';

type Direction = 'received' | 'sent';
type Action = 'accept' | 'decline' | 'withdraw';

function RequestCard({ request, event }: { request: MeetingRequestView; event: PublicEvent }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const locale = currentLocale();
  const slotLabel = useSlotLabel(event);
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const other = request.direction === 'sent' ? request.recipient : request.requester;
  const name = `${other.firstName} ${other.lastName}`;
  const slot = request.proposedSlotId ? event.sessions.flatMap((session) => session.slots).find((s) => s.id === request.proposedSlotId) : undefined;

  const act = useMutation({
    mutationFn: (action: Action) =>
      api<MeetingRequestView>(`/me/meeting-requests/${request.id}/${action}`, {
        method: 'POST',
        auth: 'participant',
        body: action === 'decline' && reason.trim() ? { reason: reason.trim() } : {},
      }),
    onSuccess: () => setDeclining(false),
    // A 409 means someone else changed the request meanwhile; reload to show its real state.
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: requestsKey });
      void queryClient.invalidateQueries({ queryKey: notificationsKey });
    },
  });

  const canAnswer = request.direction === 'received' && request.status === 'pending';
  const canWithdraw = request.direction === 'sent' && (request.status === 'pending' || request.status === 'accepted');

  return (
    <Card withBorder padding="sm" component="article" aria-label={name} data-testid="request-card">
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Anchor component={Link} to={`/directory/${other.id}`} fw={600} style={{ overflowWrap: 'anywhere' }}>
              {name}
            </Anchor>
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {[other.jobTitle, other.organisation.name].filter(Boolean).join(', ')}
            </Text>
            <Text size="xs" c="dimmed">
              {termLabel(event.taxonomies.countries, other.organisation.country)}
            </Text>
          </Stack>
          <Stack gap={4} align="flex-end">
            <RequestStatusBadge status={request.status} />
            {request.highPriority && (
              <Badge color="grape" variant="light" tt="none">
                {t('request.highPriorityBadge')}
              </Badge>
            )}
          </Stack>
        </Group>
        {request.message && (
          <Blockquote p="xs" color="gray" style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
            {request.message}
          </Blockquote>
        )}
        <Text size="xs" c="dimmed">
          {t(`format.${request.format}`)} · {t('requests.sentAt', { date: formatDateTime(request.createdAt, event.timeZone, locale) })}
          {request.status === 'pending' && ` · ${t('requests.expiresAt', { date: formatDateTime(request.expiresAt, event.timeZone, locale) })}`}
        </Text>
        {slot && (
          <Text size="sm">
            {t('requests.slot')}: {slotLabel(slot)}
          </Text>
        )}
        {request.colleague && (
          <Text size="sm">
            {t('requests.colleague')}: {request.colleague.firstName} {request.colleague.lastName}
          </Text>
        )}
        {request.status === 'declined' && request.declineReason && (
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {t('requests.declineReason')}: {request.declineReason}
          </Text>
        )}
        <ErrorAlert error={act.error} timeZone={event.timeZone} />
        {canAnswer && !declining && (
          <Group gap="xs">
            <Button color="green" onClick={() => act.mutate('accept')} loading={act.isPending && act.variables === 'accept'}>
              {t('requests.accept')}
            </Button>
            <Button color="red" variant="light" onClick={() => setDeclining(true)}>
              {t('requests.decline')}
            </Button>
          </Group>
        )}
        {canAnswer && declining && (
          <Stack gap="xs">
            <Textarea
              label={t('requests.declineReasonLabel')}
              description={t('requests.declineReasonHint')}
              autosize
              minRows={2}
              maxLength={1000}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
            />
            <Group gap="xs">
              <Button color="red" onClick={() => act.mutate('decline')} loading={act.isPending}>
                {t('requests.confirmDecline')}
              </Button>
              <Button variant="default" onClick={() => setDeclining(false)}>
                {t('common.cancel')}
              </Button>
            </Group>
          </Stack>
        )}
        {canWithdraw && (
          <Group>
            <ConfirmButton
              variant="light"
              label={t('requests.withdraw')}
              title={t('requests.withdrawTitle')}
              message={t('requests.withdrawText', { name })}
              confirmLabel={t('requests.withdraw')}
              loading={act.isPending}
              onConfirm={() => act.mutate('withdraw')}
            />
          </Group>
        )}
      </Stack>
    </Card>
  );
}

function RequestList({ direction, event }: { direction: Direction; event: PublicEvent }) {
  const { t } = useTranslation();
  const requests = useRequests(direction);
  if (!requests.data) return <PageState error={requests.error} />;
  if (requests.data.length === 0) {
    return (
      <Stack gap="xs">
        <Text c="dimmed">{t(`requests.empty.${direction}`)}</Text>
        <Anchor component={Link} to="/directory" size="sm">
          {t('requests.findPartners')}
        </Anchor>
      </Stack>
    );
  }
  return (
    <Stack gap="xs">
      {requests.data.map((request) => (
        <RequestCard key={request.id} request={request} event={event} />
      ))}
    </Stack>
  );
}

function useRequests(direction: Direction) {
  return useQuery({
    queryKey: [...requestsKey, direction],
    queryFn: () => api<MeetingRequestView[]>(`/me/meeting-requests?direction=${direction}`, { auth: 'participant' }),
  });
}

export function MyRequestsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab: Direction = params.get('tab') === 'sent' ? 'sent' : 'received';
  const { event } = useParticipantEvent();
  const received = useRequests('received');
  const sent = useRequests('sent');
  const pendingReceived = received.data?.filter((request) => request.status === 'pending').length ?? 0;

  if (!event.data) return <PageState error={event.error} />;

  return (
    <Stack gap="md">
      <Title order={1}>{t('requests.title')}</Title>
      <Tabs value={tab} onChange={(value) => setParams(value === 'sent' ? { tab: 'sent' } : {}, { replace: true })} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab
            value="received"
            rightSection={
              pendingReceived > 0 ? (
                <Badge size="sm" circle aria-label={t('requests.waiting', { count: pendingReceived })}>
                  {pendingReceived}
                </Badge>
              ) : undefined
            }
          >
            {t('requests.received')}
          </Tabs.Tab>
          <Tabs.Tab value="sent">
            {t('requests.sent')}
            {sent.data ? ` (${sent.data.length})` : ''}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="received" pt="md">
          <RequestList direction="received" event={event.data} />
        </Tabs.Panel>
        <Tabs.Panel value="sent" pt="md">
          <RequestList direction="sent" event={event.data} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
