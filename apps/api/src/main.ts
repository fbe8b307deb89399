import 'reflect-metadata';
import { ConsoleLogger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { runMigrations } from '@clustermeet/database';
import { ConfigurationError, preflight, validateEnvironment } from '@clustermeet/domain';
import { AppModule } from './app.module';
import { configureApp } from './configure-app';

async function bootstrap() {
  const environment = validateEnvironment(process.env);
  const problems = await preflight(environment.DATABASE_URL, environment.REDIS_URL);
  if (problems.length > 0) {
    console.error(`Clustermeet cannot start:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  const logger = new ConsoleLogger('api', { json: environment.NODE_ENV === 'production', colors: environment.NODE_ENV !== 'production' });
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { logger });
  const applied = await runMigrations(app.get(DataSource));
  if (applied.length > 0) logger.log(`Applied migrations: ${applied.join(', ')}`);
  configureApp(app, resolve(environment.WEB_DIST ?? 'dist/web'));
  await app.listen(environment.PORT);
  logger.log(`Clustermeet api on http://localhost:${environment.PORT} (API docs: /api/docs)`);
}

bootstrap().catch((error) => {
  if (error instanceof ConfigurationError) {
    console.error(error.message);
  } else {
    console.error('Clustermeet api failed to start:', error);
  }
  process.exit(1);
});
