import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { EventRole } from '@clustermeet/contracts';
import { Event, EventMember } from '@clustermeet/database';
import { forbidden, notFound } from '../common/errors';
import { Actor } from './actor';

export const ALL_STAFF = [EventRole.Organiser, EventRole.CoOrganiser, EventRole.Helper];
export const MANAGERS = [EventRole.Organiser, EventRole.CoOrganiser];

export interface StaffAccess {
  event: Event;
  member: EventMember;
}

/**
 * The single place that decides who may touch an event. Non-members get 404, so ids of other
 * organisations' events reveal nothing.
 */
@Injectable()
export class EventAccessService {
  constructor(
    @InjectRepository(Event) private readonly events: Repository<Event>,
    @InjectRepository(EventMember) private readonly members: Repository<EventMember>,
  ) {}

  async requireStaff(actor: Actor, eventId: string, roles: EventRole[]): Promise<StaffAccess> {
    if (actor.kind !== 'staff') throw forbidden('This needs an organiser, co-organiser or helper account');
    const member = await this.members.findOneBy({ eventId, userId: actor.userId });
    if (!member) throw notFound('Event');
    if (!roles.includes(member.role)) {
      throw forbidden(`Your role on this event (${member.role}) may not do this; it needs: ${roles.join(' or ')}`);
    }
    const event = await this.events.findOneByOrFail({ id: eventId });
    return { event, member };
  }

  requireParticipant(actor: Actor): { participantId: string; eventId: string } {
    if (actor.kind !== 'participant') throw forbidden('This needs a participant sign-in');
    return actor;
  }
}
