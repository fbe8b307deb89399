import { registerAs } from '@nestjs/config';
import { Environment, validateEnvironment } from './environment';

/** Config per area, read through ConfigService with `{ infer: true }`. */
export const databaseConfig = registerAs('database', () => ({ url: env().DATABASE_URL }));
export const redisConfig = registerAs('redis', () => ({ url: env().REDIS_URL, queuePrefix: env().QUEUE_PREFIX }));
export const authConfig = registerAs('auth', () => ({
  jwtSecret: env().JWT_SECRET,
  accessTokenTtlMinutes: env().ACCESS_TOKEN_TTL_MINUTES,
  signInLinkTtlMinutes: env().SIGN_IN_LINK_TTL_MINUTES,
}));
export const rateLimitConfig = registerAs('rateLimit', () => ({ perMinute: env().RATE_LIMIT_PER_MINUTE }));
export const mailConfig = registerAs('mail', () => ({ smtpUrl: env().SMTP_URL, from: env().MAIL_FROM }));
export const appConfig = registerAs('app', () => ({
  nodeEnv: env().NODE_ENV,
  port: env().PORT,
  publicUrl: env().PUBLIC_URL.replace(/\/$/, ''),
  webDist: env().WEB_DIST,
  seedDemo: env().SEED_DEMO === 'true',
}));

export const ALL_CONFIG = [databaseConfig, redisConfig, authConfig, rateLimitConfig, mailConfig, appConfig];

export interface AppConfig {
  database: ReturnType<typeof databaseConfig>;
  redis: ReturnType<typeof redisConfig>;
  auth: ReturnType<typeof authConfig>;
  rateLimit: ReturnType<typeof rateLimitConfig>;
  mail: ReturnType<typeof mailConfig>;
  app: ReturnType<typeof appConfig>;
}

/** Read when the app is created (not when a module file is imported), so tests can set the environment first. */
function env(): Environment {
  return validateEnvironment(process.env);
}
