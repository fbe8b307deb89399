import { useEffect, useState } from 'react';
import type { AgendaMeeting, MyAgenda } from '../../api-types';

interface Seen {
  /** Changes up to this number were there before the participant first opened the agenda. */
  base: number;
  /** Meeting id → the change the participant tapped "Got it" on. */
  acks: Record<string, number>;
}

const storageKey = (eventId: string) => `clustermeet.agendaSeen.${eventId}`;

function load(eventId: string): Seen | null {
  try {
    const stored = JSON.parse(localStorage.getItem(storageKey(eventId)) ?? 'null') as Seen | null;
    return stored && typeof stored.base === 'number' ? { base: stored.base, acks: stored.acks ?? {} } : null;
  } catch {
    return null;
  }
}

/**
 * Which meetings changed since the participant last looked. Kept in localStorage, so a change made
 * while the phone was in a pocket is still highlighted when the page is opened again, until "Got it".
 */
export function useAgendaChanges(agenda: MyAgenda | undefined) {
  const eventId = agenda?.eventId ?? '';
  const loaded = Boolean(agenda);
  const [seen, setSeen] = useState<Seen | null>(null);

  useEffect(() => {
    if (!agenda) return;
    const stored = load(eventId);
    if (stored) {
      setSeen(stored);
    } else {
      const first = { base: agenda.lastSeq ?? 0, acks: {} };
      localStorage.setItem(storageKey(eventId), JSON.stringify(first));
      setSeen(first);
    }
    // Only the first agenda of an event sets the baseline (hence not `agenda` itself as a dependency):
    // later refetches must not move it.
  }, [eventId, loaded]);

  const isChanged = (meeting: AgendaMeeting) =>
    Boolean(seen) && meeting.changedSeq != null && meeting.changedSeq > seen!.base && (seen!.acks[meeting.id] ?? -1) < meeting.changedSeq;

  const acknowledge = (meeting: Pick<AgendaMeeting, 'id' | 'changedSeq'>) => {
    if (meeting.changedSeq == null) return;
    setSeen((current) => {
      const next = { base: current?.base ?? 0, acks: { ...current?.acks, [meeting.id]: meeting.changedSeq! } };
      localStorage.setItem(storageKey(eventId), JSON.stringify(next));
      return next;
    });
  };

  return { isChanged, acknowledge };
}
