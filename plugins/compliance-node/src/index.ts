/**
 * Extension point of the LOCAL-PLUS compliance backend, the evidence ledger's
 * hash chain and the export of a period (OSCAL assessment results, CSV, zip
 * with a SHA-256 manifest) with its offline verifier.
 *
 * @packageDocumentation
 */
export {
  complianceCollectorsExtensionPoint,
  type CollectedObservation,
  type ComplianceCollectorsExtensionPoint,
  type EvidenceCheck,
  type EvidenceCollectionContext,
  type EvidenceCollector,
} from './collectors';
export type { ComplianceExportInput } from './export/types';
export {
  canonicalJson,
  chainLedgerRecord,
  GENESIS_HASH,
  hashLedgerRecord,
  LedgerChainVerifier,
  verifyLedgerRecords,
  type HashedLedgerFields,
  type LedgerChainResult,
  type LedgerPosition,
  type LedgerVerificationOptions,
} from './ledger';
