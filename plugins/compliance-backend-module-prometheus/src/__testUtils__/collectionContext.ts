import { mockServices } from '@backstage/backend-test-utils';
import type { ControlEvidence } from '@localplus/plugin-compliance-common';
import type { EvidenceCollectionContext } from '@localplus/plugin-compliance-node';

const DAY_MS = 86_400_000;

/**
 * What the compliance backend hands a collector for one run: the checks
 * cited (an id alone means no parameters), now, and a 30-day window.
 */
export function collectionContext(
  requested: Array<string | ControlEvidence>,
  options: { now?: Date; signal?: AbortSignal } = {},
): EvidenceCollectionContext {
  const now = options.now ?? new Date();
  return {
    now,
    window: { from: new Date(now.getTime() - 30 * DAY_MS), to: now },
    requested: requested.map(entry =>
      typeof entry === 'string' ? { check: entry } : entry,
    ),
    logger: mockServices.logger.mock(),
    signal: options.signal ?? new AbortController().signal,
  };
}
