import { useSyncExternalStore } from 'react';
import type { DayChangePayload } from '../../../libs/contracts/src/live-events';
import { api } from './api-client';
import type { ChangesPage } from './api-types';
import type { TokenKind } from './auth-storage';

// Event-day changes are numbered per event without gaps. Each browser remembers the last number it
// has acted on, so a phone that slept through changes (or a socket that missed pushes) asks the
// server for exactly what it missed instead of trusting that every push arrived.

export type LiveState = 'connected' | 'reconnecting';

const stateListeners = new Set<() => void>();
const states: Record<TokenKind, LiveState> = { staff: 'reconnecting', participant: 'reconnecting' };

export function setLiveState(kind: TokenKind, state: LiveState): void {
  if (states[kind] === state) return;
  states[kind] = state;
  stateListeners.forEach((listener) => listener());
}

function subscribeToLiveState(listener: () => void): () => void {
  stateListeners.add(listener);
  return () => stateListeners.delete(listener);
}

/** Whether the socket of this session kind is connected, for the "Live" badge. */
export function useLiveState(kind: TokenKind): LiveState {
  return useSyncExternalStore(subscribeToLiveState, () => states[kind]);
}

const storagePrefix = 'clustermeet.liveSeq.';
const seqKey = (kind: TokenKind, eventId: string) => `${storagePrefix}${kind}.${eventId}`;
// sessionStorage survives a reload of the tab but not a new tab, which starts from fresh data anyway.
const seqs = new Map<string, number>();

export function lastSeq(kind: TokenKind, eventId: string): number | null {
  const key = seqKey(kind, eventId);
  const inMemory = seqs.get(key);
  if (inMemory !== undefined) return inMemory;
  const stored = Number(sessionStorage.getItem(key) ?? Number.NaN);
  return Number.isFinite(stored) ? stored : null;
}

/**
 * The data just read from the server reflects everything up to `seq`. Set exactly (not the maximum):
 * a re-seeded database starts again from 0, and setting it back only costs one catch-up request.
 */
export function rememberSeq(kind: TokenKind, eventId: string, seq: number): void {
  const key = seqKey(kind, eventId);
  seqs.set(key, seq);
  try {
    sessionStorage.setItem(key, String(seq));
  } catch {
    // Private mode or a full storage: the in-memory value still works for this page.
  }
}

/** Events this tab has seen changes of: the ones to catch up on after a reconnect. */
export function knownEvents(kind: TokenKind): string[] {
  const prefix = `${storagePrefix}${kind}.`;
  const ids = new Set<string>();
  for (const key of seqs.keys()) if (key.startsWith(prefix)) ids.add(key.slice(prefix.length));
  for (let i = 0; i < sessionStorage.length; i++) {
    const key = sessionStorage.key(i);
    if (key?.startsWith(prefix)) ids.add(key.slice(prefix.length));
  }
  return [...ids];
}

type Invalidate = (eventId: string) => void;
const inFlight = new Map<string, Promise<void>>();

/** Asks for everything after the last known change, then refreshes the event-day data once. */
export function catchUp(kind: TokenKind, eventId: string, invalidate: Invalidate): Promise<void> {
  const key = seqKey(kind, eventId);
  const running = inFlight.get(key);
  if (running) return running;
  const after = lastSeq(kind, eventId) ?? 0;
  const path = kind === 'staff' ? `/events/${eventId}/changes?after=${after}` : `/me/changes?after=${after}`;
  const request = api<ChangesPage>(path, { auth: kind })
    .then((page) => rememberSeq(kind, eventId, page.lastSeq))
    // Without the log (e.g. a network blip) the refetch below is still the best we can do.
    .catch(() => undefined)
    .then(() => invalidate(eventId))
    .finally(() => inFlight.delete(key));
  inFlight.set(key, request);
  return request;
}

/**
 * The next change in line only needs a refetch; a gap means pushes were lost, so catch up first.
 * A participant only hears about their own changes, so gaps are normal for them and cost one small request.
 */
export function onDayChanged(kind: TokenKind, change: DayChangePayload, invalidate: Invalidate): void {
  const last = lastSeq(kind, change.eventId);
  if (last !== null && change.seq <= last) return;
  if (last === null || change.seq === last + 1) {
    rememberSeq(kind, change.eventId, change.seq);
    invalidate(change.eventId);
    return;
  }
  void catchUp(kind, change.eventId, invalidate);
}
