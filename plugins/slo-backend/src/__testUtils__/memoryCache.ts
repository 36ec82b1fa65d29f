import type { CacheService } from '@backstage/backend-plugin-api';

/**
 * A CacheService kept in a Map, honouring TTLs, for tests that build the SLO
 * services by hand. Values are copied through JSON like a real cache store.
 */
export function memoryCache(): CacheService & { size(): number } {
  const entries = new Map<string, { value: string; expiresAt: number }>();
  const cache = {
    async get<T>(key: string) {
      const entry = entries.get(key);
      if (!entry || entry.expiresAt < Date.now()) {
        return undefined;
      }
      return JSON.parse(entry.value) as T;
    },
    async set(key: string, value: unknown, options?: { ttl?: unknown }) {
      const ttl = options?.ttl;
      const ms =
        typeof ttl === 'number'
          ? ttl
          : ((ttl as { seconds?: number } | undefined)?.seconds ?? 3600) * 1000;
      entries.set(key, {
        value: JSON.stringify(value),
        expiresAt: Date.now() + ms,
      });
    },
    async delete(key: string) {
      entries.delete(key);
    },
    withOptions() {
      return cache;
    },
    size: () => entries.size,
  };
  return cache as unknown as CacheService & { size(): number };
}
