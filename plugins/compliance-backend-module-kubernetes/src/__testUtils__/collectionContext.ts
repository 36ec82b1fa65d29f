import { mockServices } from '@backstage/backend-test-utils';
import type { ControlEvidence } from '@localplus/plugin-compliance-common';
import type { EvidenceCollectionContext } from '@localplus/plugin-compliance-node';

const NOW = new Date('2026-01-15T12:00:00Z');

/** One evaluation run's context, asking for `requested`; `logger` to read what it logged. */
export function collectionContext(requested: ControlEvidence[]) {
  const logger = mockServices.logger.mock();
  const context: EvidenceCollectionContext = {
    now: NOW,
    window: { from: new Date(NOW.getTime() - 30 * 86_400_000), to: NOW },
    requested,
    logger,
    signal: new AbortController().signal,
  };
  return context;
}
