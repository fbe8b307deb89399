import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { EventRole, TableKind } from '@clustermeet/contracts';
import { EventTable, Meeting, Participant } from '@clustermeet/database';
import { Actor } from '../auth/actor';
import { ALL_STAFF, EventAccessService } from '../auth/event-access.service';
import { conflict, notFound } from '../common/errors';
import { refuseIfMeetings } from './affected-meetings';
import { CreateTablesDto, UpdateTableDto } from './venue.dto';

const DEFAULT_LABEL: Record<TableKind, string> = {
  [TableKind.Table]: 'Table',
  [TableKind.Booth]: 'Booth',
  [TableKind.Room]: 'Room',
  [TableKind.Online]: 'Online meeting',
};

/** Jitsi needs no account: a room per meeting id is a working default for online meetings. */
const DEFAULT_VIDEO_LINK = 'https://meet.jit.si/clustermeet-{meeting}';

@Injectable()
export class TableService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: EventAccessService,
    @InjectRepository(EventTable) private readonly tables: Repository<EventTable>,
  ) {}

  async list(actor: Actor, eventId: string) {
    await this.access.requireStaff(actor, eventId, ALL_STAFF);
    return this.tables.find({ where: { eventId }, order: { kind: 'ASC', number: 'ASC', label: 'ASC' } });
  }

  async create(actor: Actor, eventId: string, input: CreateTablesDto) {
    await this.access.requireStaff(actor, eventId, [EventRole.Organiser]);
    if (input.count !== undefined && input.kind !== TableKind.Table) throw new BadRequestException('count is only for numbered tables (kind "table")');
    if (input.exhibitorParticipantId && input.kind !== TableKind.Booth) throw new BadRequestException('only a booth has an exhibitor');
    if (input.videoLinkTemplate && input.kind !== TableKind.Online) throw new BadRequestException('only an online place has a video link');
    return this.dataSource.transaction(async (manager) => {
      if (input.exhibitorParticipantId) await this.requireParticipant(manager.getRepository(Participant), eventId, input.exhibitorParticipantId);
      if (input.kind !== TableKind.Table) {
        const videoLinkTemplate = input.kind === TableKind.Online ? (input.videoLinkTemplate ?? DEFAULT_VIDEO_LINK) : null;
        return [await manager.save(manager.create(EventTable, { eventId, kind: input.kind, label: input.label ?? DEFAULT_LABEL[input.kind], capacity: input.capacity, exhibitorParticipantId: input.exhibitorParticipantId ?? null, videoLinkTemplate }))];
      }
      // Serialise numbering per event so two organisers adding tables at once never clash.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`tables:${eventId}`]);
      const { max } = (await manager.createQueryBuilder(EventTable, 't').select('COALESCE(MAX(t.number), 0)', 'max').where({ eventId }).getRawOne<{ max: number }>())!;
      const count = input.count ?? 1;
      const rows = Array.from({ length: count }, (_, index) => {
        const number = Number(max) + index + 1;
        return manager.create(EventTable, { eventId, kind: TableKind.Table, number, label: count === 1 && input.label ? input.label : `${DEFAULT_LABEL.table} ${number}`, capacity: input.capacity });
      });
      return manager.save(rows);
    });
  }

  async update(actor: Actor, eventId: string, tableId: string, input: UpdateTableDto) {
    await this.access.requireStaff(actor, eventId, [EventRole.Organiser]);
    return this.dataSource.transaction(async (manager) => {
      const table = await manager.findOneBy(EventTable, { id: tableId, eventId });
      if (!table) throw notFound('Table');
      if (input.exhibitorParticipantId) {
        if (table.kind !== TableKind.Booth) throw new BadRequestException('only a booth has an exhibitor');
        await this.requireParticipant(manager.getRepository(Participant), eventId, input.exhibitorParticipantId);
      }
      if (input.videoLinkTemplate && table.kind !== TableKind.Online) throw new BadRequestException('only an online place has a video link');
      if (input.capacity !== undefined && input.capacity < table.capacity) {
        const crowded = await manager
          .createQueryBuilder(Meeting, 'meeting')
          .where("meeting.tableId = :tableId AND meeting.status = 'scheduled' AND cardinality(meeting.participantIds) > :capacity", { tableId, capacity: input.capacity })
          .getMany();
        if (crowded.length > 0) {
          throw conflict(`Cannot lower the capacity to ${input.capacity}: ${crowded.length} scheduled meeting(s) there have more people`, {
            affectedMeetings: crowded.map((meeting) => ({ id: meeting.id, slotId: meeting.slotId, tableId: meeting.tableId })),
          });
        }
      }
      Object.assign(table, input);
      return manager.save(table);
    });
  }

  async remove(actor: Actor, eventId: string, tableId: string): Promise<void> {
    await this.access.requireStaff(actor, eventId, [EventRole.Organiser]);
    await this.dataSource.transaction(async (manager) => {
      const table = await manager.findOneBy(EventTable, { id: tableId, eventId });
      if (!table) throw notFound('Table');
      await refuseIfMeetings(manager, { tableIds: [tableId] }, `delete ${table.label}`);
      await manager.delete(EventTable, { id: tableId });
    });
  }

  private async requireParticipant(participants: Repository<Participant>, eventId: string, participantId: string) {
    if (!(await participants.existsBy({ id: participantId, eventId }))) throw notFound('Exhibitor participant');
  }
}
