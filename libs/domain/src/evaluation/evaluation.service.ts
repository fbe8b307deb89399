import { BadRequestException, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, LessThanOrEqual } from 'typeorm';
import { ParticipantStatus } from '@clustermeet/contracts';
import { Evaluation, Event, Meeting, MeetingFeedback, OutboxEmail, Participant, Slot } from '@clustermeet/database';
import { Actor } from '../auth/actor';
import { AuthService } from '../auth/auth.service';
import { EventAccessService } from '../auth/event-access.service';
import { conflict, notFound } from '../common/errors';
import { OutboxService } from '../email/outbox.service';
import { formatSlot } from '../matchmaking/meeting-placement.service';
import { EvaluationAnswersDto, MeetingFeedbackDto, MeetingOutcomeDto } from './evaluation.dto';

const EVALUATION_PAGE = '/me/evaluations';
const REMIND_AFTER_DAYS = 5;
const DAY = 86_400_000;
/** Meetings that can be rated: placed and not cancelled (a no-show is rated "did not take place"). */
const RATEABLE: Meeting['status'][] = ['scheduled', 'no_show'];

interface Round {
  round: number;
  dueAt: Date;
  months: number;
}

/**
 * After the event: each participant rates their meetings (privately), answers the first evaluation
 * and the follow-ups months later, and can update what came of a meeting at any time. A timed job
 * sends each round once per person: the unique (event, participant, round) row and its email are
 * written in one transaction, so a retried or doubled job cannot send twice.
 */
@Injectable()
export class EvaluationService {
  private readonly logger = new Logger(EvaluationService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: EventAccessService,
    private readonly auth: AuthService,
    private readonly outbox: OutboxService,
  ) {}

  /** The timed job: due rounds and reminders for every event. */
  async sendDue(now = new Date()): Promise<{ invited: number; reminded: number }> {
    const events = await this.dataSource.manager.find(Event, { where: { evaluationOpensAt: LessThanOrEqual(now) } });
    let invited = 0;
    let reminded = 0;
    for (const event of events) {
      for (const round of rounds(event).filter((r) => r.dueAt <= now)) invited += await this.invite(event, round);
      reminded += await this.remind(event, now);
    }
    if (invited + reminded > 0) this.logger.log({ msg: 'evaluation emails queued', invited, reminded });
    return { invited, reminded };
  }

  async mine(actor: Actor) {
    const me = this.access.requireParticipant(actor);
    const manager = this.dataSource.manager;
    const event = await manager.findOneByOrFail(Event, { id: me.eventId });
    const evaluations = await manager.find(Evaluation, { where: { participantId: me.participantId }, order: { round: 'ASC' } });
    const meetings = await this.meetingsOf(manager, me.eventId, me.participantId);
    const feedback = new Map((await manager.findBy(MeetingFeedback, { participantId: me.participantId })).map((row) => [row.meetingId, row]));
    const people = await this.people(manager, meetings);
    const slots = new Map((await manager.findBy(Slot, { eventId: me.eventId })).map((slot) => [slot.id, slot]));
    const participant = await manager.findOneByOrFail(Participant, { id: me.participantId });
    return {
      eventName: event.name,
      questions: event.evaluationQuestions,
      emailsStopped: participant.evaluationOptOutAt !== null,
      rounds: evaluations.map(({ round, sentAt, answeredAt, answers }) => ({ round, sentAt, answeredAt, answers })),
      meetings: meetings.map((meeting) => {
        const mine = feedback.get(meeting.id);
        const slot = slots.get(meeting.slotId!);
        return {
          id: meeting.id,
          startsAt: slot?.startsAt ?? null,
          status: meeting.status,
          partners: meeting.participantIds.filter((id) => id !== me.participantId).map((id) => people.get(id)).filter((p): p is Participant => Boolean(p)).map(partnerView),
          feedback: mine ? feedbackView(mine) : null,
        };
      }),
    };
  }

  async rate(actor: Actor, meetingId: string, input: MeetingFeedbackDto) {
    const { me, meeting } = await this.ownMeeting(actor, meetingId);
    const slot = await this.dataSource.manager.findOneByOrFail(Slot, { id: meeting.slotId! });
    if (slot.startsAt > new Date()) throw conflict('You can rate a meeting once it has started');
    return feedbackView(await this.upsert(me.eventId, me.participantId, meetingId, { ...input }));
  }

