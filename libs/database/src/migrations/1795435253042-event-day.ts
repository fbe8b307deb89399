import { MigrationInterface, QueryRunner } from 'typeorm';

export class EventDay1795435253042 implements MigrationInterface {
  name = 'EventDay1795435253042';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "event_change" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "event_id" uuid NOT NULL, "seq" integer NOT NULL, "kind" character varying(30) NOT NULL, "actor_user_id" uuid, "actor_participant_id" uuid, "actor_label" character varying(200) NOT NULL, "summary" character varying(500) NOT NULL, "meeting_ids" uuid array NOT NULL DEFAULT '{}', "participant_ids" uuid array NOT NULL DEFAULT '{}', "details" jsonb NOT NULL DEFAULT '{}', CONSTRAINT "PK_aa3f2f68ba20f8ffcc0031adfe9" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_560ba7e72667b39d63c5a8dd15" ON "event_change"  ("event_id", "seq") `);
    await queryRunner.query(`ALTER TABLE "event" ADD "change_seq" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "participant" ADD "check_in_code" character varying(16)`);
    await queryRunner.query(`ALTER TABLE "participant" ADD CONSTRAINT "UQ_f970689ca90d8fc5cd3fd12ef7d" UNIQUE ("check_in_code")`);
    await queryRunner.query(`ALTER TABLE "participant" ADD "checked_in_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "participant" ADD "absent_from_slot_id" uuid`);
    await queryRunner.query(`ALTER TABLE "participant" ADD "standby" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "event_table" ADD "closed_from_slot_id" uuid`);
    await queryRunner.query(`ALTER TABLE "meeting" ADD "absent_participant_ids" uuid array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "meeting" ADD "change_seq" integer`);
    await queryRunner.query(`ALTER TABLE "event_change" ADD CONSTRAINT "FK_bc8dfa498e8f6994b0f776bdb61" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "event_change" DROP CONSTRAINT "FK_bc8dfa498e8f6994b0f776bdb61"`);
    await queryRunner.query(`ALTER TABLE "meeting" DROP COLUMN "change_seq"`);
    await queryRunner.query(`ALTER TABLE "meeting" DROP COLUMN "absent_participant_ids"`);
    await queryRunner.query(`ALTER TABLE "event_table" DROP COLUMN "closed_from_slot_id"`);
    await queryRunner.query(`ALTER TABLE "participant" DROP COLUMN "standby"`);
    await queryRunner.query(`ALTER TABLE "participant" DROP COLUMN "absent_from_slot_id"`);
    await queryRunner.query(`ALTER TABLE "participant" DROP COLUMN "checked_in_at"`);
    await queryRunner.query(`ALTER TABLE "participant" DROP CONSTRAINT "UQ_f970689ca90d8fc5cd3fd12ef7d"`);
    await queryRunner.query(`ALTER TABLE "participant" DROP COLUMN "check_in_code"`);
    await queryRunner.query(`ALTER TABLE "event" DROP COLUMN "change_seq"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_560ba7e72667b39d63c5a8dd15"`);
    await queryRunner.query(`DROP TABLE "event_change"`);
  }
}
