import type {
  CacheService,
  CacheServiceOptions,
  CacheServiceSetOptions,
} from '@backstage/backend-plugin-api';
import {
  durationToMilliseconds,
  type HumanDuration,
  type JsonValue,
} from '@backstage/types';
import { LRUCache } from 'lru-cache';

/** How long this process reuses a value before asking the shared cache again. */
export const NEAR_CACHE_TTL_MS = 5_000;
/** Values kept in memory at most (the oldest go first). */
export const NEAR_CACHE_MAX_ENTRIES = 5_000;

export interface NearCacheOptions {
  ttlMs?: number;
  maxEntries?: number;
  /** The TTL `set` uses without one, as given to the shared cache. */
  defaultTtl?: number | HumanDuration;
  /** Milliseconds; a test's clock. */
  now?: () => number;
}

function milliseconds(ttl: number | HumanDuration): number {
  return typeof ttl === 'number' ? ttl : durationToMilliseconds(ttl);
}

/**
 * The plugin's shared cache (Valkey in production, shared by the replicas),
 * with each value this process reads or writes also kept in its memory for
 * a few seconds.
 *
 * Every SLO view reads its measurements and OpenSLO documents from the
 * cache: the org view one entry per objective, a service's tab its
 * objectives with their charts. Each read is a round trip to Valkey and a
 * parse of the stored JSON, the larger part of what such a view costs once
 * the measurements are cached. Kept here:
 * - for at most `ttlMs` after this process read or wrote the value, and
 *   never longer than the TTL it was written with, so a value is at most
 *   `ttlMs` older than the shared cache would give;
 * - values are shared between the requests of this process, as the objects
 *   the shared cache returned: callers must not change them;
 * - a miss is not kept (the next read asks the shared cache), and `delete`
 *   removes the value here and there.
 */
export class NearCache implements CacheService {
  readonly #shared: CacheService;
  readonly #near: LRUCache<string, { value: JsonValue }>;
  readonly #options: NearCacheOptions;
  readonly #ttlMs: number;

  constructor(shared: CacheService, options: NearCacheOptions = {}) {
    this.#shared = shared;
    this.#options = options;
    this.#ttlMs = options.ttlMs ?? NEAR_CACHE_TTL_MS;
    const now = options.now;
    this.#near = new LRUCache<string, { value: JsonValue }>({
      max: options.maxEntries ?? NEAR_CACHE_MAX_ENTRIES,
      ttl: this.#ttlMs,
      ttlAutopurge: false,
      // Read the clock at each lookup (the default reuses it for 1 ms).
      ttlResolution: 0,
      ...(now ? { perf: { now } } : {}),
    });
  }

  async get<TValue extends JsonValue>(
    key: string,
  ): Promise<TValue | undefined> {
    const near = this.#near.get(key);
    if (near) {
      return near.value as TValue;
    }
    const value = await this.#shared.get<TValue>(key);
    if (value !== undefined) {
      this.#near.set(key, { value });
    }
    return value;
  }

  async set(
    key: string,
    value: JsonValue,
    options?: CacheServiceSetOptions,
  ): Promise<void> {
    this.#near.delete(key);
    await this.#shared.set(key, value, options);
    const ttl = options?.ttl ?? this.#options.defaultTtl;
    const ttlMs =
      ttl === undefined
        ? this.#ttlMs
        : Math.min(this.#ttlMs, milliseconds(ttl));
    if (ttlMs > 0) {
      this.#near.set(key, { value }, { ttl: ttlMs });
    }
  }

  async delete(key: string): Promise<void> {
    this.#near.delete(key);
    await this.#shared.delete(key);
  }

  /** Another default TTL: a near cache of its own over the shared cache's. */
  withOptions(options: CacheServiceOptions): CacheService {
    return new NearCache(this.#shared.withOptions(options), {
      ...this.#options,
      defaultTtl: options.defaultTtl ?? this.#options.defaultTtl,
    });
  }
}
