import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { MeetingRequestStatus, ParticipantStatus } from '@clustermeet/contracts';
import { MeetingRequest, MeetingSeat, Participant, ParticipantType } from '@clustermeet/database';
import { conflict, notFound } from '../common/errors';
import { RecommendationService } from '../matchmaking/recommendation.service';
import { absentIn, loadDaySlots, personName, requireSlot } from './day-views';

export type ProposalReason = 'pending-request' | 'declined-request' | 'recommended' | 'standby';

export interface RebookingProposal {
  participantId: string;
  name: string;
  organisationName: string;
  country: string;
  reason: ProposalReason;
  detail: string;
}

const ORDER: ProposalReason[] = ['pending-request', 'declined-request', 'recommended', 'standby'];
const MAX_PROPOSALS = 20;

/**
 * A freed slot becomes a new meeting: people who are here, free in that slot and allowed to meet,
 * best first: those with an unanswered or declined request between the two, then recommendations,
 * then the standby list.
 */
@Injectable()
export class RebookingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly recommendations: RecommendationService,
  ) {}

  async proposals(eventId: string, participantId: string, slotId: string): Promise<RebookingProposal[]> {
    const manager = this.dataSource.manager;
    const days = await loadDaySlots(manager, eventId);
    const slot = requireSlot(days, slotId);
    const me = await manager.findOneBy(Participant, { id: participantId, eventId, status: ParticipantStatus.Validated });
    if (!me) throw notFound('Participant');
    if (absentIn(me, slot, days)) throw conflict(`${personName(me)} is marked absent at that time`);
    if (await manager.existsBy(MeetingSeat, { participantId, slotId })) throw conflict(`${personName(me)} already has a meeting at that time`);
    const type = await manager.findOneByOrFail(ParticipantType, { id: me.participantTypeId });
    const busy = new Set((await manager.find(MeetingSeat, { where: { slotId }, select: { participantId: true } })).map((seat) => seat.participantId));
    const alreadyMeeting = new Set(
      (
        (await manager.query(
          `SELECT DISTINCT unnest(participant_ids) AS id FROM meeting WHERE event_id = $1 AND status = 'scheduled' AND $2 = ANY(participant_ids)`,
          [eventId, participantId],
        )) as Array<{ id: string }>
      ).map((row) => row.id),
    );
    const present = (await manager.findBy(Participant, { eventId, status: ParticipantStatus.Validated, participantTypeId: In(type.canMeet.length > 0 ? type.canMeet : ['00000000-0000-0000-0000-000000000000']) })).filter(
      (other) => other.id !== participantId && other.checkedInAt && !absentIn(other, slot, days) && !busy.has(other.id) && !alreadyMeeting.has(other.id),
    );
    if (present.length === 0) return [];
    const requests = await manager.find(MeetingRequest, {
      where: [
        { eventId, requesterId: participantId, recipientId: In(present.map((p) => p.id)) },
        { eventId, recipientId: participantId, requesterId: In(present.map((p) => p.id)) },
      ],
    });
    const recommended = new Map((await this.recommendations.recommend(eventId, participantId, 50)).map((row) => [row.participant.id, row.reason]));
    const proposals = present.flatMap((other): RebookingProposal[] => {
      const between = requests.filter((r) => r.requesterId === other.id || r.recipientId === other.id);
      const pending = between.find((r) => r.status === MeetingRequestStatus.Pending);
      const declined = between.find((r) => r.status === MeetingRequestStatus.Declined);
      const base = { participantId: other.id, name: personName(other), organisationName: other.organisation.name, country: other.organisation.country };
      if (pending) return [{ ...base, reason: 'pending-request', detail: pending.requesterId === participantId ? 'your request is still unanswered' : 'asked to meet you; not answered yet' }];
      if (declined) return [{ ...base, reason: 'declined-request', detail: declined.declineReason ? `declined earlier: ${declined.declineReason}` : 'declined earlier, perhaps for lack of time' }];
      if (recommended.has(other.id)) return [{ ...base, reason: 'recommended', detail: recommended.get(other.id)! }];
      if (other.standby) return [{ ...base, reason: 'standby', detail: 'on the standby list for spontaneous meetings' }];
      return [];
    });
    return proposals.sort((a, b) => ORDER.indexOf(a.reason) - ORDER.indexOf(b.reason) || a.name.localeCompare(b.name)).slice(0, MAX_PROPOSALS);
  }
}
