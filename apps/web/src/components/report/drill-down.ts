import { useSearchParams } from 'react-router';

/** A number's rows: the metric it counts and, for a line of a breakdown, that line's key. */
export interface DrillDown {
  metric: string;
  key: string | null;
}

/**
 * The open drill-down lives in the address (`?metric=…&key=…`), so every number is a real link: it can be
 * opened in a new tab, shared, and the back button closes the drawer.
 */
export function drillDownSearch({ metric, key }: DrillDown): string {
  const params = new URLSearchParams({ metric });
  if (key !== null) params.set('key', key);
  return `?${params.toString()}`;
}

export function useDrillDown(): [DrillDown | null, () => void] {
  const [params, setParams] = useSearchParams();
  const metric = params.get('metric');
  const close = () => {
    const next = new URLSearchParams(params);
    next.delete('metric');
    next.delete('key');
    setParams(next, { preventScrollReset: true });
  };
  return [metric ? { metric, key: params.get('key') } : null, close];
}
