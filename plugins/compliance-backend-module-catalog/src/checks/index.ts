import { dataClassificationCheck } from './dataClassificationCheck';
import { erasureProcedureCheck } from './erasureProcedureCheck';
import { lawfulBasisCheck } from './lawfulBasisCheck';
import { noCardDataCheck } from './noCardDataCheck';
import { ownerCheck } from './ownerCheck';
import { runbookCheck } from './runbookCheck';
import { tierCheck } from './tierCheck';
import type { CatalogCheck } from './types';

/** Every check of the catalog collector, in the order the auditor reads them. */
export const CATALOG_CHECKS: CatalogCheck<any>[] = [
  ownerCheck,
  tierCheck,
  runbookCheck,
  dataClassificationCheck,
  noCardDataCheck,
  erasureProcedureCheck,
  lawfulBasisCheck,
];
