import { useCallback, useEffect, useRef, useState } from 'react';

export type Loaded<T> = {
  loading: boolean;
  error?: Error;
  /** The last answer; it stays on screen while a reload runs. */
  value?: T;
  /** Asks again, keeping the current answer meanwhile (after a refresh, say). */
  reload: () => void;
};

/**
 * Runs `load` whenever `key` changes and again on `reload()`. The key names
 * what the answer depends on (the query string, an entity), so callers need
 * not memoise `load`. An answer to an older key is dropped, so a quick
 * second filter never shows the first one's rows. A new key clears the
 * answer (another decision), unless `keepPrevious` asks to show it until
 * the new one arrives (the log's rows while a filter changes).
 */
export function useLoad<T>(
  load: () => Promise<T>,
  key: string,
  options: { keepPrevious?: boolean } = {},
): Loaded<T> {
  const keepPrevious = options.keepPrevious ?? false;
  const lastKey = useRef(key);
  const loadRef = useRef(load);
  loadRef.current = load;
  const [generation, setGeneration] = useState(0);
  const [state, setState] = useState<Omit<Loaded<T>, 'reload'>>({
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
      value => current && setState({ loading: false, value }),
      reason =>
        current &&
        setState({
          loading: false,
          error: reason instanceof Error ? reason : new Error(String(reason)),
        }),
    );
    return () => {
      current = false;
    };
  }, [key, generation, keepPrevious]);

  const reload = useCallback(() => setGeneration(g => g + 1), []);
  return { ...state, reload };
}
