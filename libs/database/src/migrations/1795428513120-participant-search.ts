import { MigrationInterface, QueryRunner } from 'typeorm';

export class ParticipantSearch1795428513120 implements MigrationInterface {
  name = 'ParticipantSearch1795428513120';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    // unaccent() is only STABLE; search documents and queries need one fixed definition.
    await queryRunner.query(
      `CREATE OR REPLACE FUNCTION cm_unaccent(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$`,
    );
    await queryRunner.query(`ALTER TABLE "participant" ADD "search_document" tsvector`);
    await queryRunner.query(`CREATE INDEX "participant_search_document_idx" ON "participant" USING GIN ("search_document")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "participant_search_document_idx"`);
    await queryRunner.query(`ALTER TABLE "participant" DROP COLUMN "search_document"`);
    await queryRunner.query(`DROP FUNCTION cm_unaccent(text)`);
  }
}
