import { validateEnvironment } from '@clustermeet/domain';

const MINUTE = 60_000;
let perMinute: number | undefined;

/** Tighter limits on the endpoints a password or link guesser would hammer; read once per process. */
export const AUTH_THROTTLE = {
  default: { limit: () => (perMinute ??= validateEnvironment(process.env).AUTH_RATE_LIMIT_PER_MINUTE), ttl: MINUTE },
};
