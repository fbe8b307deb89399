import { BadRequestException, ForbiddenException, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager, In, Repository } from 'typeorm';
import { BookingMode, EmailPreference, MeetingFormat, MeetingRequestStatus, ParticipantStatus } from '@clustermeet/contracts';
import { Event, MeetingRequest, OutboxEmail, Participant, ParticipantType, Slot } from '@clustermeet/database';
import { Actor } from '../auth/actor';
import { AuthService } from '../auth/auth.service';
import { EventAccessService } from '../auth/event-access.service';
import { conflict, isUniqueViolation, notFound } from '../common/errors';
import { OutboxService } from '../email/outbox.service';
import { LiveUpdatesService } from '../live/live-updates.service';
import { publicProfile } from './directory.service';
import { MeetingPlacementService } from './meeting-placement.service';
import { NotificationService } from './notification.service';
import { CreateMeetingRequestDto, DeclineMeetingRequestDto, MeetingRequestListQueryDto } from './meeting-request.dto';

const OPEN = [MeetingRequestStatus.Pending, MeetingRequestStatus.Accepted];
const REQUESTS_PAGE = '/me/requests';
const HOUR = 3_600_000;

export function isBookingOpen(event: Event, now = new Date()): boolean {
  return !(event.bookingOpensAt && now < event.bookingOpensAt) && !(event.bookingClosesAt && now > event.bookingClosesAt);
}

/**
 * Requests between participants: every rule is checked on the server (booking window, validated
 * profiles, who may meet whom, quotas, one open request per pair), and the database has the last
 * word wherever two clicks could race.
 */
