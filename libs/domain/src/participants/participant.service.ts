import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager, Repository } from 'typeorm';
import { EventRole, ParticipantStatus } from '@clustermeet/contracts';
import { Event, EventMember, OutboxEmail, Participant, ParticipantType, User } from '@clustermeet/database';
import { Actor } from '../auth/actor';
import { AuthService } from '../auth/auth.service';
import { ALL_STAFF, EventAccessService, MANAGERS } from '../auth/event-access.service';
import { conflict, forbidden, isUniqueViolation, notFound } from '../common/errors';
import { OutboxService } from '../email/outbox.service';
import { LiveUpdatesService } from '../live/live-updates.service';
import { isRegistrationOpen } from '../events/event.service';
import { DecisionDto, ParticipantListQueryDto, ProfileInputDto, RegistrationDto } from './profile.dto';
import { participantView, profileColumns, profileProblems, replaceItems } from './profile-rules';
import { refreshSearchDocuments } from '@clustermeet/database';

export const PRIVACY_TERMS_VERSION = '2026-11';

export interface NewParticipant {
  input: ProfileInputDto;
  recruitedByOrganisationId: string;
  registeredByUserId: string | null;
  consentedAt: Date | null;
}

@Injectable()
export class ParticipantService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: EventAccessService,
    private readonly auth: AuthService,
    private readonly outbox: OutboxService,
    private readonly live: LiveUpdatesService,
    @InjectRepository(Event) private readonly events: Repository<Event>,
    @InjectRepository(Participant) private readonly participants: Repository<Participant>,
    @InjectRepository(ParticipantType) private readonly types: Repository<ParticipantType>,
  ) {}

  /** Self-registration: the participant gets a sign-in link to complete the profile. */
  async register(eventId: string, input: RegistrationDto) {
    const event = await this.events.findOneBy({ id: eventId });
    if (!event) throw notFound('Event');
    if (!isRegistrationOpen(event)) throw forbidden('Registration for this event is closed');
    const { participant, emails } = await this.dataSource.transaction(async (manager) => {
      const created = await this.insert(manager, event, { input, recruitedByOrganisationId: event.organisationId, registeredByUserId: null, consentedAt: new Date() });
      const link = await this.auth.createSignInLink(manager, created.id);
      const email = await this.outbox.write(
        { template: 'sign-in-link', to: created.email, eventId, data: { firstName: created.firstName, eventName: event.name, link, validHours: this.auth.linkTtlHours() } },
        manager,
      );
      return { participant: created, emails: [email] };
    });
    await this.outbox.dispatch(emails);
    this.live.bookingStatusChanged(eventId);
    return { participantId: participant.id };
  }

  /** An organiser or co-organiser registers someone; the participant is invited by email. */
  async registerOnBehalf(actor: Actor, eventId: string, input: ProfileInputDto) {
    const { event, member } = await this.access.requireStaff(actor, eventId, MANAGERS);
    const { participant, emails } = await this.dataSource.transaction(async (manager) => {
      const created = await this.insert(manager, event, { input, recruitedByOrganisationId: member.organisationId, registeredByUserId: member.userId, consentedAt: null });
      return { participant: created, emails: [await this.writeInvitation(manager, event, member, created)] };
    });
    await this.outbox.dispatch(emails);
    this.live.bookingStatusChanged(eventId);
    return participantView(participant, participant.items);
  }

  async insert(manager: EntityManager, event: Event, created: NewParticipant): Promise<Participant> {
    const types = await manager.findBy(ParticipantType, { eventId: event.id });
    const problems = profileProblems(event, types, created.input);
    if (problems.length > 0) throw new BadRequestException(problems);
    const row = manager.create(Participant, {
      ...profileColumns(created.input),
      eventId: event.id,
      email: created.input.email,
      status: ParticipantStatus.Pending,
      recruitedByOrganisationId: created.recruitedByOrganisationId,
      registeredByUserId: created.registeredByUserId,
      consentedAt: created.consentedAt,
      consentVersion: created.consentedAt ? PRIVACY_TERMS_VERSION : null,
    });
    let participant: Participant;
    try {
      // A savepoint keeps the surrounding transaction usable after a duplicate.
      participant = await manager.transaction((inner) => inner.save(row));
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict(`${created.input.email} is already registered for this event; use the sign-in page to get a link`);
      throw error;
    }
    participant.items = await replaceItems(manager, participant, created.input.offers, created.input.seeks);
    await refreshSearchDocuments(manager, [participant.id]);
    return participant;
  }

  async writeInvitation(manager: EntityManager, event: Event, member: EventMember, participant: Participant): Promise<OutboxEmail> {
    // One transaction is one connection: its queries run one after another, never in parallel.
    const organiser = await manager.findOneByOrFail(User, { id: member.userId });
    const link = await this.auth.createSignInLink(manager, participant.id);
    return this.outbox.write(
      {
        template: 'invitation',
        to: participant.email,
        eventId: event.id,
        data: { firstName: participant.firstName, eventName: event.name, organiserName: organiser.name, link, validHours: this.auth.linkTtlHours() },
      },
      manager,
    );
  }

  async list(actor: Actor, eventId: string, query: ParticipantListQueryDto) {
    const { member } = await this.access.requireStaff(actor, eventId, ALL_STAFF);
    const builder = this.participants
      .createQueryBuilder('participant')
      .leftJoinAndSelect('participant.items', 'item')
      .where('participant.eventId = :eventId', { eventId })
      .orderBy('participant.createdAt', 'DESC');
    if (member.role === EventRole.CoOrganiser) builder.andWhere('participant.recruitedByOrganisationId = :org', { org: member.organisationId });
    if (query.status) builder.andWhere('participant.status = :status', { status: query.status });
    if (query.search) {
      const pattern = `%${query.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      builder.andWhere(
        new Brackets((where) =>
          where
            .where("participant.firstName || ' ' || participant.lastName ILIKE :pattern", { pattern })
            .orWhere('participant.email ILIKE :pattern')
            .orWhere('participant.organisation.name ILIKE :pattern'),
        ),
      );
    }
    return (await builder.getMany()).map((participant) => participantView(participant));
  }

  async get(actor: Actor, eventId: string, participantId: string) {
    const { member } = await this.access.requireStaff(actor, eventId, ALL_STAFF);
    return participantView(await this.findScoped(member, eventId, participantId));
  }

  async decide(actor: Actor, eventId: string, participantId: string, input: DecisionDto) {
    const { event, member } = await this.access.requireStaff(actor, eventId, MANAGERS);
    const participant = await this.findScoped(member, eventId, participantId);
    const status = { validate: ParticipantStatus.Validated, reject: ParticipantStatus.Rejected, request_changes: ParticipantStatus.ChangesRequested }[input.decision];
    const reason = input.decision === 'validate' ? '' : (input.reason ?? '');
    const emails = await this.dataSource.transaction(async (manager) => {
      await manager.update(Participant, { id: participant.id }, { status, statusReason: reason });
      const base = { firstName: participant.firstName, eventName: event.name };
      const to = participant.email;
      if (input.decision === 'validate') {
        return [await this.outbox.write({ template: 'profile-validated', to, eventId, data: { ...base, link: await this.auth.createSignInLink(manager, participant.id) } }, manager)];
      }
      if (input.decision === 'reject') return [await this.outbox.write({ template: 'profile-rejected', to, eventId, data: { ...base, reason } }, manager)];
      return [await this.outbox.write({ template: 'profile-changes-requested', to, eventId, data: { ...base, reason, link: await this.auth.createSignInLink(manager, participant.id) } }, manager)];
    });
    await this.outbox.dispatch(emails);
    this.live.bookingStatusChanged(eventId);
    return participantView({ ...participant, status, statusReason: reason } as Participant);
  }

  /** Co-organisers see only the participants their organisation recruited; others get 404. */
  private async findScoped(member: EventMember, eventId: string, participantId: string): Promise<Participant> {
    const participant = await this.participants.findOne({ where: { id: participantId, eventId }, relations: { items: true } });
    if (!participant) throw notFound('Participant');
    if (member.role === EventRole.CoOrganiser && participant.recruitedByOrganisationId !== member.organisationId) throw notFound('Participant');
    return participant;
  }
}
