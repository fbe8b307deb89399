import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { DEFAULT_PARTICIPANT_TYPES, defaultTaxonomies, EventRole } from '@clustermeet/contracts';
import { Event, EventMember, Organisation, ParticipantType, Session, User } from '@clustermeet/database';
import { Actor } from '../auth/actor';
import { ALL_STAFF, EventAccessService } from '../auth/event-access.service';
import { conflict, notFound } from '../common/errors';
import { AuthService } from '../auth/auth.service';
import { AddMemberDto, CreateEventDto, UpdateEventDto } from './event.dto';

const PHASE_ORDER: [keyof Event, keyof Event, string][] = [
  ['registrationOpensAt', 'registrationClosesAt', 'registration must open before it closes'],
  ['bookingOpensAt', 'bookingClosesAt', 'meeting booking must open before it closes'],
  ['startsOn', 'endsOn', 'the event must start on or before its last day'],
];

@Injectable()
export class EventService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: EventAccessService,
    private readonly auth: AuthService,
    @InjectRepository(Event) private readonly events: Repository<Event>,
    @InjectRepository(EventMember) private readonly members: Repository<EventMember>,
    @InjectRepository(Session) private readonly sessions: Repository<Session>,
    @InjectRepository(ParticipantType) private readonly types: Repository<ParticipantType>,
  ) {}

  async create(actor: Actor, input: CreateEventDto) {
    if (actor.kind !== 'staff') throw new BadRequestException('Only staff accounts create events');
    const event = this.events.create({ ...this.toColumns(input), organisationId: actor.organisationId, taxonomies: defaultTaxonomies(), profileQuestions: [] });
    assertPhaseOrder(event);
    const saved = await this.dataSource.transaction(async (manager) => {
      const created = await manager.save(event);
      await manager.save(manager.create(EventMember, { eventId: created.id, userId: actor.userId, role: EventRole.Organiser, organisationId: actor.organisationId }));
      const types = await manager.save(DEFAULT_PARTICIPANT_TYPES.map((name) => manager.create(ParticipantType, { eventId: created.id, name, canMeet: [] })));
      // By default everybody may meet everybody; organisers narrow it in the matrix.
      const ids = types.map((type) => type.id);
      await manager.createQueryBuilder().update(ParticipantType).set({ canMeet: ids }).where({ eventId: created.id }).execute();
      return created;
    });
    return { ...saved, role: EventRole.Organiser };
  }

  async listForActor(actor: Actor) {
    if (actor.kind !== 'staff') return [];
    const rows = await this.members.find({ where: { userId: actor.userId }, relations: { event: true }, order: { createdAt: 'DESC' } });
    return rows.map(({ event, role }) => ({
      id: event!.id, name: event!.name, venue: event!.venue, timeZone: event!.timeZone, startsOn: event!.startsOn, endsOn: event!.endsOn, role,
    }));
  }

  async get(actor: Actor, eventId: string) {
    const { event, member } = await this.access.requireStaff(actor, eventId, ALL_STAFF);
    return { ...event, role: member.role };
  }

  async update(actor: Actor, eventId: string, input: UpdateEventDto) {
    const { event, member } = await this.access.requireStaff(actor, eventId, [EventRole.Organiser]);
    const { taxonomies, profileQuestions, evaluationQuestions, followUpMonths, ...rest } = input;
    Object.assign(event, this.toColumns(rest));
    if (taxonomies) event.taxonomies = taxonomies;
    if (profileQuestions) event.profileQuestions = uniqueKeys('profileQuestions', profileQuestions);
    if (evaluationQuestions) event.evaluationQuestions = uniqueKeys('evaluationQuestions', evaluationQuestions);
    if (followUpMonths) event.followUpMonths = [...new Set(followUpMonths)].sort((a, b) => a - b);
    assertPhaseOrder(event);
    await this.events.save(event);
    return { ...event, role: member.role };
  }

  /** Questionnaires are reused between editions: copy another event's evaluation questions into this one. */
  async copyEvaluationQuestions(actor: Actor, eventId: string, fromEventId: string) {
    const { event, member } = await this.access.requireStaff(actor, eventId, [EventRole.Organiser]);
    const { event: source } = await this.access.requireStaff(actor, fromEventId, [EventRole.Organiser]);
    event.evaluationQuestions = source.evaluationQuestions;
    await this.events.save(event);
    return { ...event, role: member.role };
  }

  async listMembers(actor: Actor, eventId: string) {
    await this.access.requireStaff(actor, eventId, [EventRole.Organiser]);
    const rows = await this.members.find({ where: { eventId }, relations: { user: true }, order: { createdAt: 'ASC' } });
    return rows.map(({ id, role, organisationId, user }) => ({ id, role, organisationId, userId: user!.id, name: user!.name, email: user!.email }));
  }

  /** Adds a helper or co-organiser; a new account gets the password the organiser hands over. */
  async addMember(actor: Actor, eventId: string, input: AddMemberDto) {
    const { event } = await this.access.requireStaff(actor, eventId, [EventRole.Organiser]);
    return this.dataSource.transaction(async (manager) => {
      let user = await manager.findOneBy(User, { email: input.email });
      if (!user) {
        if (!input.password) throw new BadRequestException('password is required to create a new account');
        const organisationId =
          input.role === EventRole.CoOrganiser && input.organisationName
            ? (await manager.save(manager.create(Organisation, { name: input.organisationName }))).id
            : event.organisationId;
        user = await this.auth.createStaffUser(manager, { email: input.email, name: input.name, password: input.password, organisationId });
      }
      if (await manager.existsBy(EventMember, { eventId, userId: user.id })) throw conflict(`${input.email} is already a member of this event`);
      const member = await manager.save(manager.create(EventMember, { eventId, userId: user.id, role: input.role, organisationId: user.organisationId }));
      return { id: member.id, role: member.role, organisationId: member.organisationId, userId: user.id, name: user.name, email: user.email };
    });
  }

  /** What anyone may see before registering: no participant data. */
  async publicView(eventId: string) {
    const event = await this.events.findOneBy({ id: eventId });
    if (!event) throw notFound('Event');
    const [types, sessions] = await Promise.all([
      this.types.find({ where: { eventId }, order: { name: 'ASC' } }),
      this.sessions.find({ where: { eventId }, relations: { slots: true }, order: { startsAt: 'ASC', slots: { startsAt: 'ASC' } } }),
    ]);
    return {
      id: event.id,
      name: event.name,
      venue: event.venue,
      timeZone: event.timeZone,
      languages: event.languages,
      registrationOpensAt: event.registrationOpensAt,
      registrationClosesAt: event.registrationClosesAt,
      startsOn: event.startsOn,
      endsOn: event.endsOn,
      registrationOpen: isRegistrationOpen(event),
      bookingMode: event.bookingMode,
      bookingOpensAt: event.bookingOpensAt,
      bookingClosesAt: event.bookingClosesAt,
      maxHighPriorityRequests: event.maxHighPriorityRequests,
      participantTypes: types.map(({ id, name }) => ({ id, name })),
      taxonomies: event.taxonomies,
      profileQuestions: event.profileQuestions,
      sessions: sessions.map(({ id, name, startsAt, endsAt, slots }) => ({
        id, name, startsAt, endsAt, slots: (slots ?? []).map((slot) => ({ id: slot.id, startsAt: slot.startsAt, endsAt: slot.endsAt })),
      })),
    };
  }

  private toColumns(input: Partial<CreateEventDto>): Partial<Event> {
    const dates = ['registrationOpensAt', 'registrationClosesAt', 'bookingOpensAt', 'bookingClosesAt', 'evaluationOpensAt'] as const;
    const columns: Partial<Event> = { ...input } as Partial<Event>;
    for (const key of dates) {
      if (input[key] !== undefined) columns[key] = input[key] ? new Date(input[key]) : null;
    }
    return columns;
  }
}

function uniqueKeys<Q extends { key: string }>(field: string, questions: Q[]): Q[] {
  const keys = questions.map((question) => question.key);
  const duplicate = keys.find((key, index) => keys.indexOf(key) !== index);
  if (duplicate) throw new BadRequestException(`${field}: the key "${duplicate}" is used twice`);
  return questions;
}

export function isRegistrationOpen(event: Event, now = new Date()): boolean {
  if (event.registrationOpensAt && now < event.registrationOpensAt) return false;
  if (event.registrationClosesAt && now > event.registrationClosesAt) return false;
  return true;
}

function assertPhaseOrder(event: Event): void {
  for (const [from, to, message] of PHASE_ORDER) {
    const start = event[from];
    const end = event[to];
    if (start && end && new Date(start as string) > new Date(end as string)) throw new BadRequestException(message);
  }
}