@Injectable()
export class MeetingRequestService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: EventAccessService,
    private readonly auth: AuthService,
    private readonly outbox: OutboxService,
    private readonly placement: MeetingPlacementService,
    private readonly notifications: NotificationService,
    private readonly live: LiveUpdatesService,
    @InjectRepository(MeetingRequest) private readonly requests: Repository<MeetingRequest>,
  ) {}

  async create(actor: Actor, eventId: string, input: CreateMeetingRequestDto) {
    const me = this.access.requireParticipant(actor);
    if (me.eventId !== eventId) throw notFound('Event');
    const { request, people, emails } = await this.dataSource.transaction(async (manager) => {
      const event = await manager.findOneByOrFail(Event, { id: eventId });
      if (!isBookingOpen(event)) throw new ForbiddenException('Meeting booking is not open for this event');
      // Loaded with their marketplace items: the answer shows both profiles, without reading them again.
      const people = await this.loadPeople(manager, eventId, [me.participantId, input.recipientId, ...(input.colleagueId ? [input.colleagueId] : [])], true);
      const requester = people.get(me.participantId)!;
      const recipient = people.get(input.recipientId);
      if (!recipient) throw notFound('Participant');
      if (recipient.id === requester.id) throw new BadRequestException('You cannot request a meeting with yourself');
      if (requester.status !== ParticipantStatus.Validated) throw new ForbiddenException('Your profile must be validated by the organisers before you request meetings');
      if (recipient.status !== ParticipantStatus.Validated) throw notFound('Participant');
      const colleague = input.colleagueId ? this.checkColleague(people.get(input.colleagueId), requester, recipient) : undefined;
      await this.checkTypesAndQuotas(manager, event, requester, recipient, input.highPriority ?? false);
      const proposedSlotId = await this.checkProposedSlot(manager, event, input.proposedSlotId, [requester, recipient, ...(colleague ? [colleague] : [])]);
      let saved: MeetingRequest;
      try {
        saved = await manager.save(
          manager.create(MeetingRequest, {
            eventId,
            requesterId: requester.id,
            recipientId: recipient.id,
            colleagueId: colleague?.id ?? null,
            message: input.message ?? '',
            format: input.format ?? MeetingFormat.Either,
            highPriority: input.highPriority ?? false,
            proposedSlotId,
            expiresAt: new Date(Date.now() + event.requestExpiryHours * HOUR),
          }),
        );
      } catch (error) {
        if (isUniqueViolation(error)) throw conflict(`You already have an open meeting request with ${recipient.firstName} ${recipient.lastName}`);
        throw error;
      }
      await this.notifications.write(manager, [
        { participantId: recipient.id, kind: 'request-received', subjectId: saved.id, text: `${fullName(requester)} (${requester.organisation.name}) asks to meet you` },
      ]);
      const written = recipient.emailPreference === EmailPreference.Instant ? [await this.writeReceivedEmail(manager, event, saved, requester, recipient)] : [];
      return { request: saved, people, emails: written };
    });
    await this.outbox.dispatch(emails);
    this.live.bookingStatusChanged(eventId);
    this.live.notified([request.recipientId]);
    return this.viewOf(request, me.participantId, new Map([...people].map(([id, person]) => [id, publicProfile(person)])));
  }

  async list(actor: Actor, query: MeetingRequestListQueryDto) {
    const me = this.access.requireParticipant(actor);
    const builder = this.requests.createQueryBuilder('request').where('request.eventId = :eventId', { eventId: me.eventId }).orderBy('request.createdAt', 'DESC');
    if (query.direction === 'sent') builder.andWhere('request.requesterId = :me', { me: me.participantId });
    else if (query.direction === 'received') builder.andWhere('request.recipientId = :me', { me: me.participantId });
    else builder.andWhere(new Brackets((where) => where.where('request.requesterId = :me', { me: me.participantId }).orWhere('request.recipientId = :me').orWhere('request.colleagueId = :me')));
    if (query.status) builder.andWhere('request.status = :status', { status: query.status });
    const rows = await builder.getMany();
    return this.views(rows, me.participantId);
  }

  async accept(actor: Actor, requestId: string) {
    const me = this.access.requireParticipant(actor);
    const { emails, request } = await this.dataSource.transaction(async (manager) => {
      const request = await this.lockForAnswer(manager, requestId, me.participantId);
      const event = await manager.findOneByOrFail(Event, { id: request.eventId });
      const ids = [request.requesterId, request.recipientId, ...(request.colleagueId ? [request.colleagueId] : [])];
      // Accepts touching the same people run one after another, so meeting quotas cannot be overshot.
      for (const id of [...ids].sort()) await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`meetings:${id}`]);
      const people = await this.loadPeople(manager, request.eventId, ids);
      await this.checkMeetingQuota(manager, people.get(request.recipientId)!);
      await this.checkMeetingQuota(manager, people.get(request.requesterId)!);
      let when = 'The organisers will place the meeting in your agenda when they schedule the day.';
      if (event.bookingMode === BookingMode.SelfBooking && request.proposedSlotId) {
        const placed = await this.placement.place(manager, event, request, [...people.values()]);
        when = `Time: ${placed.when}. Place: ${placed.where}.`;
      }
      await manager.update(MeetingRequest, { id: request.id }, { status: MeetingRequestStatus.Accepted, respondedAt: new Date() });
      const requester = people.get(request.requesterId)!;
      const recipient = people.get(request.recipientId)!;
      await this.notifications.write(manager, [{ participantId: requester.id, kind: 'request-accepted', subjectId: request.id, text: `${fullName(recipient)} accepted your meeting request` }]);
      const link = await this.auth.createSignInLink(manager, requester.id, REQUESTS_PAGE);
      const written = [
        await this.outbox.write(
          { template: 'meeting-request-accepted', to: requester.email, eventId: event.id, data: { firstName: requester.firstName, eventName: event.name, recipientName: fullName(recipient), recipientOrganisation: recipient.organisation.name, when, link } },
          manager,
        ),
      ];
      return { emails: written, request };
    });
    await this.outbox.dispatch(emails);
    this.afterAnswer(request);
    return this.view(requestId, me.participantId);
  }

  async decline(actor: Actor, requestId: string, input: DeclineMeetingRequestDto) {
    const me = this.access.requireParticipant(actor);
    const { emails, request } = await this.dataSource.transaction(async (manager) => {
      const request = await this.lockForAnswer(manager, requestId, me.participantId);
      await manager.update(MeetingRequest, { id: request.id }, { status: MeetingRequestStatus.Declined, declineReason: input.reason ?? '', respondedAt: new Date() });
      const event = await manager.findOneByOrFail(Event, { id: request.eventId });
      const requester = await manager.findOneByOrFail(Participant, { id: request.requesterId });
      const recipient = await manager.findOneByOrFail(Participant, { id: request.recipientId });
      await this.notifications.write(manager, [{ participantId: requester.id, kind: 'request-declined', subjectId: request.id, text: `${fullName(recipient)} declined your meeting request` }]);
      const link = await this.auth.createSignInLink(manager, requester.id, '/directory');
      const written = [
        await this.outbox.write(
          { template: 'meeting-request-declined', to: requester.email, eventId: event.id, data: { firstName: requester.firstName, eventName: event.name, recipientName: fullName(recipient), recipientOrganisation: recipient.organisation.name, reason: input.reason ?? '', link } },
          manager,
        ),
      ];
      return { emails: written, request };
    });
    await this.outbox.dispatch(emails);
    this.afterAnswer(request);
    return this.view(requestId, me.participantId);
  }

  /** The requester takes a request back; a meeting already placed for it is cancelled, freeing the slot. */
  async withdraw(actor: Actor, requestId: string) {
    const me = this.access.requireParticipant(actor);
    await this.dataSource.transaction(async (manager) => {
      const request = await manager.findOne(MeetingRequest, { where: { id: requestId, requesterId: me.participantId }, lock: { mode: 'pessimistic_write' } });
      if (!request) throw notFound('Meeting request');
      if (!OPEN.includes(request.status)) throw conflict(`This request is already ${request.status}`);
      await manager.update(MeetingRequest, { id: request.id }, { status: MeetingRequestStatus.Withdrawn });
      await this.placement.cancelForRequest(manager, request.id);
    });
    this.live.bookingStatusChanged(me.eventId);
    return this.view(requestId, me.participantId);
  }

  /** After an answer commits: the organisers' counters changed and the requester has news. */
  private afterAnswer(request: MeetingRequest): void {
    this.live.bookingStatusChanged(request.eventId);
    this.live.notified([request.requesterId]);
  }

  private async lockForAnswer(manager: EntityManager, requestId: string, recipientId: string): Promise<MeetingRequest> {
    const request = await manager.findOne(MeetingRequest, { where: { id: requestId, recipientId }, lock: { mode: 'pessimistic_write' } });
    if (!request) throw notFound('Meeting request');
    if (request.status !== MeetingRequestStatus.Pending) throw conflict(`This request is already ${request.status}`);
    if (request.expiresAt < new Date()) throw conflict('This request has expired');
    return request;
  }

  private async loadPeople(manager: EntityManager, eventId: string, ids: string[], withItems = false): Promise<Map<string, Participant>> {
    const rows = await manager.find(Participant, { where: { eventId, id: In(ids) }, relations: { items: withItems } });
    return new Map(rows.map((row) => [row.id, row]));
  }

  private checkColleague(colleague: Participant | undefined, requester: Participant, recipient: Participant): Participant {
    if (!colleague || colleague.status !== ParticipantStatus.Validated) throw notFound('Colleague');
    if (colleague.id === requester.id || colleague.id === recipient.id) throw new BadRequestException('The colleague must be a third person');
    if (colleague.organisation.name.trim().toLowerCase() !== requester.organisation.name.trim().toLowerCase()) {
      throw new BadRequestException(`${fullName(colleague)} is not from your organisation (${requester.organisation.name})`);
    }
    return colleague;
  }

  private async checkTypesAndQuotas(manager: EntityManager, event: Event, requester: Participant, recipient: Participant, highPriority: boolean) {
    const types = new Map((await manager.findBy(ParticipantType, { eventId: event.id })).map((type) => [type.id, type]));
    const requesterType = types.get(requester.participantTypeId)!;
    const recipientType = types.get(recipient.participantTypeId)!;
    if (!requesterType.canMeet.includes(recipientType.id)) {
      throw new ForbiddenException(`At this event, participants of type ${requesterType.name} cannot request meetings with type ${recipientType.name}`);
    }
    // Serialise one requester's requests so two quick clicks cannot both pass the quota.
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`requests:${requester.id}`]);
    if (requesterType.maxRequests !== null) {
      const sent = await manager.countBy(MeetingRequest, { requesterId: requester.id, status: In(OPEN) });
      if (sent >= requesterType.maxRequests) throw conflict(`You have reached the limit of ${requesterType.maxRequests} open requests for ${requesterType.name} participants`);
    }
    if (highPriority) {
      const prioritised = await manager.countBy(MeetingRequest, { requesterId: requester.id, status: In(OPEN), highPriority: true });
      if (prioritised >= event.maxHighPriorityRequests) throw conflict(`You can mark at most ${event.maxHighPriorityRequests} requests as high priority`);
    }
  }

  private async checkMeetingQuota(manager: EntityManager, participant: Participant) {
    const type = await manager.findOneByOrFail(ParticipantType, { id: participant.participantTypeId });
    if (type.maxMeetings === null) return;
    const accepted = await manager
      .createQueryBuilder(MeetingRequest, 'request')
      .where('request.status = :accepted', { accepted: MeetingRequestStatus.Accepted })
      .andWhere(new Brackets((where) => where.where('request.requesterId = :id', { id: participant.id }).orWhere('request.recipientId = :id')))
      .getCount();
    if (accepted >= type.maxMeetings) throw conflict(`${fullName(participant)} has reached the limit of ${type.maxMeetings} meetings`);
  }

  private async checkProposedSlot(manager: EntityManager, event: Event, slotId: string | undefined, people: Participant[]): Promise<string | null> {
    if (event.bookingMode !== BookingMode.SelfBooking) {
      if (slotId) throw new BadRequestException('This event schedules accepted requests centrally; do not propose a slot');
      return null;
    }
    if (!slotId) throw new BadRequestException('This event uses self-booking: propose one of your common free slots (proposedSlotId)');
    const slot = await manager.findOneBy(Slot, { id: slotId, eventId: event.id });
    if (!slot) throw notFound('Slot');
    const absent = people.filter((person) => person.unavailableSlotIds.includes(slotId));
    if (absent.length > 0) throw conflict(`${absent.map(fullName).join(' and ')} ${absent.length > 1 ? 'are' : 'is'} not present in that slot`);
    const busy = await this.placement.busyIn(manager, slotId, people.map((person) => person.id));
    if (busy.length > 0) throw conflict(`${people.filter((person) => busy.includes(person.id)).map(fullName).join(' and ')} already ${busy.length > 1 ? 'have' : 'has'} a meeting then`);
    return slotId;
  }

  private async writeReceivedEmail(manager: EntityManager, event: Event, request: MeetingRequest, requester: Participant, recipient: Participant): Promise<OutboxEmail> {
    const link = await this.auth.createSignInLink(manager, recipient.id, REQUESTS_PAGE);
    return this.outbox.write(
      {
        template: 'meeting-request-received',
        to: recipient.email,
        eventId: event.id,
        data: {
          firstName: recipient.firstName, eventName: event.name, requesterName: fullName(requester), requesterOrganisation: requester.organisation.name,
          message: request.message, link, expiresOn: request.expiresAt.toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
        },
      },
      manager,
    );
  }

  private async view(requestId: string, viewerId: string) {
    const [view] = await this.views([await this.requests.findOneByOrFail({ id: requestId })], viewerId);
    return view;
  }

  private async views(rows: MeetingRequest[], viewerId: string) {
    const ids = [...new Set(rows.flatMap((row) => [row.requesterId, row.recipientId, ...(row.colleagueId ? [row.colleagueId] : [])]))];
    const people = new Map((await this.dataSource.getRepository(Participant).find({ where: { id: In(ids) }, relations: { items: true } })).map((p) => [p.id, publicProfile(p)]));
    return rows.map((row) => this.viewOf(row, viewerId, people));
  }

  private viewOf(row: MeetingRequest, viewerId: string, people: Map<string, ReturnType<typeof publicProfile>>) {
    return {
      id: row.id,
      status: row.status,
      direction: row.requesterId === viewerId ? ('sent' as const) : ('received' as const),
      requester: people.get(row.requesterId),
      recipient: people.get(row.recipientId),
      colleague: row.colleagueId ? people.get(row.colleagueId) : null,
      message: row.message,
      format: row.format,
      highPriority: row.highPriority,
      proposedSlotId: row.proposedSlotId,
      declineReason: row.declineReason,
      createdAt: row.createdAt,
      respondedAt: row.respondedAt ?? null,
      expiresAt: row.expiresAt,
    };
  }
}

export const fullName = (participant: Pick<Participant, 'firstName' | 'lastName'>) => `${participant.firstName} ${participant.lastName}`;
