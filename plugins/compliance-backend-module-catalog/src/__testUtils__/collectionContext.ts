import { mockServices } from '@backstage/backend-test-utils';
import type { ControlEvidence } from '@localplus/plugin-compliance-common';
import type { EvidenceCollectionContext } from '@localplus/plugin-compliance-node';

const NOW = new Date('2026-01-15T12:00:00Z');

/** One evaluation run's context, asking for `requested`. */
export function collectionContext(
  requested: ControlEvidence[],
): EvidenceCollectionContext {
  return {
    now: NOW,
    window: { from: new Date(NOW.getTime() - 30 * 86_400_000), to: NOW },
    requested,
    logger: mockServices.logger.mock(),
    signal: new AbortController().signal,
  };
}

/** Every catalog check, without parameters. */
export const ALL_CATALOG_CHECKS: ControlEvidence[] = [
  'owner',
  'tier',
  'runbook',
  'data-classification',
  'no-card-data',
  'erasure-procedure',
  'lawful-basis',
].map(id => ({ check: `catalog.${id}` }));
