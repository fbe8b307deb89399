import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUrl, Matches, Max, Min, MinLength, validateSync } from 'class-validator';

const DEV_JWT_SECRET = 'clustermeet-development-secret-change-me-in-production';

/** Every variable the apps read, with its default for a local run; checked once at start-up. */
export class Environment {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @IsInt()
  @Min(1)
  @Max(65535)
  PORT: number = 3000;

  @Matches(/^postgres(ql)?:\/\//, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/clustermeet';

  @Matches(/^rediss?:\/\//, { message: 'REDIS_URL must be a redis:// URL' })
  REDIS_URL = 'redis://127.0.0.1:6379';

  /** Keeps BullMQ keys of parallel test runs or several installations apart on one Redis. */
  @Matches(/^[a-z0-9_-]{1,40}$/i, { message: 'QUEUE_PREFIX must be 1–40 letters, digits, - or _' })
  QUEUE_PREFIX = 'clustermeet';

  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET = DEV_JWT_SECRET;

  @IsInt()
  @Min(5)
  @Max(60 * 24 * 30)
  ACCESS_TOKEN_TTL_MINUTES: number = 60 * 24 * 7;

  @IsInt()
  @Min(5)
  @Max(60 * 24 * 30)
  SIGN_IN_LINK_TTL_MINUTES: number = 60 * 24;

  /** API requests per minute from one address; at a venue everyone may share one address. */
  @IsInt()
  @Min(10)
  @Max(10_000_000)
  RATE_LIMIT_PER_MINUTE: number = 20_000;

  /** Sign-up, login and sign-in-link requests per minute from one address. */
  @IsInt()
  @Min(1)
  @Max(100_000)
  AUTH_RATE_LIMIT_PER_MINUTE: number = 10;

  @Matches(/^smtps?:\/\//, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL = 'smtp://127.0.0.1:1025';

  @IsString()
  @MinLength(3)
  MAIL_FROM = 'Clustermeet <no-reply@clustermeet.local>';

  @IsUrl({ require_tld: false, require_protocol: true }, { message: 'PUBLIC_URL must be an http(s) URL such as http://localhost:3000' })
  PUBLIC_URL = 'http://localhost:3000';

  @IsOptional()
  @IsString()
  WEB_DIST?: string;

  @IsIn(['true', 'false'])
  SEED_DEMO = 'false';

  /** How long a solve job's lock lives without renewal: a dead worker's job is retried after about this long. */
  @IsInt()
  @Min(1_000)
  @Max(600_000)
  SCHEDULE_JOB_LOCK_MS: number = 30_000;
}

export class ConfigurationError extends Error {}

/** Turns process.env into a typed Environment, or throws one line per bad variable. */
export function validateEnvironment(raw: Record<string, unknown>): Environment {
  const env = plainToInstance(Environment, raw, { enableImplicitConversion: true, exposeDefaultValues: true });
  const errors = validateSync(env, { whitelist: false, forbidUnknownValues: false });
  const problems = errors.flatMap((error) => Object.values(error.constraints ?? {}).map((text) => `  - ${error.property}: ${text}`));
  if (env.NODE_ENV === 'production' && env.JWT_SECRET === DEV_JWT_SECRET) {
    problems.push('  - JWT_SECRET: set a secret of your own in production');
  }
  if (problems.length > 0) {
    throw new ConfigurationError(`Invalid configuration (environment variables):\n${problems.join('\n')}`);
  }
  return env;
}
