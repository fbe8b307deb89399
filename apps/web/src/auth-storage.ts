// Staff and participant tokens are kept apart so one browser can hold an organiser session
// and a participant session (e.g. an organiser trying out their own registration form).
export type TokenKind = 'staff' | 'participant';

const keys: Record<TokenKind, string> = {
  staff: 'clustermeet.staffToken',
  participant: 'clustermeet.participantToken',
};
const participantEventKey = 'clustermeet.participantEventId';

type Listener = () => void;
const listeners = new Set<Listener>();

export function getToken(kind: TokenKind): string | null {
  return localStorage.getItem(keys[kind]);
}

export function setToken(kind: TokenKind, token: string): void {
  localStorage.setItem(keys[kind], token);
  listeners.forEach((listener) => listener());
}

export function clearToken(kind: TokenKind): void {
  localStorage.removeItem(keys[kind]);
  listeners.forEach((listener) => listener());
}

/** Remembered so an expired participant session can be sent back to the right event's sign-in page. */
export function getParticipantEventId(): string | null {
  return localStorage.getItem(participantEventKey);
}

export function setParticipantEventId(eventId: string): void {
  localStorage.setItem(participantEventKey, eventId);
}

export function subscribeToTokens(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
