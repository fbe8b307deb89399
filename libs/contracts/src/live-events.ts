/** Socket.io rooms and events, typed once for the api, the worker and the browser. */
export const LiveRoom = {
  /** Organisers and co-organisers of an event. */
  eventStaff: (eventId: string) => `event:${eventId}:staff`,
  participant: (participantId: string) => `participant:${participantId}`,
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
