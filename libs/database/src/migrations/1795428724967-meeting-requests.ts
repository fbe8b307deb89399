import { MigrationInterface, QueryRunner } from 'typeorm';

export class MeetingRequests1795428724967 implements MigrationInterface {
  name = 'MeetingRequests1795428724967';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."meeting_format" AS ENUM('on_site', 'online', 'either')`);
    await queryRunner.query(`CREATE TYPE "public"."meeting_request_status" AS ENUM('pending', 'accepted', 'declined', 'withdrawn', 'expired')`);
    await queryRunner.query(`CREATE TABLE "meeting_request" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "event_id" uuid NOT NULL, "requester_id" uuid NOT NULL, "recipient_id" uuid NOT NULL, "colleague_id" uuid, "message" character varying(1000) NOT NULL DEFAULT '', "format" "public"."meeting_format" NOT NULL DEFAULT 'either', "high_priority" boolean NOT NULL DEFAULT false, "status" "public"."meeting_request_status" NOT NULL DEFAULT 'pending', "decline_reason" character varying(1000) NOT NULL DEFAULT '', "proposed_slot_id" uuid, "responded_at" TIMESTAMP WITH TIME ZONE, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "reminder_sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_3f62245c08dea30d2df7d15bcd4" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_ba31b0dc44d4ab4eb282f1a99f" ON "meeting_request"  ("requester_id", "status") `);
    await queryRunner.query(`CREATE INDEX "IDX_b0f68f4e132c53b754e5d94105" ON "meeting_request"  ("recipient_id", "status") `);
    await queryRunner.query(`CREATE INDEX "IDX_b9d19196e19795425ec63753fc" ON "meeting_request"  ("event_id", "status") `);
    await queryRunner.query(`CREATE TABLE "meeting_seat" ("meeting_id" uuid NOT NULL, "participant_id" uuid NOT NULL, "slot_id" uuid NOT NULL, CONSTRAINT "PK_6699e2e4977bdbeb2b813077cc3" PRIMARY KEY ("meeting_id", "participant_id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_b8b1e4e07db6fe045f492d16dc" ON "meeting_seat"  ("participant_id", "slot_id") `);
    await queryRunner.query(`CREATE TYPE "public"."booking_mode" AS ENUM('scheduling', 'self_booking')`);
    await queryRunner.query(`ALTER TABLE "event" ADD "booking_mode" "public"."booking_mode" NOT NULL DEFAULT 'scheduling'`);
    await queryRunner.query(`ALTER TABLE "event" ADD "request_expiry_hours" integer NOT NULL DEFAULT '72'`);
    await queryRunner.query(`ALTER TABLE "event" ADD "max_high_priority_requests" integer NOT NULL DEFAULT '3'`);
    await queryRunner.query(`CREATE TYPE "public"."email_preference" AS ENUM('instant', 'daily_digest')`);
    await queryRunner.query(`ALTER TABLE "participant" ADD "email_preference" "public"."email_preference" NOT NULL DEFAULT 'instant'`);
    await queryRunner.query(`ALTER TABLE "meeting" ADD "request_id" uuid`);
    await queryRunner.query(`ALTER TABLE "meeting" ADD "video_link" character varying(500)`);
    await queryRunner.query(`ALTER TABLE "meeting_request" ADD CONSTRAINT "FK_f1d32b52e45d425dc6d1be0228c" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "meeting_request" ADD CONSTRAINT "FK_0ce4b2149d07241db2a71a0bedf" FOREIGN KEY ("requester_id") REFERENCES "participant"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "meeting_request" ADD CONSTRAINT "FK_a268f79231b2b2efb1f4442a872" FOREIGN KEY ("recipient_id") REFERENCES "participant"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "meeting_request" ADD CONSTRAINT "FK_047f103f8925ba31ba0e70a58f0" FOREIGN KEY ("colleague_id") REFERENCES "participant"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "meeting_request" ADD CONSTRAINT "FK_26bb46ba0956f5f7981a63dfcb2" FOREIGN KEY ("proposed_slot_id") REFERENCES "slot"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "meeting_seat" ADD CONSTRAINT "FK_cdd3f83b5d2858fa11e4f3fd857" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "meeting_seat" ADD CONSTRAINT "FK_aae37f5643dd286a27f26ecc474" FOREIGN KEY ("participant_id") REFERENCES "participant"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "meeting_seat" ADD CONSTRAINT "FK_a56186c2ec88344578d9f3c8238" FOREIGN KEY ("slot_id") REFERENCES "slot"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    // At most one open request per pair, whoever asked first: the database decides races.
    await queryRunner.query(
      `CREATE UNIQUE INDEX "meeting_request_open_pair_idx" ON "meeting_request" ("event_id", LEAST("requester_id", "recipient_id"), GREATEST("requester_id", "recipient_id")) WHERE "status" IN ('pending', 'accepted')`,
    );
    // One scheduled meeting per table and slot (online meetings have no table).
    await queryRunner.query(
      `CREATE UNIQUE INDEX "meeting_table_slot_idx" ON "meeting" ("slot_id", "table_id") WHERE "status" = 'scheduled' AND "table_id" IS NOT NULL AND "slot_id" IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "meeting_table_slot_idx"`);
    await queryRunner.query(`DROP INDEX "meeting_request_open_pair_idx"`);
    await queryRunner.query(`ALTER TABLE "meeting_seat" DROP CONSTRAINT "FK_a56186c2ec88344578d9f3c8238"`);
    await queryRunner.query(`ALTER TABLE "meeting_seat" DROP CONSTRAINT "FK_aae37f5643dd286a27f26ecc474"`);
    await queryRunner.query(`ALTER TABLE "meeting_seat" DROP CONSTRAINT "FK_cdd3f83b5d2858fa11e4f3fd857"`);
    await queryRunner.query(`ALTER TABLE "meeting_request" DROP CONSTRAINT "FK_26bb46ba0956f5f7981a63dfcb2"`);
    await queryRunner.query(`ALTER TABLE "meeting_request" DROP CONSTRAINT "FK_047f103f8925ba31ba0e70a58f0"`);
    await queryRunner.query(`ALTER TABLE "meeting_request" DROP CONSTRAINT "FK_a268f79231b2b2efb1f4442a872"`);
    await queryRunner.query(`ALTER TABLE "meeting_request" DROP CONSTRAINT "FK_0ce4b2149d07241db2a71a0bedf"`);
    await queryRunner.query(`ALTER TABLE "meeting_request" DROP CONSTRAINT "FK_f1d32b52e45d425dc6d1be0228c"`);
    await queryRunner.query(`ALTER TABLE "meeting" DROP COLUMN "video_link"`);
    await queryRunner.query(`ALTER TABLE "meeting" DROP COLUMN "request_id"`);
    await queryRunner.query(`ALTER TABLE "participant" DROP COLUMN "email_preference"`);
    await queryRunner.query(`DROP TYPE "public"."email_preference"`);
    await queryRunner.query(`ALTER TABLE "event" DROP COLUMN "max_high_priority_requests"`);
    await queryRunner.query(`ALTER TABLE "event" DROP COLUMN "request_expiry_hours"`);
    await queryRunner.query(`ALTER TABLE "event" DROP COLUMN "booking_mode"`);
    await queryRunner.query(`DROP TYPE "public"."booking_mode"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b8b1e4e07db6fe045f492d16dc"`);
    await queryRunner.query(`DROP TABLE "meeting_seat"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b9d19196e19795425ec63753fc"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b0f68f4e132c53b754e5d94105"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ba31b0dc44d4ab4eb282f1a99f"`);
    await queryRunner.query(`DROP TABLE "meeting_request"`);
    await queryRunner.query(`DROP TYPE "public"."meeting_request_status"`);
    await queryRunner.query(`DROP TYPE "public"."meeting_format"`);
  }
}
