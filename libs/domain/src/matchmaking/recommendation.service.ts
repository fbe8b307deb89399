import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository } from 'typeorm';
import { EventRole } from '@clustermeet/contracts';
import { Participant, TS_DANISH, TS_ENGLISH } from '@clustermeet/database';
import { Actor } from '../auth/actor';
import { EventAccessService } from '../auth/event-access.service';
import { publicProfile } from './directory.service';

/** An item's title words as an OR-query (stemmed Danish and English): titles name what is offered or sought. */
const ITEM_QUERY = (item: string) => `(
  replace(plainto_tsquery('${TS_ENGLISH}', cm_unaccent(${item}.title))::text, '&', '|')::tsquery ||
  replace(plainto_tsquery('${TS_DANISH}', cm_unaccent(${item}.title))::text, '&', '|')::tsquery)`;
const CATEGORY_BONUS = 0.3;
const SECTOR_BONUS = 0.05;
/** Each of my items contributes its best matches only; common words would otherwise match everyone. */
const MATCHES_PER_ITEM = 50;

interface MatchRow {
  participant_id: string;
  score: number;
  my_kind: 'offer' | 'seek';
  my_title: string;
  their_title: string;
}

/**
 * Partners whose offers match what a participant seeks and the other way round: a shared word in
 * the titles is needed, the text rank scores it, and a shared category or sector adds to it; all
 * within the who-can-meet-whom matrix.
 */
@Injectable()
export class RecommendationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: EventAccessService,
    @InjectRepository(Participant) private readonly participants: Repository<Participant>,
  ) {}

  async forMe(actor: Actor, limit = 20) {
    const me = this.access.requireParticipant(actor);
    return this.recommend(me.eventId, me.participantId, limit);
  }

  async forParticipant(actor: Actor, eventId: string, participantId: string, limit = 20) {
    await this.access.requireStaff(actor, eventId, [EventRole.Organiser, EventRole.CoOrganiser]);
    return this.recommend(eventId, participantId, limit);
  }

  async recommend(eventId: string, participantId: string, limit: number) {
    const rows: MatchRow[] = await this.dataSource.query(
      `WITH me AS (
         SELECT p.id, p.sectors, t.can_meet FROM participant p JOIN participant_type t ON t.id = p.participant_type_id
         WHERE p.id = $1 AND p.event_id = $2
       ),
       mine AS MATERIALIZED (
         SELECT i.id, i.event_id, i.participant_id, i.kind, i.category, ${ITEM_QUERY('i')} AS query
         FROM marketplace_item i WHERE i.participant_id = $1
       ),
       item_matches AS (
         SELECT top.participant_id, mine.id AS mine_id, top.id AS other_id,
                top.rank + CASE WHEN mine.category <> '' AND top.category = mine.category THEN ${CATEGORY_BONUS} ELSE 0 END AS score
         FROM mine CROSS JOIN LATERAL (
           SELECT other.id, other.participant_id, other.category, ts_rank(other.search_vector, mine.query) AS rank
           FROM marketplace_item other
           WHERE other.event_id = mine.event_id AND other.kind <> mine.kind AND other.participant_id <> mine.participant_id
             AND other.search_vector @@ mine.query
           ORDER BY rank DESC LIMIT ${MATCHES_PER_ITEM}
         ) top
       ),
       ranked AS (
         SELECT m.participant_id,
                (array_agg(m.mine_id ORDER BY m.score DESC, m.other_id, m.mine_id))[1] AS best_mine,
                (array_agg(m.other_id ORDER BY m.score DESC, m.other_id, m.mine_id))[1] AS best_other,
                sum(m.score) + ${SECTOR_BONUS} * cardinality(ARRAY(SELECT unnest(p.sectors) INTERSECT SELECT unnest(me.sectors))) AS score
         FROM item_matches m
         JOIN participant p ON p.id = m.participant_id AND p.status = 'validated'
         CROSS JOIN me
         WHERE p.participant_type_id = ANY(me.can_meet)
         GROUP BY m.participant_id, p.sectors, me.sectors, p.organisation_name
         ORDER BY score DESC, p.organisation_name
         LIMIT $3
       )
       SELECT r.participant_id, r.score, mi.kind AS my_kind, mi.title AS my_title, oi.title AS their_title
       FROM ranked r JOIN marketplace_item mi ON mi.id = r.best_mine JOIN marketplace_item oi ON oi.id = r.best_other
       ORDER BY r.score DESC`,
      [participantId, eventId, limit],
    );
    const people = new Map((await this.participants.find({ where: { id: In(rows.map((row) => row.participant_id)) }, relations: { items: true } })).map((p) => [p.id, p]));
    return rows.map((row) => ({
      participant: publicProfile(people.get(row.participant_id)!),
      score: Math.round(Number(row.score) * 1000) / 1000,
      reason: row.my_kind === 'seek' ? `offers “${row.their_title}”, which you seek (“${row.my_title}”)` : `seeks “${row.their_title}”, which you offer (“${row.my_title}”)`,
    }));
  }

  /**
   * Validated participants with nobody to recommend: no title word (stop words aside) of theirs is
   * shared by an opposite item of someone they may meet. The organiser's recruitment gap.
   */
  async withoutGoodMatch(eventId: string, recruitedByOrganisationId?: string): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT p.id FROM participant p JOIN participant_type t ON t.id = p.participant_type_id
       WHERE p.event_id = $1 AND p.status = 'validated' AND ($2::uuid IS NULL OR p.recruited_by_organisation_id = $2) AND NOT EXISTS (
         SELECT 1 FROM (SELECT i.*, ${ITEM_QUERY('i')} AS query FROM marketplace_item i WHERE i.participant_id = p.id OFFSET 0) mine
         JOIN marketplace_item other ON other.event_id = mine.event_id AND other.kind <> mine.kind AND other.participant_id <> mine.participant_id
         JOIN participant o ON o.id = other.participant_id AND o.status = 'validated' AND o.participant_type_id = ANY(t.can_meet)
         WHERE other.search_vector @@ mine.query
       )
       ORDER BY p.organisation_name`,
      [eventId, recruitedByOrganisationId ?? null],
    );
    return rows.map((row) => row.id);
  }
}
