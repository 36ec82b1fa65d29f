import { useCallback, useEffect, useRef, useState } from 'react';

/** What a view shows while, and after, it asks the backend. */
export type AsyncResult<T> = {
  loading: boolean;
  error?: Error;
  /** The last answer; it stays on screen while a reload runs. */
  value?: T;
  /** Asks again (after a change made here), keeping the answer meanwhile. */
  reload: () => void;
};

function asError(reason: unknown): Error {
  return reason instanceof Error ? reason : new Error(String(reason));
}

/**
 * Runs `load` on mount, whenever `key` changes and again on `reload()`.
 * The key names what the answer depends on (an entity, a period, the
 * filters), so callers need not memoise `load`.
 *
 * - A reload keeps the answer on screen until the new one arrives, so a
 *   table does not flash after a change is saved.
 * - A new key clears the answer (another entity), unless `keepPrevious`
 *   asks to show it until the new one arrives (a list while a filter
 *   changes).
 * - Only the latest request counts: an answer for an older key, or one
 *   that arrives after the view is gone, is dropped, so a quick second
 *   choice never shows the first one's rows.
 */
export function useAsyncResult<T>(
  load: () => Promise<T>,
  key: string,
  options: { keepPrevious?: boolean } = {},
): AsyncResult<T> {
  const keepPrevious = options.keepPrevious ?? false;
  const loadRef = useRef(load);
  loadRef.current = load;
  const lastKey = useRef(key);
  const [generation, setGeneration] = useState(0);
  const [state, setState] = useState<Omit<AsyncResult<T>, 'reload'>>({
    loading: true,
  });

  useEffect(() => {
    let current = true;
    const sameKey = lastKey.current === key;
    lastKey.current = key;
    setState(previous => ({
      loading: true,
      value: sameKey || keepPrevious ? previous.value : undefined,
    }));
    loadRef.current().then(
      value => {
        if (current) setState({ loading: false, value });
      },
      reason => {
        if (current) setState({ loading: false, error: asError(reason) });
      },
    );
    return () => {
      current = false;
    };
  }, [key, generation, keepPrevious]);

  const reload = useCallback(() => setGeneration(g => g + 1), []);
  return { ...state, reload };
}
