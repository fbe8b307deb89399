import { MigrationInterface, QueryRunner } from 'typeorm';

export class PersonalDataRetention1795439326190 implements MigrationInterface {
  name = 'PersonalDataRetention1795439326190';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "event" ADD "personal_data_retention_months" integer`);
    await queryRunner.query(`ALTER TABLE "event" ADD "personal_data_anonymised_at" TIMESTAMP WITH TIME ZONE`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "event" DROP COLUMN "personal_data_anonymised_at"`);
    await queryRunner.query(`ALTER TABLE "event" DROP COLUMN "personal_data_retention_months"`);
  }
}
