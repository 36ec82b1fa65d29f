import type {
  CacheService,
  CacheServiceSetOptions,
} from '@backstage/backend-plugin-api';
import { durationToMilliseconds, type JsonValue } from '@backstage/types';
import { NearCache } from './nearCache';

/** A shared cache in a Map, with its own clock, counting reads. */
class CountingSharedCache implements CacheService {
  reads = 0;
  readonly entries = new Map<string, { value: JsonValue; until: number }>();
  constructor(
    private readonly clock: () => number,
    private readonly defaultTtlMs = 60_000,
  ) {}

  async get<T extends JsonValue>(key: string) {
    this.reads += 1;
    const entry = this.entries.get(key);
    return entry && entry.until > this.clock() ? (entry.value as T) : undefined;
  }

  async set(key: string, value: JsonValue, options?: CacheServiceSetOptions) {
    const given = options?.ttl ?? this.defaultTtlMs;
    const ttl =
      typeof given === 'number' ? given : durationToMilliseconds(given);
    this.entries.set(key, { value, until: this.clock() + ttl });
  }

  async delete(key: string) {
    this.entries.delete(key);
  }

  withOptions(): CacheService {
    return this;
  }
}

function setup(ttlMs = 5_000) {
  let clock = 1_000_000;
  const now = () => clock;
  const shared = new CountingSharedCache(now);
  const near = new NearCache(shared, { ttlMs, now });
  return {
    shared,
    near,
    advance(ms: number) {
      clock += ms;
    },
  };
}

describe('NearCache', () => {
  it('answers repeated reads from memory within its TTL, then asks the shared cache again', async () => {
    const { shared, near, advance } = setup(5_000);
    await shared.set('measurement', { sli: 0.999 });

    expect(await near.get('measurement')).toEqual({ sli: 0.999 });
    advance(4_999);
    expect(await near.get('measurement')).toEqual({ sli: 0.999 });
    expect(shared.reads).toBe(1);

    await shared.set('measurement', { sli: 0.95 });
    advance(2);
    expect(await near.get('measurement')).toEqual({ sli: 0.95 });
    expect(shared.reads).toBe(2);
  });

  it('keeps what it writes, and writes it to the shared cache for the other replicas', async () => {
    const { shared, near } = setup();
    await near.set('doc', { slos: 3 }, { ttl: 60_000 });
    expect(shared.entries.get('doc')?.value).toEqual({ slos: 3 });
    expect(await near.get('doc')).toEqual({ slos: 3 });
    expect(shared.reads).toBe(0);
  });

  it('never keeps a value longer than the TTL it was written with', async () => {
    const { shared, near, advance } = setup(5_000);
    await near.set('failed-read', { problems: ['404'] }, { ttl: 1_000 });
    advance(1_001);
    expect(await near.get('failed-read')).toBeUndefined();
    expect(shared.reads).toBe(1);

    await near.set('short', 1, { ttl: { seconds: 2 } });
    advance(2_001);
    expect(await near.get('short')).toBeUndefined();
  });

  it('uses the default TTL given through withOptions', async () => {
    let clock = 1_000_000;
    const now = () => clock;
    const shared = new CountingSharedCache(now, 1_000);
    const near = new NearCache(shared, { ttlMs: 5_000, now }).withOptions({
      defaultTtl: 1_000,
    });
    await near.set('k', 'v');
    clock += 1_001;
    expect(await near.get('k')).toBeUndefined();
  });

  it('does not keep a miss', async () => {
    const { shared, near } = setup();
    expect(await near.get('absent')).toBeUndefined();
    await shared.set('absent', 'now present');
    expect(await near.get('absent')).toBe('now present');
  });

  it('keeps a falsy value like any other', async () => {
    const { shared, near } = setup();
    await shared.set('zero', 0);
    expect(await near.get('zero')).toBe(0);
    expect(await near.get('zero')).toBe(0);
    expect(shared.reads).toBe(1);
  });

  it('deletes here and in the shared cache', async () => {
    const { shared, near } = setup();
    await near.set('k', 'v');
    await near.delete('k');
    expect(shared.entries.has('k')).toBe(false);
    expect(await near.get('k')).toBeUndefined();
  });

  it('keeps nothing of a write the shared cache refused', async () => {
    const { shared, near } = setup();
    await shared.set('k', 'old');
    await near.get('k');
    jest.spyOn(shared, 'set').mockRejectedValueOnce(new Error('Valkey down'));
    await expect(near.set('k', 'new')).rejects.toThrow('Valkey down');
    expect(await near.get('k')).toBe('old');
    expect(shared.reads).toBe(2);
  });
});
