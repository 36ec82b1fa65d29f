/**
 * Extension point of the LOCAL-PLUS compliance backend, the evidence ledger's
 * hash chain and the export of a period (OSCAL assessment results, CSV, zip
 * with a SHA-256 manifest) with its offline verifier, and what evidence
 * collectors share: reading another plugin over HTTP within limits, reading
 * each source once per run, reading a check's parameters and running the
 * checks the controls cite.
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
export {
  CheckScopeError,
  InvalidParamsError,
} from './collector/CheckScopeError';
export { parseCheckParams } from './collector/parseCheckParams';
export {
  CheckParamsError,
  onlyKeys,
  optionalText,
  optionalTextList,
  optionalWholeNumber,
  type CheckParams,
} from './collector/checkParamReaders';
export {
  listCatalogComponents,
  type CatalogComponentStream,
} from './collector/listCatalogComponents';
export { plural } from './collector/plural';
export { readOnce, readOncePerKey } from './collector/readOnce';
export {
  requestedChecks,
  type RequestedCheck,
} from './collector/requestedChecks';
export {
  runRequestedChecks,
  type CheckRunner,
  type RunRequestedChecksOptions,
} from './collector/runRequestedChecks';
export {
  checkAnswer,
  errorMessage,
  httpGetJson,
  httpGetText,
  oneLine,
  SourceError,
  type HttpGetOptions,
} from './sources/httpGet';
export {
  PluginApiClient,
  type PluginApiClientOptions,
} from './sources/PluginApiClient';
export type { ComplianceExportInput } from './export/types';
export { canonicalJson } from './ledger/canonicalJson';
export {
  chainLedgerRecord,
  GENESIS_HASH,
  hashLedgerRecord,
  type HashedLedgerFields,
} from './ledger/hashLedgerRecord';
export {
  LedgerChainVerifier,
  verifyLedgerRecords,
  type LedgerChainResult,
  type LedgerPosition,
  type LedgerVerificationOptions,
} from './ledger/LedgerChainVerifier';
export { buildExportArchive } from './export/archive/buildExportArchive';
export {
  verifyExportArchive,
  type ArchiveFileCheck,
  type ExportArchiveVerification,
  type ExportVerificationOptions,
} from './export/archive/verifyExportArchive';
export { EXPORT_FILES, EXPORT_ZIP_LIMITS } from './export/exportLayout';
export { exportCsvFiles } from './export/csv/exportCsvFiles';
export {
  readLedgerJsonl,
  writeLedgerJsonl,
  type LedgerJsonl,
} from './export/ledgerJsonl';
export {
  buildOscalAssessmentResults,
  type OscalExportOptions,
} from './export/oscal/buildOscalAssessmentResults';
export type { OscalAssessmentResults } from './export/oscal/oscalDocument';
export {
  LOCALPLUS_OSCAL_NAMESPACE,
  OSCAL_VERSION,
} from './export/oscal/oscalValues';
export {
  validateOscalAssessmentResults,
  type OscalValidation,
} from './export/oscal/validateOscalAssessmentResults';
