import { mockServices } from '@backstage/backend-test-utils';
import type { ControlEvidence } from '@localplus/plugin-compliance-common';
import type { EvidenceCollectionContext } from '../collectors';

const DAY_MS = 86_400_000;

/** Options of {@link collectionContext}. */
export interface CollectionContextOptions {
  /** The run's instant; default: now. */
  now?: Date;
  /** Days the run looks back; default 30, as `compliance.lookbackDays`. */
  lookbackDays?: number;
  signal?: AbortSignal;
}

/**
 * What the compliance backend hands a collector for one run: the checks
 * cited (an id alone means no parameters), the run's instant and its window,
 * a mock logger the test can read.
 */
export function collectionContext(
  requested: Array<string | ControlEvidence>,
  options: CollectionContextOptions = {},
): EvidenceCollectionContext & {
  logger: ReturnType<typeof mockServices.logger.mock>;
} {
  const now = options.now ?? new Date();
  const lookbackDays = options.lookbackDays ?? 30;
  return {
    now,
    window: { from: new Date(now.getTime() - lookbackDays * DAY_MS), to: now },
    requested: requested.map(entry =>
      typeof entry === 'string' ? { check: entry } : entry,
    ),
    logger: mockServices.logger.mock(),
    signal: options.signal ?? new AbortController().signal,
  };
}
