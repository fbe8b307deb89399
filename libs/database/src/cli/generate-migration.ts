/* Writes a migration for the difference between the entities and a scratch database. Dev only. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../data-source-options';
import { runMigrations } from '../run-migrations';

async function main() {
  const name = process.argv[2];
  if (!name) throw new Error('usage: generate-migration <PascalCaseName>');
  const url = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/clustermeet_migrations';
  const dataSource = await new DataSource(dataSourceOptions(url)).initialize();
  await runMigrations(dataSource);
  const sql = await dataSource.driver.createSchemaBuilder().log();
  await dataSource.destroy();
  if (sql.upQueries.length === 0) {
    console.log('No changes.');
    return;
  }
  const timestamp = Date.now();
  const quote = (q: string) => '`' + q.replace(/`/g, '\\`') + '`';
  const call = (q: { query: string; parameters?: unknown[] }) =>
    `    await queryRunner.query(${quote(q.query)}${q.parameters?.length ? `, ${JSON.stringify(q.parameters)}` : ''});`;
  const up = sql.upQueries.map(call).join('\n');
  const down = sql.downQueries.reverse().map(call).join('\n');
  const file = join(__dirname, '../../../../../libs/database/src/migrations', `${timestamp}-${name.replace(/[A-Z]/g, (c, i) => (i ? '-' : '') + c.toLowerCase())}.ts`);
  writeFileSync(
    file,
    `import { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${name}${timestamp} implements MigrationInterface {\n  name = '${name}${timestamp}';\n\n  async up(queryRunner: QueryRunner): Promise<void> {\n${up}\n  }\n\n  async down(queryRunner: QueryRunner): Promise<void> {\n${down}\n  }\n}\n`,
  );
  console.log(`Wrote ${file}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
