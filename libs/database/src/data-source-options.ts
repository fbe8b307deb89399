import type { DataSourceOptions } from 'typeorm';
import * as entities from './entities';
import { migrations } from './migrations';
import { SnakeNamingStrategy } from './snake-naming.strategy';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const ENTITIES: Function[] = Object.values(entities).filter(
  (value) => typeof value === 'function' && value !== entities.BaseEntity,
);

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
