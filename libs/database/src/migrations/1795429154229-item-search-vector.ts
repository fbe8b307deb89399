import { MigrationInterface, QueryRunner } from 'typeorm';

const EXPRESSION = `to_tsvector('english', cm_unaccent(title || ' ' || description)) || to_tsvector('danish', cm_unaccent(title || ' ' || description))`;

export class ItemSearchVector1795429154229 implements MigrationInterface {
  name = 'ItemSearchVector1795429154229';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "marketplace_item" ADD "search_vector" tsvector GENERATED ALWAYS AS (${EXPRESSION}) STORED NOT NULL`);
    await queryRunner.query(`CREATE INDEX "marketplace_item_search_vector_idx" ON "marketplace_item" USING GIN ("search_vector")`);
    // TypeORM compares generated columns with this table; current_database() keeps it right in any database.
    await queryRunner.query(
      `CREATE TABLE IF NOT EXISTS "typeorm_metadata" ("type" varchar NOT NULL, "database" varchar, "schema" varchar, "table" varchar, "name" varchar, "value" text)`,
    );
    await queryRunner.query(
      `INSERT INTO "typeorm_metadata" ("database", "schema", "table", "type", "name", "value") VALUES (current_database(), 'public', 'marketplace_item', 'GENERATED_COLUMN', 'search_vector', $1)`,
      [EXPRESSION],
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "typeorm_metadata" WHERE "type" = 'GENERATED_COLUMN' AND "name" = 'search_vector' AND "table" = 'marketplace_item'`);
    await queryRunner.query(`DROP INDEX "marketplace_item_search_vector_idx"`);
    await queryRunner.query(`ALTER TABLE "marketplace_item" DROP COLUMN "search_vector"`);
  }
}
