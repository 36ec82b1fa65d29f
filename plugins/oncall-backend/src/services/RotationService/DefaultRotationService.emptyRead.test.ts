import { mockServices } from '@backstage/backend-test-utils';
import type { OnCallProvider } from '@localplus/plugin-oncall-node';
import {
  definition,
  organisationOf,
  provided,
  service,
} from '../../__testUtils__/rotationServiceFixtures';

/**
 * While no provider has a rotation (the catalog still ingesting at startup),
 * the list is read again on demand, and requests wait a bounded time for it.
 */
describe('DefaultRotationService, after a read that found no rotation', () => {
  it('reads again when the last read found nothing and is 2 s old (the catalog still ingesting), and answers from that read', async () => {
    let reads = 0;
    let ingested = false;
    const native: OnCallProvider = {
      id: 'native',
      listRotations: async () => {
        reads += 1;
        return {
          rotations: ingested
            ? [provided('native', definition('weekly', 'group:default/oncall'))]
            : [],
          problems: [],
        };
      },
    };
    const logger = mockServices.logger.mock();
    const wallClock = jest.spyOn(Date, 'now');
    try {
      wallClock.mockReturnValue(1_000_000);
      const rotations = service([native], await organisationOf(), { logger });
      expect((await rotations.list()).rotations).toEqual([]);
      wallClock.mockReturnValue(1_001_000);
      expect((await rotations.list()).rotations).toEqual([]);
      expect(reads).toBe(1);
      // A page view during the ingest reads again, and still finds nothing.
      wallClock.mockReturnValue(1_003_000);
      expect((await rotations.list()).rotations).toEqual([]);
      expect(reads).toBe(2);
      ingested = true;
      // 3 s after that read (a compliance run, say): read again, and waited for.
      wallClock.mockReturnValue(1_006_000);
      expect(
        (await rotations.list()).rotations.map(r => r.definition.name),
      ).toEqual(['weekly']);
      expect(reads).toBe(3);
      expect(logger.info).toHaveBeenCalledWith(
        'On-call rotations found: 1, after a read that found none',
      );
      expect(
        (await rotations.list()).rotations.map(r => r.definition.name),
      ).toEqual(['weekly']);
      wallClock.mockReturnValue(1_100_000);
      await rotations.list();
      expect(reads).toBe(3);
    } finally {
      wallClock.mockRestore();
    }
  });

  it('answers from an empty read once it has waited for a read again that hangs, and reads once for every caller', async () => {
    let reads = 0;
    const native: OnCallProvider = {
      id: 'native',
      listRotations: () => {
        reads += 1;
        return reads === 1
          ? Promise.resolve({ rotations: [], problems: [] })
          : new Promise(() => {});
      },
    };
    const wallClock = jest.spyOn(Date, 'now');
    try {
      wallClock.mockReturnValue(1_000_000);
      const rotations = service([native], await organisationOf(), {
        emptyReadWaitMs: 300,
      });
      await rotations.list();
      wallClock.mockReturnValue(1_020_000);
      const answers = await Promise.all(
        Array.from({ length: 20 }, () => rotations.list()),
      );
      expect(answers.map(answer => answer.rotations)).toEqual(
        Array.from({ length: 20 }, () => []),
      );
      expect(reads).toBe(2);
    } finally {
      wallClock.mockRestore();
    }
  });

  it('waits for a slow read again (a busy machine at startup) rather than answering empty', async () => {
    let reads = 0;
    const native: OnCallProvider = {
      id: 'native',
      listRotations: async () => {
        reads += 1;
        if (reads === 1) {
          return { rotations: [], problems: [] };
        }
        await new Promise(resolve => setTimeout(resolve, 2_500));
        return {
          rotations: [
            provided('native', definition('weekly', 'group:default/oncall')),
          ],
          problems: [],
        };
      },
    };
    const wallClock = jest.spyOn(Date, 'now');
    try {
      wallClock.mockReturnValue(1_000_000);
      const rotations = service([native], await organisationOf());
      expect((await rotations.list()).rotations).toEqual([]);
      wallClock.mockReturnValue(1_030_000);
      expect(
        (await rotations.list()).rotations.map(r => r.definition.name),
      ).toEqual(['weekly']);
    } finally {
      wallClock.mockRestore();
    }
  });
});
