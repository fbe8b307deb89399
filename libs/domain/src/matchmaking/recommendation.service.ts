import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository } from 'typeorm';
import { EventRole } from '@clustermeet/contracts';
import { Participant } from '@clustermeet/database';
import { Actor } from '../auth/actor';
import { EventAccessService } from '../auth/event-access.service';
import { publicProfile } from './directory.service';

/** An item's words as an OR-query (stemmed Danish and English), so any shared word counts. */
const ITEM_QUERY = `(
  replace(plainto_tsquery('english', cm_unaccent(mine.title || ' ' || mine.description))::text, '&', '|')::tsquery ||
  replace(plainto_tsquery('danish', cm_unaccent(mine.title || ' ' || mine.description))::text, '&', '|')::tsquery)`;
const CATEGORY_BONUS = 0.3;
const SECTOR_BONUS = 0.05;
/** Below this a match is only a shared sector or a stray word: not "a good match". */
export const GOOD_MATCH_SCORE = 0.1;

interface MatchRow {
  participant_id: string;
  score: number;
  my_kind: 'offer' | 'seek';
  my_title: string;
  their_title: string;
}

/**
 * Partners whose offers match what a participant seeks and the other way round, by text
 * similarity and shared categories and sectors, within the who-can-meet-whom matrix.
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
       item_matches AS (
         SELECT other.participant_id, mine.kind AS my_kind, mine.title AS my_title, other.title AS their_title,
                ts_rank(other.search_vector, ${ITEM_QUERY}) + CASE WHEN mine.category <> '' AND other.category = mine.category THEN ${CATEGORY_BONUS} ELSE 0 END AS score
         FROM marketplace_item mine
         JOIN marketplace_item other ON other.event_id = mine.event_id AND other.kind <> mine.kind AND other.participant_id <> mine.participant_id
           AND (other.search_vector @@ ${ITEM_QUERY} OR (mine.category <> '' AND other.category = mine.category))
         WHERE mine.participant_id = $1
       ),
       best AS (
         SELECT DISTINCT ON (participant_id) participant_id, my_kind, my_title, their_title,
                sum(score) OVER (PARTITION BY participant_id) AS item_score
         FROM item_matches ORDER BY participant_id, score DESC
       )
       SELECT b.participant_id, b.my_kind, b.my_title, b.their_title,
              b.item_score + ${SECTOR_BONUS} * cardinality(ARRAY(SELECT unnest(p.sectors) INTERSECT SELECT unnest(me.sectors))) AS score
       FROM best b
       JOIN participant p ON p.id = b.participant_id AND p.status = 'validated'
       CROSS JOIN me
       WHERE p.participant_type_id = ANY(me.can_meet)
       ORDER BY score DESC, p.organisation_name
       LIMIT $3`,
      [participantId, eventId, limit],
    );
    const people = new Map((await this.participants.find({ where: { id: In(rows.map((row) => row.participant_id)) }, relations: { items: true } })).map((p) => [p.id, p]));
    return rows.map((row) => ({
      participant: publicProfile(people.get(row.participant_id)!),
      score: Math.round(Number(row.score) * 1000) / 1000,
      reason: row.my_kind === 'seek' ? `offers “${row.their_title}”, which you seek (“${row.my_title}”)` : `seeks “${row.their_title}”, which you offer (“${row.my_title}”)`,
    }));
  }

  /** Validated participants without any good match yet: the organiser's recruitment gap. */
  async withoutGoodMatch(eventId: string, recruitedByOrganisationId?: string): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT p.id FROM participant p JOIN participant_type t ON t.id = p.participant_type_id
       WHERE p.event_id = $1 AND p.status = 'validated' AND ($2::uuid IS NULL OR p.recruited_by_organisation_id = $2) AND NOT EXISTS (
         SELECT 1 FROM marketplace_item mine
         JOIN marketplace_item other ON other.event_id = mine.event_id AND other.kind <> mine.kind AND other.participant_id <> mine.participant_id
         JOIN participant o ON o.id = other.participant_id AND o.status = 'validated' AND o.participant_type_id = ANY(t.can_meet)
         WHERE mine.participant_id = p.id
           AND (other.search_vector @@ ${ITEM_QUERY} OR (mine.category <> '' AND other.category = mine.category))
           AND ts_rank(other.search_vector, ${ITEM_QUERY}) + CASE WHEN mine.category <> '' AND other.category = mine.category THEN ${CATEGORY_BONUS} ELSE 0 END >= ${GOOD_MATCH_SCORE}
       )
       ORDER BY p.organisation_name`,
      [eventId, recruitedByOrganisationId ?? null],
    );
    return rows.map((row) => row.id);
  }
}
