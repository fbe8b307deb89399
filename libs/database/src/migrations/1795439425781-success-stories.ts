import { MigrationInterface, QueryRunner } from 'typeorm';

export class SuccessStories1795439425781 implements MigrationInterface {
  name = 'SuccessStories1795439425781';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "success_story" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "event_id" uuid NOT NULL, "meeting_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "text" text NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'awaiting-consent', "consented_participant_ids" uuid array NOT NULL DEFAULT '{}', "declined_participant_ids" uuid array NOT NULL DEFAULT '{}', "created_by_user_id" uuid NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_fd20b33559b80abf04ee8eb3b6a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_d3f6419791b3dedeadea3b73c2" ON "success_story"  ("event_id") `);
    await queryRunner.query(`ALTER TABLE "success_story" ADD CONSTRAINT "FK_d3f6419791b3dedeadea3b73c24" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "success_story" ADD CONSTRAINT "FK_b625949807ea649546f1b7e13f1" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "success_story" DROP CONSTRAINT "FK_b625949807ea649546f1b7e13f1"`);
    await queryRunner.query(`ALTER TABLE "success_story" DROP CONSTRAINT "FK_d3f6419791b3dedeadea3b73c24"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d3f6419791b3dedeadea3b73c2"`);
    await queryRunner.query(`DROP TABLE "success_story"`);
  }
}
