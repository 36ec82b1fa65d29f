import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';

/**
 * The tab's inputs as URL query parameters, so an answer can be linked to
 * (`/access/explain?user=…&permission=…`). Empty values are left out.
 */
export function useQueryParams<K extends string>(
  keys: readonly K[],
): [Partial<Record<K, string>>, (values: Partial<Record<K, string>>) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const serialized = searchParams.toString();
  const values = useMemo(() => {
    const result: Partial<Record<K, string>> = {};
    for (const key of keys) {
      const value = searchParams.get(key)?.trim();
      if (value) result[key] = value;
    }
    return result;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [serialized, keys.join()]);
  const setValues = useCallback(
    (next: Partial<Record<K, string>>) => {
      const params = new URLSearchParams();
      for (const key of keys) {
        const value = next[key]?.trim();
        if (value) params.set(key, value);
      }
      setSearchParams(params);
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [setSearchParams, keys.join()],
  );
  return [values, setValues];
}
