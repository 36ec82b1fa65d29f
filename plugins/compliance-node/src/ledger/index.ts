export { canonicalJson } from './canonicalJson';
export {
  chainLedgerRecord,
  GENESIS_HASH,
  hashLedgerRecord,
  type HashedLedgerFields,
} from './hashLedgerRecord';
export {
  LedgerChainVerifier,
  verifyLedgerRecords,
  type LedgerChainResult,
  type LedgerPosition,
  type LedgerVerificationOptions,
} from './LedgerChainVerifier';
