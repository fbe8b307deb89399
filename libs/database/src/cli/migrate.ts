import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../data-source-options';
import { runMigrations } from '../run-migrations';

async function main() {
  const dataSource = await new DataSource(dataSourceOptions(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/clustermeet')).initialize();
  try {
    const applied = await runMigrations(dataSource);
    console.log(applied.length > 0 ? `Applied: ${applied.join(', ')}` : 'Database is up to date.');
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error) => {
  console.error('Migration failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
