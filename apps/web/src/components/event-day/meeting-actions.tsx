import { Button, Group, Menu, Modal, NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DayMeeting } from '../../api-types';
import { useDayOverview } from '../../queries';
import { ErrorAlert } from '../error-alert';
import { type DayLabels, meetingNames, ONLINE, sortPlaces, upcomingSlots } from './day-helpers';
import { SlotSelect } from './slot-select';
import { useDayActions } from './use-day-actions';

export interface RebookTarget {
  participantId: string;
  name: string;
  slotId?: string;
  /** Slots where the participant has no meeting, when known: the choices offered. */
  freeSlotIds?: string[];
}

interface Props {
  eventId: string;
  meeting: DayMeeting;
  labels: DayLabels;
  onRebook: (target: RebookTarget) => void;
}

type Dialog = 'move' | 'cancel' | null;

/** What the desk can do to one meeting: move it, cancel it, record a no-show, or rebook whoever is left. */
export function MeetingActions({ eventId, meeting, labels, onRebook }: Props) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<Dialog>(null);
  const { noShow } = useDayActions(eventId);
  const scheduled = meeting.status === 'scheduled';
  // Whoever did come (or whose meeting was cancelled) may want a new partner for the slot.
  const left = meeting.participants.filter((p) => !meeting.absentParticipantIds.includes(p.id) && !p.absent);

  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button size="compact-sm" variant="default" aria-label={t('day.meetingActionsFor', { names: meetingNames(meeting) })} loading={noShow.isPending}>
            {t('day.meetingActions')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {scheduled && (
            <>
              <Menu.Item onClick={() => setDialog('move')}>{t('day.move')}</Menu.Item>
              <Menu.Item color="red" onClick={() => setDialog('cancel')}>
                {t('day.cancelMeeting')}
              </Menu.Item>
              <Menu.Divider />
              {meeting.participants.map((person) => (
                <Menu.Item key={person.id} onClick={() => noShow.mutate({ meetingId: meeting.id, participantId: person.id })}>
                  {t('day.markNoShow', { name: person.name })}
                </Menu.Item>
              ))}
            </>
          )}
          {!scheduled &&
            left.map((person) => (
              <Menu.Item key={person.id} onClick={() => onRebook({ participantId: person.id, name: person.name, slotId: meeting.slotId })}>
                {t('day.rebookPerson', { name: person.name })}
              </Menu.Item>
            ))}
          {!scheduled && left.length === 0 && <Menu.Label>{t('day.noActions')}</Menu.Label>}
        </Menu.Dropdown>
      </Menu>
      <ErrorAlert error={noShow.error} timeZone={labels.timeZone} />
      <Modal
        opened={dialog === 'move'}
        onClose={() => setDialog(null)}
        title={t('day.moveTitle', { names: meetingNames(meeting) })}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {dialog === 'move' && <MoveForm eventId={eventId} meeting={meeting} labels={labels} onDone={() => setDialog(null)} />}
      </Modal>
      <Modal
        opened={dialog === 'cancel'}
        onClose={() => setDialog(null)}
        title={t('day.cancelTitle', { names: meetingNames(meeting) })}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {dialog === 'cancel' && <CancelForm eventId={eventId} meeting={meeting} labels={labels} onDone={() => setDialog(null)} />}
      </Modal>
    </>
  );
}

function MoveForm({ eventId, meeting, labels, onDone }: { eventId: string; meeting: DayMeeting; labels: DayLabels; onDone: () => void }) {
  const { t } = useTranslation();
  const { move } = useDayActions(eventId);
  const slots = upcomingSlots({ slots: [...labels.slotById.values()] });
  const [slotId, setSlotId] = useState(meeting.slotId);
  const target = useDayOverview(eventId, [slotId]);
  const free = new Set(target.data?.freePlaceIds[slotId] ?? []);
  const places = sortPlaces([...labels.placeById.values()]).filter(
    (place) => place.kind !== 'online' && (free.has(place.id) || (slotId === meeting.slotId && place.id === meeting.tableId)),
  );
  const [choice, setChoice] = useState('');
  // Staying at the same table in the same slot is no move, so it is never the default.
  const fallback = places.find((place) => !(slotId === meeting.slotId && place.id === meeting.tableId))?.id ?? ONLINE;
  const value = choice && (choice === ONLINE || places.some((place) => place.id === choice)) ? choice : fallback;

  return (
    <Stack gap="sm">
      <SlotSelect label={t('day.slot')} slots={slots} value={slotId} onChange={setSlotId} labels={labels} />
      <NativeSelect
        label={t('day.place')}
        value={value}
        onChange={(e) => setChoice(e.currentTarget.value)}
        disabled={target.isPending}
        data={[...places.map((place) => ({ value: place.id, label: labels.placeName(place) })), { value: ONLINE, label: t('day.online') }]}
      />
      {!target.isPending && places.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('day.noFreePlaces')}
        </Text>
      )}
      <ErrorAlert error={move.error ?? target.error} timeZone={labels.timeZone} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('common.cancel')}
        </Button>
        <Button
          loading={move.isPending}
          onClick={() =>
            move.mutate(
              { meetingId: meeting.id, body: value === ONLINE ? { slotId, tableId: null, online: true } : { slotId, tableId: value, online: false } },
              { onSuccess: onDone },
            )
          }
        >
          {t('day.moveConfirm')}
        </Button>
      </Group>
    </Stack>
  );
}

function CancelForm({ eventId, meeting, labels, onDone }: { eventId: string; meeting: DayMeeting; labels: DayLabels; onDone: () => void }) {
  const { t } = useTranslation();
  const { cancel } = useDayActions(eventId);
  const [reason, setReason] = useState('');
  return (
    <Stack gap="sm">
      <Text size="sm">{t('day.cancelText', { time: labels.slotLabel(meeting.slotId), place: labels.meetingPlace(meeting) })}</Text>
      <Textarea label={`${t('day.cancelReason')} (${t('common.optional')})`} value={reason} onChange={(e) => setReason(e.currentTarget.value)} autosize minRows={2} maxLength={500} />
      <ErrorAlert error={cancel.error} timeZone={labels.timeZone} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('common.back')}
        </Button>
        <Button color="red" loading={cancel.isPending} onClick={() => cancel.mutate({ meetingId: meeting.id, reason: reason.trim() }, { onSuccess: onDone })}>
          {t('day.cancelConfirm')}
        </Button>
      </Group>
    </Stack>
  );
}
