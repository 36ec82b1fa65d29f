import { useEffect, useRef, useState } from 'react';

export type AsyncResult<T> = {
  loading: boolean;
  error?: Error;
  /** The value loaded; with `keepPrevious`, the last one stays while the next loads. */
  value?: T;
};

function asError(reason: unknown): Error {
  return reason instanceof Error ? reason : new Error(String(reason));
}

/**
 * Runs `load` whenever `key` changes and keeps the latest answer. `key` says
 * what the load depends on, so callers need not memoise `load`. With
 * `keepPrevious` (a filtered list, say) the old value stays on screen while
 * the new one loads; without it (another entity) it is dropped at once.
 */
export function useAsyncResult<T>(
  load: () => Promise<T>,
  key: string,
  options: { keepPrevious?: boolean } = {},
): AsyncResult<T> {
  const keepPrevious = options.keepPrevious ?? false;
  const loadRef = useRef(load);
  loadRef.current = load;
  const [state, setState] = useState<AsyncResult<T>>({ loading: true });

  useEffect(() => {
    let cancelled = false;
    setState(previous => ({
      loading: true,
      value: keepPrevious ? previous.value : undefined,
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
  }, [key, keepPrevious]);

  return state;
}
