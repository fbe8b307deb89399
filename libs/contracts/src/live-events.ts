/** Socket.io rooms and events, typed once for the api, the worker and the browser. */
export const LiveRoom = {
  /** Organisers and co-organisers of an event. */
  eventStaff: (eventId: string) => `event:${eventId}:staff`,
  participant: (participantId: string) => `participant:${participantId}`,
  /** Everyone working the event on the day: organisers, co-organisers and information-desk helpers. */
  eventDesk: (eventId: string) => `event:${eventId}:desk`,
  /** Every signed-in participant of an event: for news that concerns them all, such as a published schedule. */
  eventParticipants: (eventId: string) => `event:${eventId}:participants`,
};

export interface ServerToClientEvents {
  /** Counters or the chase list of this event changed: refetch them. */
  'booking-status:changed': (payload: { eventId: string }) => void;
  /** A new in-app notification for this participant. */
  'notification:new': (payload: { participantId: string }) => void;
  /** A schedule run of this event made progress (sent to the event's staff, about twice a second). */
  'schedule:progress': (payload: ScheduleProgressPayload) => void;
  /** A schedule run ended: a new draft version, or an error an organiser can read. */
  'schedule:finished': (payload: { eventId: string; runId: string; versionId: string | null; error: string | null }) => void;
  /** A schedule version was published: agendas changed. Sent to staff and to every participant of the event. */
  'schedule:published': (payload: { eventId: string; versionId: string; number: number }) => void;
  /**
   * Something changed on the event day (sent to the desk room and to each affected participant).
   * `seq` grows by one per change and event: a client that sees a gap, or reconnects, asks
   * GET /api/events/:eventId/changes?after=<last seq> for what it missed.
   */
  'day:changed': (payload: DayChangePayload) => void;
  /** This server lost and regained its Redis link, so pushes may have been lost: catch up now. */
  'live:resync': (payload: { reason: string }) => void;
}

export type DayChangeKind =
  | 'check-in'
  | 'absent'
  | 'no-show'
  | 'meeting-booked'
  | 'meeting-moved'
  | 'meeting-cancelled'
  | 'table-closed';

export interface DayChangePayload {
  eventId: string;
  seq: number;
  kind: DayChangeKind;
  meetingIds: string[];
  participantIds: string[];
}

export interface ScheduleProgressPayload {
  eventId: string;
  runId: string;
  /** 'export' | 'greedy' | 'anneal' | 'done' | 'saving' */
  phase: string;
  elapsedMs: number;
  timeLimitMs: number;
  meetings: number;
  scheduled: number;
  breaks: number;
}

export type LiveEventName = keyof ServerToClientEvents;
export type LivePayload<E extends LiveEventName> = Parameters<ServerToClientEvents[E]>[0];

/** Redis channel prefix shared by the socket.io adapter (api) and emitter (api and worker). */
export const liveChannelKey = (queuePrefix: string) => `${queuePrefix}-socket.io`;
