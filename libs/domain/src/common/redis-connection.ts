import type { RedisOptions } from 'bullmq';

/** BullMQ needs maxRetriesPerRequest null on its blocking connections. */
export function redisConnectionOptions(url: string): RedisOptions {
  return { url, maxRetriesPerRequest: null };
}
