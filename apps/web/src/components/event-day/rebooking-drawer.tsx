import { Alert, Drawer, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api-client';
import type { DayMeeting, RebookingProposal, Term } from '../../api-types';
import { dayKey } from '../../queries';
import { ErrorAlert } from '../error-alert';
import { PageState } from '../page-state';
import { type DayLabels, upcomingSlots } from './day-helpers';
import type { RebookTarget } from './meeting-actions';
import { ProposalList } from './proposal-list';
import { SlotSelect } from './slot-select';
import { useDayActions } from './use-day-actions';

interface Props {
  eventId: string;
  target: RebookTarget | null;
  labels: DayLabels;
  countries?: Term[];
  onClose: () => void;
}

/** A new partner for someone whose meeting fell through, in a slot where they are free. */
export function RebookingDrawer({ eventId, target, labels, countries, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Drawer
      opened={Boolean(target)}
      onClose={onClose}
      position="right"
      size="md"
      title={target ? t('day.rebookTitle', { name: target.name }) : ''}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {target && <Rebooking key={`${target.participantId}|${target.slotId ?? ''}`} eventId={eventId} target={target} labels={labels} countries={countries} />}
    </Drawer>
  );
}

function Rebooking({ eventId, target, labels, countries }: Omit<Props, 'target' | 'onClose'> & { target: RebookTarget }) {
  const { t } = useTranslation();
  const { book } = useDayActions(eventId);
  const [booked, setBooked] = useState<DayMeeting | null>(null);
  const free = target.freeSlotIds ? new Set(target.freeSlotIds) : null;
  const slots = upcomingSlots({ slots: [...labels.slotById.values()] }).filter(
    (slot) => !free || free.has(slot.id) || slot.id === target.slotId,
  );
  const [slotId, setSlotId] = useState(target.slotId ?? slots[0]?.id ?? '');

  const proposals = useQuery({
    queryKey: [...dayKey(eventId), 'rebooking', target.participantId, slotId],
    queryFn: () => api<RebookingProposal[]>(`/events/${eventId}/day/participants/${target.participantId}/rebooking?slotId=${slotId}`),
    enabled: Boolean(slotId),
  });

  const onBook = (proposal: RebookingProposal) => {
    setBooked(null);
    book.mutate(
      { participantIds: [target.participantId, proposal.participantId], slotId },
      {
        onSuccess: (meeting) => setBooked(meeting),
        // Someone else may have taken the partner or the table meanwhile: show what is left.
        onError: () => void proposals.refetch(),
      },
    );
  };

  return (
    <Stack gap="sm" data-testid="rebooking">
      {slots.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('day.noFreeSlots')}
        </Text>
      ) : (
        <SlotSelect
          label={t('day.slot')}
          slots={slots}
          value={slotId}
          onChange={(value) => {
            book.reset();
            setBooked(null);
            setSlotId(value);
          }}
          labels={labels}
        />
      )}
      {booked && (
        <Alert color="teal" data-testid="rebooking-booked" title={t('day.bookedTitle')}>
          {t('day.bookedText', {
            names: booked.participants.map((p) => p.name).join(' – '),
            place: labels.meetingPlace(booked),
            time: labels.slotLabel(booked.slotId),
          })}
        </Alert>
      )}
      <ErrorAlert error={book.error} timeZone={labels.timeZone} />
      {slotId &&
        (!proposals.data ? (
          <PageState error={proposals.error} />
        ) : (
          <ProposalList proposals={proposals.data} countries={countries} bookingId={book.isPending ? (book.variables?.participantIds[1] ?? null) : null} onBook={onBook} />
        ))}
    </Stack>
  );
}
