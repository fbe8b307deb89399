import { EntityManager, In } from 'typeorm';
import { Meeting, Slot } from '@clustermeet/database';
import { conflict } from '../common/errors';

/** Refuses a set-up change that would orphan meetings, listing them so the organiser can act. */
export async function refuseIfMeetings(
  manager: EntityManager,
  where: { slotIds?: string[]; tableIds?: string[] },
  action: string,
): Promise<void> {
  const query = manager.createQueryBuilder(Meeting, 'meeting').leftJoin(Slot, 'slot', 'slot.id = meeting.slotId').where("meeting.status = 'scheduled'");
  if (where.slotIds) {
    if (where.slotIds.length === 0) return;
    query.andWhere({ slotId: In(where.slotIds) });
  }
  if (where.tableIds) {
    if (where.tableIds.length === 0) return;
    query.andWhere({ tableId: In(where.tableIds) });
  }
  const rows = await query
    .select(['meeting.id AS id', 'meeting.slotId AS "slotId"', 'meeting.tableId AS "tableId"', 'slot.startsAt AS "startsAt"'])
    .orderBy('slot.startsAt')
    .getRawMany<{ id: string; slotId: string | null; tableId: string | null; startsAt: Date | null }>();
  if (rows.length > 0) {
    throw conflict(`Cannot ${action}: ${rows.length} scheduled meeting(s) use it. Move or cancel them first.`, { affectedMeetings: rows });
  }
}
