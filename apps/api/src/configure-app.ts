import { BadRequestException, Logger, ValidationPipe } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigService } from '@nestjs/config';
import { AppConfig, flattenValidation } from '@clustermeet/domain';
import { RedisIoAdapter } from './live/redis-io.adapter';

export const API_PREFIX = 'api';

/** Everything main.ts and the test stack share, so tests exercise the app as it runs. */
export function configureApp(app: NestExpressApplication, webDist?: string): void {
  app.setGlobalPrefix(API_PREFIX);
  app.use(helmet({ contentSecurityPolicy: false }));
  app.use(logRequests());
  app.useBodyParser('json', { limit: '1mb' });
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: (errors) => new BadRequestException(errors.flatMap((error) => flattenValidation(error))),
    }),
  );
  app.enableShutdownHooks();
  const config = app.get<ConfigService<AppConfig, true>>(ConfigService);
  app.useWebSocketAdapter(new RedisIoAdapter(app, config.get('redis.url', { infer: true }), config.get('redis.queuePrefix', { infer: true })));
  setUpOpenApi(app);
  if (webDist && existsSync(join(webDist, 'index.html'))) serveWebApp(app, webDist);
}

export function createOpenApiDocument(app: NestExpressApplication) {
  const config = new DocumentBuilder()
    .setTitle('Clustermeet API')
    .setDescription('B2B matchmaking for international cluster meetings: events, registration, profiles, meetings.')
    .setVersion('0.1.0')
    .addBearerAuth()
    .build();
  return SwaggerModule.createDocument(app, config);
}

/** One structured line per API request; the path without its query, so tokens never reach the log. */
function logRequests() {
  const logger = new Logger('http');
  return (request: Request, response: Response, next: NextFunction) => {
    if (!request.path.startsWith(`/${API_PREFIX}`)) return next();
    const started = process.hrtime.bigint();
    response.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      logger.log({ msg: 'request', method: request.method, path: request.path, status: response.statusCode, ms: Math.round(ms * 10) / 10 });
    });
    next();
  };
}

function setUpOpenApi(app: NestExpressApplication): void {
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, () => createOpenApiDocument(app), { jsonDocumentUrl: `${API_PREFIX}/docs-json` });
}

/** The browser app is static files; unknown non-API paths get index.html so client routes work on reload. */
function serveWebApp(app: NestExpressApplication, webDist: string): void {
  app.useStaticAssets(webDist, { index: false, maxAge: '1h' });
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' || request.path.startsWith(`/${API_PREFIX}`) || request.path.startsWith('/socket.io')) return next();
    response.sendFile(join(webDist, 'index.html'));
  });
}
