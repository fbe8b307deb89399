import { ForbiddenException, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository } from 'typeorm';
import { ParticipantStatus } from '@clustermeet/contracts';
import { Favourite, MarketplaceItem, Participant, searchQuerySql } from '@clustermeet/database';
import { Actor } from '../auth/actor';
import { ALL_STAFF, EventAccessService } from '../auth/event-access.service';
import { notFound } from '../common/errors';
import { participantView } from '../participants/profile-rules';
import { DirectoryQueryDto } from './directory.dto';

/** What other participants may see of a profile: no email, company number, answers or availability. */
export function publicProfile(participant: Participant, items?: MarketplaceItem[]) {
  const { id, firstName, lastName, jobTitle, languages, photoUrl, participantTypeId, organisation, description, sectors, offers, seeks } = participantView(participant, items);
  const { companyNumber: _hidden, ...publicOrganisation } = organisation;
  return { id, firstName, lastName, jobTitle, languages, photoUrl, participantTypeId, organisation: publicOrganisation, description, sectors, offers, seeks };
}

interface Viewer {
  participantId?: string;
}

/** Browsing validated profiles: full-text search in PostgreSQL, filters, paging, favourites. */
@Injectable()
export class DirectoryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: EventAccessService,
    @InjectRepository(Participant) private readonly participants: Repository<Participant>,
    @InjectRepository(Favourite) private readonly favourites: Repository<Favourite>,
  ) {}

  async search(actor: Actor, eventId: string, query: DirectoryQueryDto) {
    const viewer = await this.viewer(actor, eventId);
    const params: unknown[] = [eventId];
    const where = ['p.event_id = $1', `p.status = '${ParticipantStatus.Validated}'`];
    const filter = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replaceAll('?', `$${params.length}`));
    };
    if (viewer.participantId) filter('p.id <> ?', viewer.participantId);
    if (query.country) filter('p.organisation_country = ?', query.country);
    if (query.sector) filter('? = ANY(p.sectors)', query.sector);
    if (query.organisationType) filter('p.organisation_type = ?', query.organisationType);
    if (query.participantTypeId) filter('p.participant_type_id = ?', query.participantTypeId);
    if (query.category) {
      filter(`EXISTS (SELECT 1 FROM marketplace_item i WHERE i.participant_id = p.id AND i.category = ?${query.itemKind ? ` AND i.kind = '${query.itemKind}'` : ''})`, query.category);
    }
    if (query.favourites) {
      if (!viewer.participantId) throw new ForbiddenException('favourites belong to a participant');
      filter('EXISTS (SELECT 1 FROM favourite f WHERE f.participant_id = ? AND f.favourite_participant_id = p.id)', viewer.participantId);
    }
    if (query.hasFreeSlots) {
      where.push(`(SELECT count(*) FROM slot s WHERE s.event_id = p.event_id AND NOT (s.id = ANY(p.unavailable_slot_ids)))
        > (SELECT count(*) FROM meeting_request r WHERE r.status = 'accepted' AND (r.requester_id = p.id OR r.recipient_id = p.id OR r.colleague_id = p.id))`);
    }
    if (query.notContacted) {
      if (!viewer.participantId) throw new ForbiddenException('notContacted is for participants');
      filter('NOT EXISTS (SELECT 1 FROM meeting_request r WHERE (r.requester_id = ? AND r.recipient_id = p.id) OR (r.recipient_id = ? AND r.requester_id = p.id))', viewer.participantId);
    }
    let rank = '0';
    let from = 'participant p';
    if (query.q?.trim()) {
      params.push(query.q.trim());
      // Built once in a sub-select: as a plain expression Postgres would rebuild it for every row.
      from = `participant p, (SELECT ${searchQuerySql(params.length)} AS query) search`;
      where.push('p.search_document @@ search.query');
      rank = 'ts_rank_cd(p.search_document, search.query)';
    }
    params.push(query.pageSize, (query.page - 1) * query.pageSize);
    const rows: { id: string; rank: number; total: string }[] = await this.dataSource.query(
      `SELECT p.id, ${rank} AS rank, count(*) OVER () AS total FROM ${from}
       WHERE ${where.join(' AND ')}
       ORDER BY rank DESC, p.organisation_name, p.last_name, p.id
       LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
    // Independent reads, each on its own pooled connection: the page waits for the slowest, not the sum.
    const [total, profiles, favourites] = await Promise.all([
      rows.length > 0 ? Number(rows[0].total) : this.countWithout(from, where, params.slice(0, -2)),
      rows.length > 0 ? this.participants.find({ where: { id: In(rows.map((row) => row.id)) }, relations: { items: true } }) : [],
      viewer.participantId ? this.favouriteIds(viewer.participantId) : new Set<string>(),
    ]);
    const byId = new Map(profiles.map((profile) => [profile.id, profile]));
    return {
      total,
      page: query.page,
      pageSize: query.pageSize,
      items: rows.map((row) => ({ ...publicProfile(byId.get(row.id)!), favourite: favourites.has(row.id), rank: Number(row.rank) })),
    };
  }

  async profile(actor: Actor, eventId: string, participantId: string) {
    const viewer = await this.viewer(actor, eventId);
    const participant = await this.participants.findOne({ where: { id: participantId, eventId }, relations: { items: true } });
    const visible = participant && (participant.status === ParticipantStatus.Validated || participant.id === viewer.participantId);
    if (!visible) throw notFound('Participant');
    const favourite = viewer.participantId ? (await this.favouriteIds(viewer.participantId)).has(participantId) : false;
    return { ...publicProfile(participant), favourite };
  }

  /** Self-booking: slots where both are present and neither has a meeting yet. */
  async commonFreeSlots(actor: Actor, eventId: string, participantId: string) {
    const me = this.access.requireParticipant(actor);
    if (me.eventId !== eventId) throw notFound('Event');
    const other = await this.participants.findOneBy({ id: participantId, eventId, status: ParticipantStatus.Validated });
    if (!other) throw notFound('Participant');
    return this.dataSource.query(
      `SELECT s.id, s.starts_at AS "startsAt", s.ends_at AS "endsAt", s.session_id AS "sessionId" FROM slot s
       JOIN participant a ON a.id = $2 JOIN participant b ON b.id = $3
       WHERE s.event_id = $1 AND NOT (s.id = ANY(a.unavailable_slot_ids)) AND NOT (s.id = ANY(b.unavailable_slot_ids))
         AND NOT EXISTS (SELECT 1 FROM meeting_seat ms WHERE ms.slot_id = s.id AND ms.participant_id IN ($2, $3))
       ORDER BY s.starts_at`,
      [eventId, me.participantId, participantId],
    );
  }

  async addFavourite(actor: Actor, participantId: string) {
    const me = this.access.requireParticipant(actor);
    if (participantId === me.participantId) throw new ForbiddenException('you cannot shortlist yourself');
    const other = await this.participants.findOneBy({ id: participantId, eventId: me.eventId, status: ParticipantStatus.Validated });
    if (!other) throw notFound('Participant');
    await this.favourites.createQueryBuilder().insert().values({ eventId: me.eventId, participantId: me.participantId, favouriteParticipantId: participantId }).orIgnore().execute();
  }

  async removeFavourite(actor: Actor, participantId: string) {
    const me = this.access.requireParticipant(actor);
    await this.favourites.delete({ participantId: me.participantId, favouriteParticipantId: participantId });
  }

  private async favouriteIds(participantId: string): Promise<Set<string>> {
    const rows = await this.favourites.find({ where: { participantId }, select: { favouriteParticipantId: true } });
    return new Set(rows.map((row) => row.favouriteParticipantId));
  }

  private async countWithout(from: string, where: string[], params: unknown[]): Promise<number> {
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM ${from} WHERE ${where.join(' AND ')}`, params);
    return total;
  }

  /** Staff of the event, or a participant of this very event. */
  private async viewer(actor: Actor, eventId: string): Promise<Viewer> {
    if (actor.kind === 'participant') {
      if (actor.eventId !== eventId) throw notFound('Event');
      return { participantId: actor.participantId };
    }
    await this.access.requireStaff(actor, eventId, ALL_STAFF);
    return {};
  }
}
