import { useEffect, useState } from 'react';

/** The current time, refreshed every `intervalMs`, so "now" and "next" move on without any data change. */
export function useClock(intervalMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
