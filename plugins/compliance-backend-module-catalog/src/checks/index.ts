import type { TierIds } from '@localplus/plugin-tiers-common';
import { dataClassificationCheck } from './dataClassificationCheck';
import { erasureProcedureCheck } from './erasureProcedureCheck';
import { lawfulBasisCheck } from './lawfulBasisCheck';
import { noCardDataCheck } from './noCardDataCheck';
import { ownerCheck } from './ownerCheck';
import { createRunbookCheck } from './runbookCheck';
import { createTierCheck } from './tierCheck';
import type { CatalogCheck } from './types';

/**
 * Every check of the catalog collector, in the order the auditor reads
 * them; the tier and runbook checks read the given tier model.
 */
export function catalogChecks(
  tierModel: TierIds | undefined,
): CatalogCheck<any>[] {
  return [
    ownerCheck,
    createTierCheck(tierModel),
    createRunbookCheck(tierModel),
    dataClassificationCheck,
    noCardDataCheck,
    erasureProcedureCheck,
    lawfulBasisCheck,
  ];
}
