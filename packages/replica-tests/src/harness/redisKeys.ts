import Valkey from 'iovalkey';

export const REDIS_URL =
  process.env.REPLICA_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/**
 * Deletes every key starting with `prefix` (the run's cache entries and
 * rate-limit counters) and resolves with how many there were.
 */
export async function deleteRedisKeysWithPrefix(
  prefix: string,
): Promise<number> {
  if (!/^[a-z0-9_]{8,}$/.test(prefix)) {
    throw new Error(`refusing to delete Redis keys by the prefix '${prefix}'`);
  }
  const client = new Valkey(REDIS_URL, {
    lazyConnect: true,
    maxRetriesPerRequest: 1,
  });
  await client.connect();
  try {
    let deleted = 0;
    let cursor = '0';
    do {
      const [next, keys] = await client.scan(
        cursor,
        'MATCH',
        `${prefix}*`,
        'COUNT',
        500,
      );
      cursor = next;
      if (keys.length > 0) {
        deleted += await client.del(...keys);
      }
    } while (cursor !== '0');
    return deleted;
  } finally {
    client.disconnect();
  }
}
