/** Socket.io rooms and events, typed once for the api, the worker and the browser. */
export const LiveRoom = {
  /** Organisers and co-organisers of an event. */
  eventStaff: (eventId: string) => `event:${eventId}:staff`,
  participant: (participantId: string) => `participant:${participantId}`,
};

export interface ServerToClientEvents {
  /** Counters or the chase list of this event changed: refetch them. */
  'booking-status:changed': (payload: { eventId: string }) => void;
  /** A new in-app notification for this participant. */
  'notification:new': (payload: { participantId: string }) => void;
}

export type LiveEventName = keyof ServerToClientEvents;
export type LivePayload<E extends LiveEventName> = Parameters<ServerToClientEvents[E]>[0];

/** Redis channel prefix shared by the socket.io adapter (api) and emitter (api and worker). */
export const liveChannelKey = (queuePrefix: string) => `${queuePrefix}-socket.io`;
