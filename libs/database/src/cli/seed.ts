/* Applies migrations and seeds the demo event; safe to run again (it leaves an existing demo alone). */
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../data-source-options';
import { runMigrations } from '../run-migrations';
import { DEMO_HELPER, DEMO_ORGANISER, seedDemoEvent } from '../seeds/demo-event.seed';

async function main() {
  const url = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/clustermeet';
  const dataSource = await new DataSource(dataSourceOptions(url)).initialize();
  try {
    const applied = await runMigrations(dataSource);
    if (applied.length > 0) console.log(`Applied migrations: ${applied.join(', ')}`);
    const result = await seedDemoEvent(dataSource);
    console.log(
      result.created
        ? `Demo event seeded (${result.participants} participants). Organiser: ${DEMO_ORGANISER.email} / ${DEMO_ORGANISER.password}; helper: ${DEMO_HELPER.email} / ${DEMO_HELPER.password}`
        : `Demo event already present (${result.participants} participants); nothing changed.`,
    );
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error) => {
  console.error('Seeding failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
