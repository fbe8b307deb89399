import { DataSourceOptions, getMetadataArgsStorage } from 'typeorm';
import * as entities from './entities';
import { migrations } from './migrations';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/** Every class decorated with @Entity in ./entities, found through TypeORM's own metadata. */
const entityTargets = new Set(getMetadataArgsStorage().tables.map((table) => table.target));
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const ENTITIES = (Object.values(entities) as unknown[]).filter((value) => entityTargets.has(value as Function)) as Function[];

/** Shared by the Nest apps, the CLI scripts and the tests: one definition of the database. */
export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations,
    migrationsRun: false,
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    uuidExtension: 'pgcrypto',
    extra: { max: 20 },
  };
}
