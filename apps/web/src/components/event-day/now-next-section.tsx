import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DayOverview, DaySlot } from '../../api-types';
import { useDayOverview } from '../../queries';
import { PageState } from '../page-state';
import { DayMeetingRow } from './day-meeting-row';
import { type DayLabels, meetingPlaceKey, ONLINE, sortPlaces, sortSlots } from './day-helpers';
import type { RebookTarget } from './meeting-actions';
import { SlotSelect } from './slot-select';

interface Props {
  eventId: string;
  overview: DayOverview;
  labels: DayLabels;
  onRebook: (target: RebookTarget) => void;
}

/** The current and the next slot (or any one slot), meeting by meeting in place order, with the free tables. */
export function NowNextSection({ eventId, overview, labels, onRebook }: Props) {
  const { t } = useTranslation();
  const [picked, setPicked] = useState('');
  const pickedOverview = useDayOverview(eventId, [picked], { enabled: Boolean(picked) });
  const data = picked ? pickedOverview.data : overview;

  const shown: { slot: DaySlot; heading: string }[] = [];
  if (data) {
    const slotById = new Map(data.slots.map((slot) => [slot.id, slot]));
    const add = (slotId: string | null, heading: string) => {
      const slot = slotId ? slotById.get(slotId) : undefined;
      if (slot) shown.push({ slot, heading });
    };
    if (picked) add(picked, t('day.slotHeading'));
    else {
      add(data.currentSlotId, t('day.now'));
      add(data.nextSlotId, t('day.next'));
    }
  }

  return (
    <Stack gap="md">
      <SlotSelect
        label={t('day.showSlot')}
        slots={sortSlots(overview.slots)}
        value={picked}
        onChange={setPicked}
        labels={labels}
        emptyOption={t('day.nowAndNext')}
      />
      {!data ? (
        <PageState error={pickedOverview.error} />
      ) : shown.length === 0 ? (
        <Text c="dimmed" data-testid="day-no-slot">
          {t('day.noCurrentSlot')}
        </Text>
      ) : (
        shown.map(({ slot, heading }) => <SlotMeetings key={slot.id} eventId={eventId} data={data} slot={slot} heading={heading} labels={labels} onRebook={onRebook} />)
      )}
    </Stack>
  );
}

function SlotMeetings({ eventId, data, slot, heading, labels, onRebook }: { eventId: string; data: DayOverview; slot: DaySlot; heading: string; labels: DayLabels; onRebook: (target: RebookTarget) => void }) {
  const { t } = useTranslation();
  const placeById = new Map(data.places.map((place) => [place.id, place]));
  const meetings = data.meetings.filter((meeting) => meeting.slotId === slot.id);
  const groups = new Map<string, typeof meetings>();
  for (const meeting of meetings) {
    const key = meetingPlaceKey(meeting, placeById);
    groups.set(key, [...(groups.get(key) ?? []), meeting]);
  }
  const order = [...sortPlaces(data.places).map((place) => place.id), ONLINE];
  const keys = [...groups.keys()].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const freePlaces = sortPlaces((data.freePlaceIds[slot.id] ?? []).map((id) => placeById.get(id)).filter((place) => place !== undefined)).filter(
    (place) => place.kind !== 'online',
  );
  const headingId = `slot-heading-${slot.id}`;

  return (
    <Paper withBorder p="sm" component="section" aria-labelledby={headingId} data-testid={`day-slot-${slot.id}`}>
      <Stack gap="xs">
        <Group gap="xs" justify="space-between">
          <Title order={2} size="h4" id={headingId}>
            {heading} · {labels.slotTime(slot)}
          </Title>
          <Group gap={6}>
            {slot.sessionName && <Text size="sm" c="dimmed">{slot.sessionName}</Text>}
            <Badge variant="light" color="gray" tt="none">
              {t('day.meetingCount', { count: meetings.filter((meeting) => meeting.status === 'scheduled').length })}
            </Badge>
          </Group>
        </Group>
        {keys.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('day.noMeetingsInSlot')}
          </Text>
        )}
        {keys.map((key) => (
          <Stack key={key} gap={4}>
            <Text fw={800} fz="lg" style={{ overflowWrap: 'anywhere' }}>
              {key === ONLINE ? t('day.online') : labels.placeLabel(key)}
            </Text>
            {groups.get(key)!.map((meeting) => (
              <DayMeetingRow key={meeting.id} eventId={eventId} meeting={meeting} labels={labels} onRebook={onRebook} />
            ))}
          </Stack>
        ))}
        <Text size="sm" data-testid={`free-places-${slot.id}`}>
          <Text span fw={600}>
            {t('day.freePlaces')}:
          </Text>{' '}
          {freePlaces.length === 0 ? t('day.none') : freePlaces.map((place) => labels.placeName(place)).join(', ')}
        </Text>
      </Stack>
    </Paper>
  );
}