  /** "What came of it": allowed any time after the meeting ("we signed in March"). */
  async recordOutcome(actor: Actor, meetingId: string, input: MeetingOutcomeDto) {
    const { me } = await this.ownMeeting(actor, meetingId);
    return feedbackView(
      await this.upsert(me.eventId, me.participantId, meetingId, {
        outcome: input.outcome,
        outcomeKinds: input.outcome === 'none' ? [] : (input.kinds ?? []),
        outcomeValueEur: input.outcome === 'none' ? null : (input.valueEur ?? null),
        outcomeNote: input.note ?? '',
        outcomeUpdatedAt: new Date(),
      }),
    );
  }

  async answer(actor: Actor, round: number, input: EvaluationAnswersDto) {
    const me = this.access.requireParticipant(actor);
    const manager = this.dataSource.manager;
    const evaluation = await manager.findOneBy(Evaluation, { participantId: me.participantId, round });
    if (!evaluation) throw notFound('Evaluation');
    const event = await manager.findOneByOrFail(Event, { id: me.eventId });
    const known = new Set(event.evaluationQuestions.map((question) => question.key));
    const unknown = Object.keys(input.answers).filter((key) => !known.has(key));
    if (unknown.length > 0) throw new BadRequestException(`answers: unknown question(s) ${unknown.join(', ')}`);
    const missing = event.evaluationQuestions.filter((q) => q.required && (input.answers[q.key] === undefined || input.answers[q.key] === ''));
    if (missing.length > 0) throw new BadRequestException(`answers: please answer ${missing.map((q) => `"${q.label}"`).join(', ')}`);
    await manager.update(Evaluation, { id: evaluation.id }, { answers: input.answers, answeredAt: evaluation.answeredAt ?? new Date() });
    return { round, answeredAt: evaluation.answeredAt ?? new Date() };
  }

  /** Withdrawing consent stops every later round and reminder; answers already given stay counted. */
  async stopEmails(actor: Actor, stop: boolean) {
    const me = this.access.requireParticipant(actor);
    await this.dataSource.manager.update(Participant, { id: me.participantId }, { evaluationOptOutAt: stop ? new Date() : null });
    return { emailsStopped: stop };
  }

  private async invite(event: Event, round: Round): Promise<number> {
    const emails = await this.dataSource.transaction(async (manager) => {
      const recipients = await this.recipients(manager, event.id);
      if (recipients.length === 0) return [];
      // Only rows this run inserted get an email: a parallel or repeated run inserts none.
      const inserted = (await manager
        .createQueryBuilder()
        .insert()
        .into(Evaluation)
        .values(recipients.map((participant) => ({ eventId: event.id, participantId: participant.id, round: round.round, sentAt: new Date() })))
        .orIgnore()
        .returning(['participantId'])
        .execute()).raw as Array<{ participant_id: string }>;
      const fresh = new Set(inserted.map((row) => row.participant_id));
      const rows: OutboxEmail[] = [];
      for (const participant of recipients.filter((p) => fresh.has(p.id))) {
        const meetings = await this.meetingsOf(manager, event.id, participant.id);
        const people = await this.people(manager, meetings);
        const slots = new Map((await manager.findBy(Slot, { id: In(meetings.map((m) => m.slotId!).concat('00000000-0000-0000-0000-000000000000')) })).map((s) => [s.id, s]));
        rows.push(
          await this.outbox.write(
            {
              template: 'evaluation-invitation',
              to: participant.email,
              eventId: event.id,
              data: {
                firstName: participant.firstName,
                eventName: event.name,
                followUp: round.round > 0,
                months: round.months,
                meetings: meetings.map((m) => ({
                  when: slots.get(m.slotId!) ? formatSlot(slots.get(m.slotId!)!, event.timeZone) : '',
                  partners: m.participantIds.filter((id) => id !== participant.id).map((id) => people.get(id)).filter((p): p is Participant => Boolean(p)).map((p) => `${p.firstName} ${p.lastName}, ${p.organisation.name}`).join('; '),
                })),
                link: await this.auth.createSignInLink(manager, participant.id, EVALUATION_PAGE),
              },
            },
            manager,
          ),
        );
      }
      return rows;
    });
    await this.outbox.dispatch(emails);
    return emails.length;
  }

