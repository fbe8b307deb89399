import { EntityManager, In } from 'typeorm';
import { Evaluation, Event, EventTable, Meeting, MeetingFeedback, MeetingRequest, Organisation, Participant, Slot } from '@clustermeet/database';

/**
 * Everything a report counts, loaded once. Counts and the rows behind them are computed from the
 * same predicates (report-metrics.ts), so a number and its drill-down can never disagree.
 */
export interface ReportDataset {
  event: Event;
  now: Date;
  participants: Participant[];
  recruiters: Map<string, string>;
  requests: MeetingRequest[];
  /** Placed meetings: scheduled or no-show (cancelled ones never count). */
  meetings: Meeting[];
  feedbackOf: Map<string, MeetingFeedback[]>;
  evaluations: Evaluation[];
  slots: Map<string, Slot>;
  places: Map<string, EventTable>;
  people: Map<string, Participant>;
}

export async function loadReportDataset(manager: EntityManager, event: Event, scopeOrganisationId: string | null, now = new Date()): Promise<ReportDataset> {
  const everyone = await manager.find(Participant, { where: { eventId: event.id }, order: { lastName: 'ASC', firstName: 'ASC' } });
  // A co-organiser's report covers the participants their organisation recruited, and their meetings.
  const participants = scopeOrganisationId ? everyone.filter((p) => p.recruitedByOrganisationId === scopeOrganisationId) : everyone;
  const inScope = new Set(participants.map((p) => p.id));
  const touches = (ids: string[]) => ids.some((id) => inScope.has(id));
  const requests = (await manager.findBy(MeetingRequest, { eventId: event.id })).filter((r) => touches([r.requesterId, r.recipientId]));
  const meetings = (await manager.find(Meeting, { where: { eventId: event.id, status: In(['scheduled', 'no_show']) } })).filter((m) => m.slotId && touches(m.participantIds));
  const feedback = meetings.length > 0 ? await manager.findBy(MeetingFeedback, { meetingId: In(meetings.map((m) => m.id)) }) : [];
  const feedbackOf = new Map<string, MeetingFeedback[]>();
  for (const row of feedback) feedbackOf.set(row.meetingId, [...(feedbackOf.get(row.meetingId) ?? []), row]);
  const evaluations = (await manager.findBy(Evaluation, { eventId: event.id })).filter((e) => inScope.has(e.participantId));
  const recruiterIds = [...new Set(participants.map((p) => p.recruitedByOrganisationId))];
  const recruiters = new Map((recruiterIds.length > 0 ? await manager.findBy(Organisation, { id: In(recruiterIds) }) : []).map((o) => [o.id, o.name]));
  return {
    event,
    now,
    participants,
    recruiters,
    requests,
    meetings,
    feedbackOf,
    evaluations,
    slots: new Map((await manager.findBy(Slot, { eventId: event.id })).map((slot) => [slot.id, slot])),
    places: new Map((await manager.findBy(EventTable, { eventId: event.id })).map((place) => [place.id, place])),
    people: new Map(everyone.map((p) => [p.id, p])),
  };
}
