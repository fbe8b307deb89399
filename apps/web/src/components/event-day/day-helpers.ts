import { useTranslation } from 'react-i18next';
import type { DayMeeting, DayOverview, DayPerson, DayPlace, DaySlot } from '../../api-types';
import { currentLocale } from '../../i18n';
import { formatTime } from '../../time-zone';

export type Presence = 'present' | 'not-arrived' | 'absent';

/** Absence wins over a check-in: someone who left is not at the table even though they came. */
export function presenceOf(person: Pick<DayPerson, 'checkedInAt' | 'absent'>): Presence {
  if (person.absent) return 'absent';
  return person.checkedInAt ? 'present' : 'not-arrived';
}

const kindOrder: Record<DayPlace['kind'], number> = { table: 0, booth: 1, room: 2, online: 3 };

/** Tables by number, then booths and rooms by name, online places last. */
export function sortPlaces(places: DayPlace[]): DayPlace[] {
  return [...places].sort(
    (a, b) =>
      kindOrder[a.kind] - kindOrder[b.kind] ||
      (a.number ?? Number.MAX_SAFE_INTEGER) - (b.number ?? Number.MAX_SAFE_INTEGER) ||
      a.label.localeCompare(b.label),
  );
}

export function sortSlots(slots: DaySlot[]): DaySlot[] {
  return [...slots].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}

/** Key of the place a meeting is shown under; every online meeting shares one group. */
export const ONLINE = 'online';
export function meetingPlaceKey(meeting: DayMeeting, places: Map<string, DayPlace>): string {
  if (meeting.online || !meeting.tableId) return ONLINE;
  return places.get(meeting.tableId)?.kind === 'online' ? ONLINE : meeting.tableId;
}

export const meetingNames = (meeting: Pick<DayMeeting, 'participants'>) => meeting.participants.map((p) => p.name).join(' – ');

/** Slots that have not ended at `now`: the ones the desk can still plan in. */
export function upcomingSlots(overview: Pick<DayOverview, 'slots'>, now = Date.now()): DaySlot[] {
  return sortSlots(overview.slots).filter((slot) => new Date(slot.endsAt).getTime() > now);
}

/** Labels for places and slots in the event's time zone and the current language. */
export function useDayLabels(overview: Pick<DayOverview, 'timeZone' | 'places' | 'slots'> | undefined) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const timeZone = overview?.timeZone ?? 'UTC';
  const placeById = new Map((overview?.places ?? []).map((place) => [place.id, place]));
  const slotById = new Map((overview?.slots ?? []).map((slot) => [slot.id, slot]));
  const placeName = (place: Pick<DayPlace, 'label' | 'number' | 'kind'>) =>
    place.label || (place.number != null ? t('tables.tableNumber', { number: place.number }) : t(`tables.kindShort.${place.kind}`));
  /** A place id (or a name the server already wrote out) as people know it. */
  const placeLabel = (idOrName: string | null | undefined) => {
    if (!idOrName || idOrName === ONLINE) return t('day.online');
    const place = placeById.get(idOrName);
    return place ? placeName(place) : idOrName;
  };
  const meetingPlace = (meeting: Pick<DayMeeting, 'tableId' | 'online'>) =>
    meeting.online || !meeting.tableId ? t('day.online') : placeLabel(meeting.tableId);
  const time = (iso: string) => formatTime(iso, timeZone, locale);
  const slotTime = (slot: Pick<DaySlot, 'startsAt' | 'endsAt'>) => `${time(slot.startsAt)}–${time(slot.endsAt)}`;
  const slotLabel = (slotOrId: DaySlot | string) => {
    const slot = typeof slotOrId === 'string' ? slotById.get(slotOrId) : slotOrId;
    if (!slot) return '–';
    return [slotTime(slot), slot.sessionName].filter(Boolean).join(' · ');
  };
  return { timeZone, placeById, slotById, placeName, placeLabel, meetingPlace, time, slotTime, slotLabel };
}

export type DayLabels = ReturnType<typeof useDayLabels>;
