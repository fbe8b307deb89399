import { useTranslation } from 'react-i18next';
import type { ScheduleEntry, SchedulePlace, ScheduleSlot } from '../../api-types';
import { currentLocale } from '../../i18n';
import { formatDate, formatTime } from '../../time-zone';

/** Column key of a place in the grid: the table id, or `online` for every online meeting. */
export type ColumnKey = string;
export const ONLINE: ColumnKey = 'online';

export const cellKey = (slotId: string, column: ColumnKey) => `${slotId}|${column}`;

/** Where an entry sits in the grid, or null when it is not scheduled. */
export function entryCell(entry: ScheduleEntry, onlinePlaceIds: Set<string>): string | null {
  if (!entry.slotId) return null;
  const column = entry.online || !entry.tableId || onlinePlaceIds.has(entry.tableId) ? ONLINE : entry.tableId;
  return cellKey(entry.slotId, column);
}

const kindOrder: Record<SchedulePlace['kind'], number> = { table: 0, booth: 1, room: 2, online: 3 };

/** Tables by number, then booths and rooms by name; online places are left out (they share one column). */
export function onSitePlaces(places: SchedulePlace[]): SchedulePlace[] {
  return places
    .filter((place) => place.kind !== 'online')
    .sort(
      (a, b) =>
        kindOrder[a.kind] - kindOrder[b.kind] ||
        (a.number ?? Number.MAX_SAFE_INTEGER) - (b.number ?? Number.MAX_SAFE_INTEGER) ||
        a.label.localeCompare(b.label),
    );
}

export function sortSlots(slots: ScheduleSlot[]): ScheduleSlot[] {
  return [...slots].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}

export const participantNames = (entry: ScheduleEntry) => entry.participants.map((p) => p.name).join(' – ');
export const organisationNames = (entry: ScheduleEntry) =>
  [...new Set(entry.participants.map((p) => p.organisationName).filter(Boolean))].join(' / ');

/** Labels for places and slots in the event's time zone and the current language. */
export function useScheduleLabels(timeZone: string) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const placeName = (place: Pick<SchedulePlace, 'label' | 'number' | 'kind'>) =>
    place.label ||
    (place.number != null ? t('tables.tableNumber', { number: place.number }) : t(`tables.kindShort.${place.kind}`));
  const columnName = (column: ColumnKey, places: SchedulePlace[]) => {
    if (column === ONLINE) return t('schedule.online');
    const place = places.find((candidate) => candidate.id === column);
    return place ? placeName(place) : '–';
  };
  const slotTime = (slot: Pick<ScheduleSlot, 'startsAt' | 'endsAt'>) =>
    `${formatTime(slot.startsAt, timeZone, locale)}–${formatTime(slot.endsAt, timeZone, locale)}`;
  const slotDay = (slot: ScheduleSlot) => [slot.sessionName, formatDate(slot.startsAt, locale, timeZone)].filter(Boolean).join(' · ');
  return { placeName, columnName, slotTime, slotDay };
}
