import { MigrationInterface, QueryRunner } from 'typeorm';
import { refreshSearchDocuments } from '../search-document';
import { ITEM_VECTOR_EXPRESSION } from '../text-search';

const WORD_TOKENS = 'asciiword, asciihword, hword_asciipart, word, hword, hword_part';

export class BilingualTextSearch1795430000000 implements MigrationInterface {
  name = 'BilingualTextSearch1795430000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // A stop-word filter that passes every other word on to the next dictionary (ACCEPT = false).
    await queryRunner.query(`CREATE TEXT SEARCH DICTIONARY cm_english_stop (TEMPLATE = pg_catalog.simple, STOPWORDS = english, ACCEPT = false)`);
    await queryRunner.query(`CREATE TEXT SEARCH DICTIONARY cm_danish_stop (TEMPLATE = pg_catalog.simple, STOPWORDS = danish, ACCEPT = false)`);
    await queryRunner.query(`CREATE TEXT SEARCH CONFIGURATION cm_english (COPY = pg_catalog.english)`);
    await queryRunner.query(`ALTER TEXT SEARCH CONFIGURATION cm_english ALTER MAPPING FOR ${WORD_TOKENS} WITH cm_danish_stop, english_stem`);
    await queryRunner.query(`CREATE TEXT SEARCH CONFIGURATION cm_danish (COPY = pg_catalog.danish)`);
    await queryRunner.query(`ALTER TEXT SEARCH CONFIGURATION cm_danish ALTER MAPPING FOR ${WORD_TOKENS} WITH cm_english_stop, danish_stem`);
    await this.replaceItemVector(queryRunner, ITEM_VECTOR_EXPRESSION);
    await queryRunner.query(`UPDATE participant SET search_document = NULL`);
    const ids: { id: string }[] = await queryRunner.query(`SELECT id FROM participant`);
    if (ids.length > 0) {
      await refreshSearchDocuments(queryRunner.manager, ids.map((row) => row.id));
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await this.replaceItemVector(
      queryRunner,
      `to_tsvector('english', cm_unaccent(title || ' ' || description)) || to_tsvector('danish', cm_unaccent(title || ' ' || description))`,
    );
    await queryRunner.query(`DROP TEXT SEARCH CONFIGURATION cm_danish`);
    await queryRunner.query(`DROP TEXT SEARCH CONFIGURATION cm_english`);
    await queryRunner.query(`DROP TEXT SEARCH DICTIONARY cm_danish_stop`);
    await queryRunner.query(`DROP TEXT SEARCH DICTIONARY cm_english_stop`);
  }

  private async replaceItemVector(queryRunner: QueryRunner, expression: string): Promise<void> {
    await queryRunner.query(`DROP INDEX "marketplace_item_search_vector_idx"`);
    await queryRunner.query(`ALTER TABLE "marketplace_item" DROP COLUMN "search_vector"`);
    await queryRunner.query(`ALTER TABLE "marketplace_item" ADD "search_vector" tsvector GENERATED ALWAYS AS (${expression}) STORED NOT NULL`);
    await queryRunner.query(`CREATE INDEX "marketplace_item_search_vector_idx" ON "marketplace_item" USING GIN ("search_vector")`);
    await queryRunner.query(`UPDATE "typeorm_metadata" SET "value" = $1 WHERE "type" = 'GENERATED_COLUMN' AND "name" = 'search_vector' AND "table" = 'marketplace_item'`, [expression]);
  }
}
