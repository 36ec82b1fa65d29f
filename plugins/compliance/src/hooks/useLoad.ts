import { useCallback, useEffect, useRef, useState } from 'react';

export type Loaded<T> = {
  loading: boolean;
  error?: Error;
  /** The last answer; it stays on screen while a reload of the same key runs. */
  value?: T;
  /** Asks again (after a change made here), keeping the answer meanwhile. */
  reload: () => void;
};

/**
 * Runs `load` whenever `key` changes and on `reload()`. The key names what
 * the answer depends on (the period, the filters), so callers need not
 * memoise `load`. An answer for an older key is dropped: after a quick
 * second choice of period the first one's figures never come back.
 */
export function useLoad<T>(load: () => Promise<T>, key: string): Loaded<T> {
  const loadRef = useRef(load);
  loadRef.current = load;
  const lastKey = useRef(key);
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
      value: sameKey ? previous.value : undefined,
    }));
    loadRef.current().then(
      value => {
        if (current) setState({ loading: false, value });
      },
      reason => {
        if (current) {
          setState({
            loading: false,
            error: reason instanceof Error ? reason : new Error(String(reason)),
          });
        }
      },
    );
    return () => {
      current = false;
    };
  }, [key, generation]);

  const reload = useCallback(() => setGeneration(g => g + 1), []);
  return { ...state, reload };
}
