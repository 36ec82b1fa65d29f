import { NO_DECISION_FACETS as noFacets } from '@localplus/plugin-adr-common';
import { DecisionCounts, DecisionCountsCache } from './DecisionCountsCache';

function counter(total = 3) {
  const count = jest.fn(
    async (): Promise<DecisionCounts> => ({ total, facets: noFacets }),
  );
  return count;
}

describe('DecisionCountsCache', () => {
  it('counts once per revision and filters, and again under a new revision', async () => {
    const cache = new DecisionCountsCache();
    const count = counter();
    await cache.get('7', '["a"]', count);
    await cache.get('7', '["a"]', count);
    expect(count).toHaveBeenCalledTimes(1);
    await cache.get('7', '["b"]', count);
    await cache.get('8', '["a"]', count);
    expect(count).toHaveBeenCalledTimes(3);
  });

  it('shares one count between requests asking at the same time', async () => {
    const cache = new DecisionCountsCache();
    let finish: (counts: DecisionCounts) => void = () => {};
    const count = jest.fn(
      () =>
        new Promise<DecisionCounts>(resolve => {
          finish = resolve;
        }),
    );
    const asked = [1, 2, 3].map(() => cache.get('1', '[]', count));
    finish({ total: 5, facets: noFacets });
    expect((await Promise.all(asked)).map(c => c.total)).toEqual([5, 5, 5]);
    expect(count).toHaveBeenCalledTimes(1);
  });

  it('keeps no failure: the next request counts again', async () => {
    const cache = new DecisionCountsCache();
    const failing = jest.fn(async (): Promise<DecisionCounts> => {
      throw new Error('connection reset');
    });
    await expect(cache.get('1', '[]', failing)).rejects.toThrow(
      'connection reset',
    );
    const count = counter(4);
    expect((await cache.get('1', '[]', count)).total).toBe(4);
    expect(count).toHaveBeenCalledTimes(1);
  });

  it('forgets the least recently used filters beyond its bounds', async () => {
    const cache = new DecisionCountsCache({ maxEntries: 2 });
    const count = counter();
    for (const key of ['a', 'b', 'c', 'a']) {
      await cache.get('1', key, count);
    }
    expect(count).toHaveBeenCalledTimes(4);

    const large: DecisionCounts = {
      total: 1,
      facets: { ...noFacets, tags: [{ value: 'x'.repeat(200), count: 1 }] },
    };
    const small = new DecisionCountsCache({ maxCharacters: 100 });
    const countLarge = jest.fn(async () => large);
    expect(await small.get('1', 'a', countLarge)).toEqual(large);
    expect(await small.get('1', 'a', countLarge)).toEqual(large);
    // Larger than the whole cache: answered, never kept.
    expect(countLarge).toHaveBeenCalledTimes(2);
  });
});
