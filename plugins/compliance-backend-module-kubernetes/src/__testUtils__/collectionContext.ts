import type { ControlEvidence } from '@localplus/plugin-compliance-common';
import { collectionContext as runContext } from '@localplus/plugin-compliance-node/testUtils';

const NOW = new Date('2026-01-15T12:00:00Z');

/** One evaluation run's context at a fixed instant, asking for `requested`; `logger` to read what it logged. */
export function collectionContext(requested: ControlEvidence[]) {
  return runContext(requested, { now: NOW });
}
