import Redis from 'ioredis';
import { Client } from 'pg';

const COMPOSE_HINT = 'Start them with `docker compose -f docker/compose.yml up -d postgres redis mail`, or point the variable at your own server.';

/**
 * Checks the database and Redis before the framework starts, so a missing service gives one
 * clear sentence instead of a stack trace or minutes of reconnect attempts.
 */
export async function preflight(databaseUrl: string, redisUrl: string): Promise<string[]> {
  const problems: string[] = [];
  const client = new Client({ connectionString: databaseUrl, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    const reason = (error as Error).message || (error as { code?: string }).code || 'no answer';
    problems.push(`PostgreSQL is not reachable at DATABASE_URL=${redact(databaseUrl)} (${reason}).`);
  } finally {
    await client.end().catch(() => undefined);
  }
  const redis = new Redis(redisUrl, { lazyConnect: true, connectTimeout: 3000, maxRetriesPerRequest: 0, retryStrategy: () => null });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    problems.push(`Redis is not reachable at REDIS_URL=${redact(redisUrl)} (${(error as Error).message}).`);
  } finally {
    redis.disconnect();
  }
  if (problems.length > 0) problems.push(COMPOSE_HINT);
  return problems;
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):([^@/]+)@/, '//$1:***@');
}