  private async remind(event: Event, now: Date): Promise<number> {
    const emails = await this.dataSource.transaction(async (manager) => {
      // Claimed by the UPDATE itself, so two runs cannot remind the same person twice.
      const claimed = (await manager.query(
        `WITH due AS (
           SELECT e.id FROM evaluation e JOIN participant p ON p.id = e.participant_id
           WHERE e.event_id = $1 AND e.answered_at IS NULL AND e.reminded_at IS NULL AND e.sent_at <= $2
             AND p.evaluation_opt_out_at IS NULL AND p.status = 'validated'
           FOR UPDATE OF e SKIP LOCKED
         )
         UPDATE evaluation SET reminded_at = $3 FROM due WHERE evaluation.id = due.id RETURNING evaluation.participant_id, evaluation.round`,
        [event.id, new Date(now.getTime() - REMIND_AFTER_DAYS * DAY), now],
      )) as [Array<{ participant_id: string; round: number }>, number];
      const rows: OutboxEmail[] = [];
      for (const { participant_id: participantId, round } of claimed[0]) {
        const participant = await manager.findOneByOrFail(Participant, { id: participantId });
        rows.push(
          await this.outbox.write(
            {
              template: 'evaluation-reminder',
              to: participant.email,
              eventId: event.id,
              data: { firstName: participant.firstName, eventName: event.name, followUp: round > 0, link: await this.auth.createSignInLink(manager, participant.id, EVALUATION_PAGE) },
            },
            manager,
          ),
        );
      }
      return rows;
    });
    await this.outbox.dispatch(emails);
    return emails.length;
  }

  /** Validated participants who still consent and had at least one meeting. */
  private async recipients(manager: EntityManager, eventId: string): Promise<Participant[]> {
    return manager
      .createQueryBuilder(Participant, 'p')
      .where('p.event_id = :eventId AND p.status = :validated AND p.consented_at IS NOT NULL AND p.evaluation_opt_out_at IS NULL', { eventId, validated: ParticipantStatus.Validated })
      .andWhere(`EXISTS (SELECT 1 FROM meeting m WHERE m.event_id = p.event_id AND p.id = ANY(m.participant_ids) AND m.status IN ('scheduled', 'no_show'))`)
      .getMany();
  }

  private async meetingsOf(manager: EntityManager, eventId: string, participantId: string): Promise<Meeting[]> {
    const meetings = await manager
      .createQueryBuilder(Meeting, 'm')
      .innerJoin(Slot, 's', 's.id = m.slot_id')
      .where('m.event_id = :eventId AND :participantId = ANY(m.participant_ids) AND m.status IN (:...statuses)', { eventId, participantId, statuses: RATEABLE })
      .orderBy('s.starts_at', 'ASC')
      .getMany();
    return meetings;
  }

  private async people(manager: EntityManager, meetings: Meeting[]): Promise<Map<string, Participant>> {
    const ids = [...new Set(meetings.flatMap((m) => m.participantIds))];
    return new Map((ids.length > 0 ? await manager.findBy(Participant, { id: In(ids) }) : []).map((p) => [p.id, p]));
  }

  private async ownMeeting(actor: Actor, meetingId: string) {
    const me = this.access.requireParticipant(actor);
    const meeting = await this.dataSource.manager.findOneBy(Meeting, { id: meetingId, eventId: me.eventId });
    if (!meeting || !meeting.participantIds.includes(me.participantId) || !RATEABLE.includes(meeting.status)) throw notFound('Meeting');
    return { me, meeting };
  }

  private async upsert(eventId: string, participantId: string, meetingId: string, values: Partial<MeetingFeedback>): Promise<MeetingFeedback> {
    const repository = this.dataSource.getRepository(MeetingFeedback);
    await repository.upsert({ eventId, participantId, meetingId, ...values }, { conflictPaths: ['meetingId', 'participantId'] });
    return repository.findOneByOrFail({ meetingId, participantId });
  }
}

/** Round 0 at the evaluation date, then one per follow-up month. */
export function rounds(event: Event): Round[] {
  if (!event.evaluationOpensAt) return [];
  const first = event.evaluationOpensAt;
  return [
    { round: 0, dueAt: first, months: 0 },
    ...event.followUpMonths.map((months, index) => {
      const due = new Date(first);
      due.setUTCMonth(due.getUTCMonth() + months);
      return { round: index + 1, dueAt: due, months };
    }),
  ];
}

function partnerView(participant: Participant) {
  return { participantId: participant.id, name: `${participant.firstName} ${participant.lastName}`, organisationName: participant.organisation.name, country: participant.organisation.country };
}

function feedbackView(row: MeetingFeedback) {
  return {
    held: row.held,
    interesting: row.interesting,
    collaboration: row.collaboration,
    note: row.note,
    outcome: row.outcome,
    outcomeKinds: row.outcomeKinds,
    outcomeValueEur: row.outcomeValueEur,
    outcomeNote: row.outcomeNote,
    outcomeUpdatedAt: row.outcomeUpdatedAt,
    updatedAt: row.updatedAt,
  };
}
