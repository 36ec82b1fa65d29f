/**
 * Keeps the first call's promise for each key, failure included, so every
 * check of a run reads a source once for the same question (`key`
 * compared as a `Map` key).
 */
export function readOncePerKey<K, V>(
  load: (key: K) => Promise<V>,
): (key: K) => Promise<V> {
  const cache = new Map<K, Promise<V>>();
  return key => {
    let value = cache.get(key);
    if (!value) {
      value = load(key);
      // Observed by whoever awaits it; this keeps an unawaited failure quiet.
      value.catch(() => undefined);
      cache.set(key, value);
    }
    return value;
  };
}

/** Keeps the first call's promise, failure included, so a run reads a source once. */
export function readOnce<V>(load: () => Promise<V>): () => Promise<V> {
  const read = readOncePerKey<undefined, V>(() => load());
  return () => read(undefined);
}
