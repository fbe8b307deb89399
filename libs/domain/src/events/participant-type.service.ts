import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { EventRole } from '@clustermeet/contracts';
import { Participant, ParticipantType } from '@clustermeet/database';
import { Actor } from '../auth/actor';
import { ALL_STAFF, EventAccessService } from '../auth/event-access.service';
import { conflict, notFound } from '../common/errors';
import { CreateParticipantTypeDto, UpdateParticipantTypeDto } from './venue.dto';

@Injectable()
export class ParticipantTypeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: EventAccessService,
    @InjectRepository(ParticipantType) private readonly types: Repository<ParticipantType>,
  ) {}

  async list(actor: Actor, eventId: string) {
    await this.access.requireStaff(actor, eventId, ALL_STAFF);
    return this.types.find({ where: { eventId }, order: { name: 'ASC' } });
  }

  async create(actor: Actor, eventId: string, input: CreateParticipantTypeDto) {
    await this.access.requireStaff(actor, eventId, [EventRole.Organiser]);
    return this.dataSource.transaction(async (manager) => {
      await this.refuseDuplicateName(manager, eventId, input.name);
      const type = await manager.save(manager.create(ParticipantType, { eventId, name: input.name, maxRequests: input.maxRequests ?? null, maxMeetings: input.maxMeetings ?? null, canMeet: [] }));
      await this.setMatrixRow(manager, eventId, type.id, input.canMeet ?? []);
      return manager.findOneByOrFail(ParticipantType, { id: type.id });
    });
  }

  async update(actor: Actor, eventId: string, typeId: string, input: UpdateParticipantTypeDto) {
    await this.access.requireStaff(actor, eventId, [EventRole.Organiser]);
    return this.dataSource.transaction(async (manager) => {
      const type = await manager.findOneBy(ParticipantType, { id: typeId, eventId });
      if (!type) throw notFound('Participant type');
      if (input.name && input.name !== type.name) await this.refuseDuplicateName(manager, eventId, input.name);
      const { canMeet, ...rest } = input;
      await manager.update(ParticipantType, { id: typeId }, rest);
      if (canMeet) await this.setMatrixRow(manager, eventId, typeId, canMeet);
      return manager.findOneByOrFail(ParticipantType, { id: typeId });
    });
  }

  async remove(actor: Actor, eventId: string, typeId: string): Promise<void> {
    await this.access.requireStaff(actor, eventId, [EventRole.Organiser]);
    await this.dataSource.transaction(async (manager) => {
      const type = await manager.findOneBy(ParticipantType, { id: typeId, eventId });
      if (!type) throw notFound('Participant type');
      const used = await manager.countBy(Participant, { participantTypeId: typeId });
      if (used > 0) throw conflict(`Cannot delete "${type.name}": ${used} participant(s) have this type`);
      await this.setMatrixRow(manager, eventId, typeId, []);
      await manager.delete(ParticipantType, { id: typeId });
    });
  }

  /** The who-can-meet-whom matrix is symmetric: writing a row writes the matching column too. */
  private async setMatrixRow(manager: EntityManager, eventId: string, typeId: string, canMeet: string[]) {
    const all = await manager.find(ParticipantType, { where: { eventId }, lock: { mode: 'pessimistic_write' } });
    const known = new Set(all.map((type) => type.id));
    const unknown = canMeet.filter((id) => !known.has(id));
    if (unknown.length > 0) throw notFound(`Participant type ${unknown[0]}`);
    const wanted = new Set(canMeet);
    for (const other of all) {
      const row = new Set(other.id === typeId ? canMeet : other.canMeet);
      if (other.id !== typeId) {
        if (wanted.has(other.id)) row.add(typeId);
        else row.delete(typeId);
      }
      await manager.update(ParticipantType, { id: other.id }, { canMeet: [...row] });
    }
  }

  private async refuseDuplicateName(manager: EntityManager, eventId: string, name: string) {
    if (await manager.existsBy(ParticipantType, { eventId, name })) throw conflict(`A participant type named "${name}" already exists`);
  }
}
