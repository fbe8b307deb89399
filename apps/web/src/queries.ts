import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from './api-client';
import type { EventDetail, MeetingPlace, ParticipantType, PublicEvent } from './api-types';

export function useEventDetail(eventId: string) {
  return useQuery({ queryKey: ['event', eventId], queryFn: () => api<EventDetail>(`/events/${eventId}`) });
}

export function useParticipantTypes(eventId: string) {
  return useQuery({
    queryKey: ['participant-types', eventId],
    queryFn: () => api<ParticipantType[]>(`/events/${eventId}/participant-types`),
  });
}

export function usePublicEvent(eventId: string | undefined) {
  return useQuery({
    queryKey: ['public-event', eventId],
    queryFn: () => api<PublicEvent>(`/events/${eventId}/public`, { auth: 'none' }),
    enabled: Boolean(eventId),
  });
}

export function useTables(eventId: string) {
  return useQuery({ queryKey: ['tables', eventId], queryFn: () => api<MeetingPlace[]>(`/events/${eventId}/tables`) });
}

/** Human name of a meeting place: its label, else "Table 7", else its kind. */
export function usePlaceName(): (place: MeetingPlace) => string {
  const { t } = useTranslation();
  return (place) =>
    place.label || (place.number != null ? t('tables.tableNumber', { number: place.number }) : t(`tables.kindShort.${place.kind}`));
}
