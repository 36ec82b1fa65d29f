import { useCallback, useEffect, useRef, useState } from 'react';

export type AsyncResult<T> = {
  loading: boolean;
  error?: Error;
  /** The last value loaded; it stays on screen while a reload runs. */
  value?: T;
  /** Loads again (after a change the backend made), keeping the value meanwhile. */
  reload: () => void;
};

function asError(reason: unknown): Error {
  return reason instanceof Error ? reason : new Error(String(reason));
}

/**
 * Runs `load` whenever `key` changes, and again on `reload()`. `key` says
 * what the load depends on, so callers need not memoise `load`. A new key
 * drops the old value (another entity, another week); a reload keeps it,
 * so the schedule does not flash after an override is saved.
 */
export function useAsyncResult<T>(
  load: () => Promise<T>,
  key: string,
): AsyncResult<T> {
  const loadRef = useRef(load);
  loadRef.current = load;
  const [generation, setGeneration] = useState(0);
  const [state, setState] = useState<Omit<AsyncResult<T>, 'reload'>>({
    loading: true,
  });
  const lastKey = useRef(key);

  useEffect(() => {
    let cancelled = false;
    const sameKey = lastKey.current === key;
    lastKey.current = key;
    setState(previous => ({
      loading: true,
      value: sameKey ? previous.value : undefined,
    }));
    loadRef.current().then(
      value => {
        if (!cancelled) {
          setState({ loading: false, value });
        }
      },
      reason => {
        if (!cancelled) {
          setState({ loading: false, error: asError(reason) });
        }
      },
    );
    return () => {
      cancelled = true;
    };
  }, [key, generation]);

  const reload = useCallback(() => setGeneration(g => g + 1), []);
  return { ...state, reload };
}
