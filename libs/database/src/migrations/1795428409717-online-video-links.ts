import { MigrationInterface, QueryRunner } from 'typeorm';

export class OnlineVideoLinks1795428409717 implements MigrationInterface {
  name = 'OnlineVideoLinks1795428409717';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "event_table" ADD "video_link_template" character varying(300)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "event_table" DROP COLUMN "video_link_template"`);
  }
}
