import { AgendaMeeting } from './agenda-document.types';

/** Online meetings have no place, or an online "place" that only carries a label. */
export function isOnline(meeting: AgendaMeeting): boolean {
  return meeting.place === null || meeting.place.kind === 'online';
}

export function byStartTime(a: AgendaMeeting, b: AgendaMeeting): number {
  return a.startsAt.getTime() - b.startsAt.getTime();
}
