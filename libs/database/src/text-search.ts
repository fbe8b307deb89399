/**
 * Text-search configurations that drop both languages' stop words before stemming, so English
 * "of"/"and" or Danish "og"/"af" never make two texts look related. Created by a migration.
 */
export const TS_ENGLISH = 'cm_english';
export const TS_DANISH = 'cm_danish';

/** The stored expression of marketplace_item.search_vector (entity and migration share it). */
export const ITEM_VECTOR_EXPRESSION = `to_tsvector('${TS_ENGLISH}', cm_unaccent(title || ' ' || description)) || to_tsvector('${TS_DANISH}', cm_unaccent(title || ' ' || description))`;
