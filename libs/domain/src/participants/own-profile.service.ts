import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository } from 'typeorm';
import { EmailPreference, ParticipantStatus } from '@clustermeet/contracts';
import { Event, OutboxEmail, Participant, ParticipantType, SignInToken, Slot } from '@clustermeet/database';
import { Actor } from '../auth/actor';
import { EventAccessService } from '../auth/event-access.service';
import { AvailabilityDto, OwnProfileDto } from './profile.dto';
import { PRIVACY_TERMS_VERSION } from './participant.service';
import { participantView, profileColumns, profileProblems, replaceItems } from './profile-rules';
import { refreshSearchDocuments } from '@clustermeet/database';

/** What a signed-in participant does with their own data: edit, availability, download, delete. */
@Injectable()
export class OwnProfileService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: EventAccessService,
    @InjectRepository(Participant) private readonly participants: Repository<Participant>,
    @InjectRepository(Event) private readonly events: Repository<Event>,
  ) {}

  async get(actor: Actor) {
    const { participantId } = this.access.requireParticipant(actor);
    const participant = await this.participants.findOneOrFail({ where: { id: participantId }, relations: { items: true } });
    const event = await this.events.findOneByOrFail({ id: participant.eventId });
    return { ...participantView(participant), event: { id: event.id, name: event.name } };
  }

  async update(actor: Actor, input: OwnProfileDto) {
    const { participantId, eventId } = this.access.requireParticipant(actor);
    await this.dataSource.transaction(async (manager) => {
      const participant = await manager.findOneOrFail(Participant, { where: { id: participantId }, lock: { mode: 'pessimistic_write' } });
      const event = await manager.findOneByOrFail(Event, { id: eventId });
      const problems = profileProblems(event, await manager.findBy(ParticipantType, { eventId }), input);
      if (problems.length > 0) throw new BadRequestException(problems);
      // A profile sent back for changes goes back to the organisers' queue once edited.
      const status = participant.status === ParticipantStatus.ChangesRequested ? ParticipantStatus.Pending : participant.status;
      await manager.update(Participant, { id: participantId }, { ...profileColumns(input), status });
      await replaceItems(manager, participant, input.offers, input.seeks);
      await refreshSearchDocuments(manager, [participantId]);
    });
    return this.get(actor);
  }

  async setAvailability(actor: Actor, input: AvailabilityDto) {
    const { participantId, eventId } = this.access.requireParticipant(actor);
    const unique = [...new Set(input.unavailableSlotIds)];
    const known = await this.dataSource.getRepository(Slot).countBy({ eventId, id: In(unique) });
    if (known !== unique.length) throw new BadRequestException('unavailableSlotIds contains a slot that is not part of this event');
    await this.participants.update({ id: participantId }, { unavailableSlotIds: unique });
    return this.get(actor);
  }

  async setEmailPreference(actor: Actor, emailPreference: EmailPreference) {
    const { participantId } = this.access.requireParticipant(actor);
    await this.participants.update({ id: participantId }, { emailPreference });
    return this.get(actor);
  }

  /** People registered by an organiser or by import accept the privacy terms at first sign-in. */
  async recordConsent(actor: Actor) {
    const { participantId } = this.access.requireParticipant(actor);
    await this.participants.update({ id: participantId }, { consentedAt: new Date(), consentVersion: PRIVACY_TERMS_VERSION });
    return this.get(actor);
  }

  /** Everything stored about the participant, for the right of access. */
  async exportData(actor: Actor) {
    const { participantId } = this.access.requireParticipant(actor);
    const profile = await this.get(actor);
    const emails = await this.dataSource.getRepository(OutboxEmail).find({
      where: { to: profile.email, eventId: profile.eventId },
      select: { id: true, subject: true, createdAt: true, sentAt: true, status: true },
      order: { createdAt: 'ASC' },
    });
    const signIns = await this.dataSource.getRepository(SignInToken).find({ where: { participantId }, select: { createdAt: true, usedAt: true, expiresAt: true } });
    return { exportedAt: new Date().toISOString(), profile, emails, signInLinks: signIns };
  }

  /** Right to erasure: the participant and everything hanging off them goes; sent-mail copies too. */
  async delete(actor: Actor): Promise<void> {
    const { participantId } = this.access.requireParticipant(actor);
    await this.dataSource.transaction(async (manager) => {
      const participant = await manager.findOneByOrFail(Participant, { id: participantId });
      await manager.delete(OutboxEmail, { to: participant.email, eventId: participant.eventId });
      await manager.delete(Participant, { id: participantId });
    });
  }
}
