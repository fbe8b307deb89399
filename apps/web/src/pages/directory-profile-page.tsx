import { Alert, Anchor, Button, Checkbox, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../api-client';
import type { FreeSlot, MeetingFormat, MeetingRequestView, PublicEvent, PublicProfile } from '../api-types';
import { ErrorAlert } from '../components/error-alert';
import { FavouriteButton } from '../components/favourite-button';
import { PageState } from '../components/page-state';
import { Field, ItemList, termLabel } from '../components/profile-display';
import { RequestStatusBadge } from '../components/request-status-badge';
import { directoryKey, requestsKey, useParticipantEvent, useSlotLabel } from '../queries';

const formats: MeetingFormat[] = ['either', 'on_site', 'online'];

function RequestForm({ event, other, onSent }: { event: PublicEvent; other: PublicProfile; onSent: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const selfBooking = event.bookingMode === 'self_booking';
  const slotLabel = useSlotLabel(event);
  const [message, setMessage] = useState('');
  const [format, setFormat] = useState<MeetingFormat>('either');
  const [highPriority, setHighPriority] = useState(false);
  const [slotId, setSlotId] = useState('');
  const [slotError, setSlotError] = useState<string | null>(null);

  const freeSlots = useQuery({
    queryKey: [...directoryKey(event.id), 'free-slots', other.id],
    queryFn: () => api<FreeSlot[]>(`/events/${event.id}/directory/${other.id}/free-slots`, { auth: 'participant' }),
    enabled: selfBooking,
  });

  const send = useMutation({
    mutationFn: () =>
      api<MeetingRequestView>(`/events/${event.id}/meeting-requests`, {
        method: 'POST',
        auth: 'participant',
        body: {
          recipientId: other.id,
          ...(message.trim() ? { message: message.trim() } : {}),
          format,
          highPriority,
          ...(selfBooking ? { proposedSlotId: slotId } : {}),
        },
      }),
    onSuccess: () => {
      onSent();
      void queryClient.invalidateQueries({ queryKey: requestsKey });
      void queryClient.invalidateQueries({ queryKey: directoryKey(event.id) });
    },
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (selfBooking && !slotId) {
      setSlotError(t('request.slotRequired'));
      return;
    }
    setSlotError(null);
    send.mutate();
  };

  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <Textarea
          label={t('request.message')}
          description={t('request.messageHint')}
          autosize
          minRows={3}
          maxLength={1000}
          value={message}
          onChange={(e) => setMessage(e.currentTarget.value)}
        />
        <NativeSelect
          label={t('request.format')}
          value={format}
          data={formats.map((value) => ({ value, label: t(`format.${value}`) }))}
          onChange={(e) => setFormat(e.currentTarget.value as MeetingFormat)}
        />
        {selfBooking &&
          (freeSlots.data ? (
            freeSlots.data.length === 0 ? (
              <Alert color="yellow">{t('request.noFreeSlots')}</Alert>
            ) : (
              <NativeSelect
                label={t('request.slot')}
                description={t('request.slotHint')}
                withAsterisk
                value={slotId}
                error={slotError}
                data={[{ value: '', label: t('profile.chooseOne') }, ...freeSlots.data.map((slot) => ({ value: slot.id, label: slotLabel(slot) }))]}
                onChange={(e) => setSlotId(e.currentTarget.value)}
              />
            )
          ) : (
            <PageState error={freeSlots.error} />
          ))}
        <Checkbox
          label={t('request.highPriority')}
          description={t('request.highPriorityHint', { count: event.maxHighPriorityRequests })}
          checked={highPriority}
          onChange={(e) => setHighPriority(e.currentTarget.checked)}
        />
        <ErrorAlert error={send.error} timeZone={event.timeZone} />
        <Group>
          <Button type="submit" loading={send.isPending} disabled={selfBooking && freeSlots.data?.length === 0}>
            {t('request.send')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function DirectoryProfilePage() {
  const { t } = useTranslation();
  const { participantId = '' } = useParams();
  const { event } = useParticipantEvent();
  const eventId = event.data?.id ?? '';
  const other = useQuery({
    queryKey: [...directoryKey(eventId), 'profile', participantId],
    queryFn: () => api<PublicProfile & { favourite: boolean }>(`/events/${eventId}/directory/${participantId}`, { auth: 'participant' }),
    enabled: Boolean(eventId),
  });
  const [sent, setSent] = useState(false);
  const requests = useQuery({
    queryKey: [...requestsKey, 'all'],
    queryFn: () => api<MeetingRequestView[]>('/me/meeting-requests', { auth: 'participant' }),
  });

  if (!event.data || !other.data) return <PageState error={event.error ?? other.error} />;
  const e = event.data;
  const p = other.data;
  const name = `${p.firstName} ${p.lastName}`;
  const taxonomies = e.taxonomies;
  const open = requests.data?.find(
    (request) =>
      (request.status === 'pending' || request.status === 'accepted') &&
      (request.requester.id === p.id || request.recipient.id === p.id),
  );

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/directory" size="sm">
        ← {t('directory.title')}
      </Anchor>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Title order={1} style={{ overflowWrap: 'anywhere' }}>
            {name}
          </Title>
          <Text style={{ overflowWrap: 'anywhere' }}>{[p.jobTitle, p.organisation.name].filter(Boolean).join(', ')}</Text>
        </Stack>
        <FavouriteButton eventId={eventId} participantId={p.id} name={name} favourite={p.favourite} />
      </Group>

      <Paper withBorder p="md">
        <Stack gap="md">
          <SimpleGrid cols={{ base: 2, md: 3 }} spacing="sm">
            <Field label={t('profile.participantType')}>{e.participantTypes.find((type) => type.id === p.participantTypeId)?.name}</Field>
            <Field label={t('profile.languages')}>{(p.languages ?? []).join(', ')}</Field>
            <Field label={t('profile.organisationType')}>{termLabel(taxonomies.organisationTypes, p.organisation.type)}</Field>
            <Field label={t('profile.country')}>{termLabel(taxonomies.countries, p.organisation.country)}</Field>
            <Field label={t('profile.region')}>{p.organisation.region}</Field>
            <Field label={t('profile.city')}>{p.organisation.city}</Field>
            <Field label={t('profile.website')}>
              {p.organisation.website && (
                <Anchor href={p.organisation.website} target="_blank" rel="noopener noreferrer">
                  {p.organisation.website}
                </Anchor>
              )}
            </Field>
            <Field label={t('profile.sizeBand')}>{p.organisation.sizeBand && t(`sizeBand.${p.organisation.sizeBand}`)}</Field>
            <Field label={t('profile.sectors')}>{p.sectors.map((key) => termLabel(taxonomies.sectors, key)).join(', ')}</Field>
          </SimpleGrid>
          <Field label={t('directory.about')}>{p.description}</Field>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <ItemList title={t('directory.theyOffer')} items={p.offers} categories={taxonomies.categories} />
            <ItemList title={t('directory.theySeek')} items={p.seeks} categories={taxonomies.categories} />
          </SimpleGrid>
        </Stack>
      </Paper>

      <Paper withBorder p="md" component="section" aria-labelledby="request-heading">
        <Stack gap="sm">
          <Title order={2} size="h3" id="request-heading">
            {t('request.heading')}
          </Title>
          {sent ? (
            <Alert color="green" role="status" title={t('request.sentTitle', { name })}>
              <Stack gap="xs">
                <Text size="sm">{e.bookingMode === 'self_booking' ? t('request.sentTextSlot') : t('request.sentText')}</Text>
                <Anchor component={Link} to="/me/requests?tab=sent" size="sm">
                  {t('request.seeMyRequests')}
                </Anchor>
              </Stack>
            </Alert>
          ) : open ? (
            <Group gap="sm" data-testid="open-request">
              <RequestStatusBadge status={open.status} />
              <Text size="sm">{t('request.alreadyOpen', { name })}</Text>
              <Anchor component={Link} to={`/me/requests?tab=${open.direction}`} size="sm">
                {t('request.seeMyRequests')}
              </Anchor>
            </Group>
          ) : (
            <RequestForm key={p.id} event={e} other={p} onSent={() => setSent(true)} />
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}
