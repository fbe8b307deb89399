import { EntityManager } from 'typeorm';
import { TS_DANISH, TS_ENGLISH } from './text-search';

/**
 * Rebuilds the full-text documents of some participants. Names weigh most (A), offer and seek
 * titles next (B), descriptions least (C); accents are folded and words are stemmed as both Danish
 * and English, so "Göteborg" finds "Goteborg" and "vindmøller" finds "vindmølle".
 */
export async function refreshSearchDocuments(manager: EntityManager, participantIds: string[]): Promise<void> {
  if (participantIds.length === 0) return;
  await manager.query(
    `UPDATE participant p SET search_document =
        setweight(to_tsvector('simple', cm_unaccent(p.organisation_name || ' ' || p.first_name || ' ' || p.last_name)), 'A')
     || setweight(to_tsvector('${TS_ENGLISH}', cm_unaccent(coalesce(items.titles, ''))), 'B')
     || setweight(to_tsvector('${TS_DANISH}', cm_unaccent(coalesce(items.titles, ''))), 'B')
     || setweight(to_tsvector('${TS_ENGLISH}', cm_unaccent(p.job_title || ' ' || p.description || ' ' || p.organisation_city || ' ' || coalesce(items.descriptions, ''))), 'C')
     || setweight(to_tsvector('${TS_DANISH}', cm_unaccent(p.job_title || ' ' || p.description || ' ' || p.organisation_city || ' ' || coalesce(items.descriptions, ''))), 'C')
     FROM (SELECT id FROM participant WHERE id = ANY($1::uuid[])) target
     LEFT JOIN LATERAL (
       SELECT string_agg(i.title, ' ') AS titles, string_agg(i.description, ' ') AS descriptions
       FROM marketplace_item i WHERE i.participant_id = target.id
     ) items ON true
     WHERE p.id = target.id`,
    [participantIds],
  );
}

/**
 * A tsquery for what someone typed: stemmed Danish and English words, or any word as a prefix
 * (so "insp" already finds "inspection" while typing). Returns null for text without words.
 */
export function searchQuerySql(parameterIndex: number): string {
  const text = `cm_unaccent($${parameterIndex})`;
  return `(websearch_to_tsquery('${TS_ENGLISH}', ${text}) || websearch_to_tsquery('${TS_DANISH}', ${text}) || to_tsquery('simple', ${prefixTerms(text)}))`;
}

function prefixTerms(text: string): string {
  // Each word becomes word:* joined with &; non-word characters cannot reach to_tsquery's syntax.
  return `array_to_string(array(SELECT lower(word) || ':*' FROM regexp_split_to_table(${text}, '[^[:alnum:]]+') AS word WHERE word <> ''), ' & ')`;
}
