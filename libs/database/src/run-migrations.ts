import { DataSource } from 'typeorm';

/** Arbitrary constant: every process that migrates this database takes the same lock. */
const MIGRATION_LOCK_KEY = 7_302_114_001;

/**
 * Runs pending migrations under a Postgres advisory lock, so an api and a worker starting
 * together never apply the same migration twice.
 */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await runner.release();
  }
}
