import { MigrationInterface, QueryRunner } from 'typeorm';

export class Notifications1795428962945 implements MigrationInterface {
  name = 'Notifications1795428962945';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "participant_id" uuid NOT NULL, "kind" character varying(40) NOT NULL, "text" character varying(300) NOT NULL, "subject_id" uuid, "read_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_dbf4dab427e9935355fc2a9cd2" ON "notification"  ("participant_id", "created_at") `);
    await queryRunner.query(`ALTER TABLE "participant" ADD "last_digest_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "notification" ADD CONSTRAINT "FK_0a92da3ff3dea9a05776249255e" FOREIGN KEY ("participant_id") REFERENCES "participant"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "FK_0a92da3ff3dea9a05776249255e"`);
    await queryRunner.query(`ALTER TABLE "participant" DROP COLUMN "last_digest_at"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_dbf4dab427e9935355fc2a9cd2"`);
    await queryRunner.query(`DROP TABLE "notification"`);
  }
}
