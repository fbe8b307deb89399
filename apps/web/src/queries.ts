import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { currentLocale } from './i18n';
import { formatDate, formatTime } from './time-zone';
import { api } from './api-client';
import { rememberSeq } from './live-catch-up';
import type {
  CallListItem,
  ChangesPage,
  DayOverview,
  DayParticipantFilter,
  DayParticipantList,
  EventDetail,
  EventReport,
  MeetingPlace,
  MyAgenda,
  MyEvaluations,
  MyProfile,
  MySuccessStory,
  NotificationList,
  ParticipantType,
  PublicEvent,
  ReportRows,
  ScheduleRunState,
  ScheduleVersionDetail,
  ScheduleVersionSummary,
  SuccessStory,
} from './api-types';
import { useToken } from './use-token';

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

export const myProfileKey = ['me', 'profile'];
export const notificationsKey = ['me', 'notifications'];
export const requestsKey = ['me', 'requests'];

/** The signed-in participant's own profile; it also tells which event the participant belongs to. */
export function useMyProfile() {
  const token = useToken('participant');
  return useQuery({
    queryKey: myProfileKey,
    queryFn: () => api<MyProfile>('/me/profile', { auth: 'participant' }),
    enabled: Boolean(token),
  });
}

/** Polled so the unread count in the header stays current without a page reload. */
export function useNotifications() {
  const token = useToken('participant');
  return useQuery({
    queryKey: notificationsKey,
    queryFn: () => api<NotificationList>('/me/notifications', { auth: 'participant' }),
    enabled: Boolean(token),
    refetchInterval: 30_000,
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

/** The participant's profile and the public view of their event (taxonomies, types, booking mode). */
export function useParticipantEvent() {
  const profile = useMyProfile();
  const event = usePublicEvent(profile.data?.event?.id ?? profile.data?.eventId);
  return { profile, event };
}

export const directoryKey = (eventId: string) => ['directory', eventId];

/** "Morning · 11 May 2027 · 09:00–09:20" in the event's time zone. */
export function useSlotLabel(event: PublicEvent | undefined): (slot: { id: string; startsAt: string; endsAt: string }) => string {
  const locale = currentLocale();
  return (slot) => {
    if (!event) return slot.id;
    const session = event.sessions.find((candidate) => candidate.slots.some((s) => s.id === slot.id));
    const time = `${formatTime(slot.startsAt, event.timeZone, locale)}–${formatTime(slot.endsAt, event.timeZone, locale)}`;
    return [session?.name, formatDate(slot.startsAt, locale, event.timeZone), time].filter(Boolean).join(' · ');
  };
}


export const agendaKey = ['me', 'agenda'];
export const scheduleRunKey = (eventId: string) => ['schedule-run', eventId];
export const scheduleVersionsKey = (eventId: string) => ['schedule-versions', eventId];
export const scheduleVersionKey = (eventId: string, versionId: string) => ['schedule-version', eventId, versionId];

/** The latest scheduler run; polled every 2 s while one is queued or running, as a fallback for the socket. */
export function useScheduleRun(eventId: string) {
  return useQuery({
    queryKey: scheduleRunKey(eventId),
    queryFn: () => api<ScheduleRunState>(`/events/${eventId}/schedule/run`),
    refetchInterval: (query) => (query.state.data?.state === 'queued' || query.state.data?.state === 'running' ? 2000 : false),
  });
}

/** Schedule versions of an event, newest first. */
export function useScheduleVersions(eventId: string) {
  return useQuery({
    queryKey: scheduleVersionsKey(eventId),
    queryFn: () => api<ScheduleVersionSummary[]>(`/events/${eventId}/schedule/versions`),
  });
}

export function useScheduleVersion(eventId: string, versionId: string | undefined) {
  return useQuery({
    queryKey: scheduleVersionKey(eventId, versionId ?? ''),
    queryFn: () => api<ScheduleVersionDetail>(`/events/${eventId}/schedule/versions/${versionId}`),
    enabled: Boolean(versionId),
  });
}

/** The signed-in participant's published agenda; its change number is where the live channel catches up from. */
export function useMyAgenda() {
  const token = useToken('participant');
  return useQuery({
    queryKey: agendaKey,
    queryFn: async () => {
      const agenda = await api<MyAgenda>('/me/agenda', { auth: 'participant' });
      if (agenda.eventId && typeof agenda.lastSeq === 'number') rememberSeq('participant', agenda.eventId, agenda.lastSeq);
      return agenda;
    },
    enabled: Boolean(token),
  });
}

// Event day. Every query sits under dayKey(eventId), so one live change refreshes them all.

export const dayKey = (eventId: string) => ['day', eventId];
export const meRebookingKey = ['me', 'rebooking'];

/**
 * Meetings of the given slots (default: the current and the next slot), with every slot and place
 * of the day. Polled each minute as well, so "now" moves on when a slot ends even without changes.
 */
export function useDayOverview(eventId: string, slotIds?: string[], options: { enabled?: boolean; refetchInterval?: number } = {}) {
  const ids = slotIds?.filter(Boolean).join(',') ?? '';
  return useQuery({
    queryKey: [...dayKey(eventId), 'overview', ids],
    queryFn: async () => {
      const overview = await api<DayOverview>(`/events/${eventId}/day/overview${ids ? `?slotIds=${ids}` : ''}`);
      rememberSeq('staff', eventId, overview.lastSeq);
      return overview;
    },
    enabled: options.enabled ?? true,
    refetchInterval: options.refetchInterval ?? 60_000,
  });
}

export function useDayParticipants(eventId: string, q: string, filter: DayParticipantFilter | null) {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  if (filter) params.set('filter', filter);
  const search = params.toString();
  return useQuery({
    queryKey: [...dayKey(eventId), 'participants', search],
    queryFn: () => api<DayParticipantList>(`/events/${eventId}/day/participants${search ? `?${search}` : ''}`),
    placeholderData: (previous) => previous,
    // "Late" depends on the clock, not only on changes.
    refetchInterval: 60_000,
  });
}

export function useCallList(eventId: string) {
  return useQuery({
    queryKey: [...dayKey(eventId), 'call-list'],
    queryFn: () => api<CallListItem[]>(`/events/${eventId}/day/call-list`),
  });
}

/** The last `limit` changes of the day, newest first. */
export function useDayChanges(eventId: string, lastSeq: number | undefined, limit = 50) {
  const after = Math.max(0, (lastSeq ?? 0) - limit);
  return useQuery({
    queryKey: [...dayKey(eventId), 'changes', after],
    queryFn: async () => {
      const page = await api<ChangesPage>(`/events/${eventId}/changes?after=${after}&limit=${limit}`);
      return { ...page, changes: [...page.changes].sort((a, b) => b.seq - a.seq) };
    },
    enabled: lastSeq !== undefined,
    placeholderData: (previous) => previous,
  });
}

// After the event.

export const evaluationsKey = ['me', 'evaluations'];
export const mySuccessStoriesKey = ['me', 'success-stories'];
export const reportKey = (eventId: string) => ['report', eventId];
export const successStoriesKey = (eventId: string) => ['success-stories', eventId];

/** The participant's meetings with their own feedback, and the evaluation rounds sent to them. */
export function useMyEvaluations() {
  const token = useToken('participant');
  return useQuery({
    queryKey: evaluationsKey,
    queryFn: () => api<MyEvaluations>('/me/evaluations', { auth: 'participant' }),
    enabled: Boolean(token),
  });
}

export function useEventReport(eventId: string) {
  return useQuery({ queryKey: reportKey(eventId), queryFn: () => api<EventReport>(`/events/${eventId}/report`) });
}

/** Query string of a drill-down: the same for the rows, their CSV and the query cache. */
export function reportRowsQuery(metric: string, key: string | null): string {
  const params = new URLSearchParams({ metric });
  if (key !== null) params.set('key', key);
  return params.toString();
}

/** The rows behind one number of the report; `null` while no number is open. */
export function useReportRows(eventId: string, target: { metric: string; key: string | null } | null) {
  const search = target ? reportRowsQuery(target.metric, target.key) : '';
  return useQuery({
    queryKey: [...reportKey(eventId), 'rows', search],
    queryFn: () => api<ReportRows>(`/events/${eventId}/report/rows?${search}`),
    enabled: Boolean(target),
  });
}

/** The organiser's success stories of an event, newest first, with each participant's answer. */
export function useSuccessStories(eventId: string) {
  return useQuery({
    queryKey: successStoriesKey(eventId),
    queryFn: () => api<SuccessStory[]>(`/events/${eventId}/success-stories`),
  });
}

/** Success stories about the participant's meetings, each waiting for (or holding) their consent. */
export function useMySuccessStories() {
  const token = useToken('participant');
  return useQuery({
    queryKey: mySuccessStoriesKey,
    queryFn: () => api<MySuccessStory[]>('/me/success-stories', { auth: 'participant' }),
    enabled: Boolean(token),
  });
}
