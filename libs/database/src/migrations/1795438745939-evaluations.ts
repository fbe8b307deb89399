import { MigrationInterface, QueryRunner } from 'typeorm';

export class Evaluations1795438745939 implements MigrationInterface {
  name = 'Evaluations1795438745939';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "evaluation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "event_id" uuid NOT NULL, "participant_id" uuid NOT NULL, "round" integer NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL, "reminded_at" TIMESTAMP WITH TIME ZONE, "answered_at" TIMESTAMP WITH TIME ZONE, "answers" jsonb NOT NULL DEFAULT '{}', CONSTRAINT "PK_b72edd439b9db736f55b584fa54" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_dcfb4c04caf5a22df7bcebc2c2" ON "evaluation"  ("event_id", "participant_id", "round") `);
    await queryRunner.query(`CREATE TABLE "meeting_feedback" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "event_id" uuid NOT NULL, "meeting_id" uuid NOT NULL, "participant_id" uuid NOT NULL, "held" boolean, "interesting" boolean, "collaboration" character varying array NOT NULL DEFAULT '{}', "note" character varying(2000) NOT NULL DEFAULT '', "outcome" character varying(10), "outcome_kinds" character varying array NOT NULL DEFAULT '{}', "outcome_value_eur" integer, "outcome_note" character varying(2000) NOT NULL DEFAULT '', "outcome_updated_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_64ee9033886155ba52a03fa7b46" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_24889eaa38adcae3dfbe4e1d67" ON "meeting_feedback"  ("event_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_1869cbbac61f897a6bb708844e" ON "meeting_feedback"  ("meeting_id", "participant_id") `);
    await queryRunner.query(`ALTER TABLE "event" ADD "follow_up_months" integer array NOT NULL DEFAULT '{6}'`);
    await queryRunner.query(`ALTER TABLE "event" ADD "evaluation_questions" jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query(`ALTER TABLE "participant" ADD "evaluation_opt_out_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "evaluation" ADD CONSTRAINT "FK_765b47fae4db72e3441d0744d0c" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "evaluation" ADD CONSTRAINT "FK_0381873058f88677a6eece47aa2" FOREIGN KEY ("participant_id") REFERENCES "participant"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "meeting_feedback" ADD CONSTRAINT "FK_4b83bf7ed28c86b577aa9f8f914" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "meeting_feedback" ADD CONSTRAINT "FK_f8ed13705ad3f2e5d2cf5f608ba" FOREIGN KEY ("participant_id") REFERENCES "participant"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "meeting_feedback" DROP CONSTRAINT "FK_f8ed13705ad3f2e5d2cf5f608ba"`);
    await queryRunner.query(`ALTER TABLE "meeting_feedback" DROP CONSTRAINT "FK_4b83bf7ed28c86b577aa9f8f914"`);
    await queryRunner.query(`ALTER TABLE "evaluation" DROP CONSTRAINT "FK_0381873058f88677a6eece47aa2"`);
    await queryRunner.query(`ALTER TABLE "evaluation" DROP CONSTRAINT "FK_765b47fae4db72e3441d0744d0c"`);
    await queryRunner.query(`ALTER TABLE "participant" DROP COLUMN "evaluation_opt_out_at"`);
    await queryRunner.query(`ALTER TABLE "event" DROP COLUMN "evaluation_questions"`);
    await queryRunner.query(`ALTER TABLE "event" DROP COLUMN "follow_up_months"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1869cbbac61f897a6bb708844e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_24889eaa38adcae3dfbe4e1d67"`);
    await queryRunner.query(`DROP TABLE "meeting_feedback"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_dcfb4c04caf5a22df7bcebc2c2"`);
    await queryRunner.query(`DROP TABLE "evaluation"`);
  }
}
