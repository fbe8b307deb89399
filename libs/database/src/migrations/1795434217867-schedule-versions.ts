import { MigrationInterface, QueryRunner } from 'typeorm';

export class ScheduleVersions1795434217867 implements MigrationInterface {
  name = 'ScheduleVersions1795434217867';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "schedule_version" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "event_id" uuid NOT NULL, "number" integer NOT NULL, "status" character varying(12) NOT NULL DEFAULT 'draft', "run_id" uuid NOT NULL, "base_version_id" uuid, "metrics" jsonb NOT NULL, "seed" integer NOT NULL, "created_by_user_id" uuid, "published_at" TIMESTAMP WITH TIME ZONE, "published_by_user_id" uuid, CONSTRAINT "UQ_7342d746537dcdf08ee7b2e2e3a" UNIQUE ("run_id"), CONSTRAINT "PK_e2feffb2e97b8d0592a6faa410a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_11600d0ba274a9612c12b42fcf" ON "schedule_version"  ("event_id", "number") `);
    await queryRunner.query(`CREATE TABLE "schedule_entry" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version_id" uuid NOT NULL, "meeting_id" uuid NOT NULL, "request_id" uuid, "participant_ids" uuid array NOT NULL, "slot_id" uuid, "table_id" uuid, "online" boolean NOT NULL DEFAULT false, "locked" boolean NOT NULL DEFAULT false, "weight" integer NOT NULL DEFAULT '1', "unscheduled_reason" character varying(500), CONSTRAINT "PK_3600430a8792b80c5080826616a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_b907baa133c4c82f998d6f0ad9" ON "schedule_entry"  ("version_id") `);
    await queryRunner.query(`ALTER TABLE "participant" ADD "calendar_feed_token" character varying(64)`);
    await queryRunner.query(`ALTER TABLE "participant" ADD CONSTRAINT "UQ_bfe9d470b97a415af3bb9e1035b" UNIQUE ("calendar_feed_token")`);
    await queryRunner.query(`ALTER TABLE "meeting" ADD "sequence" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "meeting" ADD "schedule_version_id" uuid`);
    await queryRunner.query(`ALTER TABLE "outbox_email" ADD "attachments" jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query(`ALTER TABLE "schedule_version" ADD CONSTRAINT "FK_99663c89df8fcef3d32323d784a" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "schedule_entry" ADD CONSTRAINT "FK_b907baa133c4c82f998d6f0ad9d" FOREIGN KEY ("version_id") REFERENCES "schedule_version"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "schedule_entry" DROP CONSTRAINT "FK_b907baa133c4c82f998d6f0ad9d"`);
    await queryRunner.query(`ALTER TABLE "schedule_version" DROP CONSTRAINT "FK_99663c89df8fcef3d32323d784a"`);
    await queryRunner.query(`ALTER TABLE "outbox_email" DROP COLUMN "attachments"`);
    await queryRunner.query(`ALTER TABLE "meeting" DROP COLUMN "schedule_version_id"`);
    await queryRunner.query(`ALTER TABLE "meeting" DROP COLUMN "sequence"`);
    await queryRunner.query(`ALTER TABLE "participant" DROP CONSTRAINT "UQ_bfe9d470b97a415af3bb9e1035b"`);
    await queryRunner.query(`ALTER TABLE "participant" DROP COLUMN "calendar_feed_token"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b907baa133c4c82f998d6f0ad9"`);
    await queryRunner.query(`DROP TABLE "schedule_entry"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_11600d0ba274a9612c12b42fcf"`);
    await queryRunner.query(`DROP TABLE "schedule_version"`);
  }
}
