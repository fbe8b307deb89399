import 'reflect-metadata';
import { ConsoleLogger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { runMigrations } from '@clustermeet/database';
import { ConfigurationError, preflight, validateEnvironment } from '@clustermeet/domain';
import { WorkerModule } from './worker.module';

/** No HTTP server: the worker only consumes queues. */
async function bootstrap() {
  const environment = validateEnvironment(process.env);
  const problems = await preflight(environment.DATABASE_URL, environment.REDIS_URL);
  if (problems.length > 0) {
    console.error(`Clustermeet worker cannot start:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  const logger = new ConsoleLogger('worker', { json: environment.NODE_ENV === 'production', colors: environment.NODE_ENV !== 'production' });
  const app = await NestFactory.createApplicationContext(WorkerModule, { logger });
  await runMigrations(app.get(DataSource));
  app.enableShutdownHooks();
  logger.log('Clustermeet worker is processing queues');
}

bootstrap().catch((error) => {
  console.error(error instanceof ConfigurationError ? error.message : error);
  process.exit(1);
});
