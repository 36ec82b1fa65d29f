import type { ControlEvidence } from '@localplus/plugin-compliance-common';
import { collectionContext as runContext } from '@localplus/plugin-compliance-node/testUtils';

const NOW = new Date('2026-01-15T12:00:00Z');

/** One evaluation run's context at a fixed instant, asking for `requested`. */
export function collectionContext(requested: ControlEvidence[]) {
  return runContext(requested, { now: NOW });
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
