import { MigrationInterface, QueryRunner } from 'typeorm';

export class Favourites1795428591030 implements MigrationInterface {
  name = 'Favourites1795428591030';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "favourite" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "participant_id" uuid NOT NULL, "favourite_participant_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_56f1996fc2983d1895e4a8f3af3" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_87a0ee533477f3f40dbad9bd67" ON "favourite"  ("participant_id", "favourite_participant_id") `);
    await queryRunner.query(`ALTER TABLE "favourite" ADD CONSTRAINT "FK_9f16f3b466a16a9f31cd03fc27e" FOREIGN KEY ("participant_id") REFERENCES "participant"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "favourite" ADD CONSTRAINT "FK_9b9be3e4fef0a790ae5477d68cc" FOREIGN KEY ("favourite_participant_id") REFERENCES "participant"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "favourite" DROP CONSTRAINT "FK_9b9be3e4fef0a790ae5477d68cc"`);
    await queryRunner.query(`ALTER TABLE "favourite" DROP CONSTRAINT "FK_9f16f3b466a16a9f31cd03fc27e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_87a0ee533477f3f40dbad9bd67"`);
    await queryRunner.query(`DROP TABLE "favourite"`);
  }
}
