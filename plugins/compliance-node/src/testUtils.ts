/**
 * Test utilities of the compliance node library: a realistic export input
 * (frameworks, controls, runs, observations, evaluations, exemptions,
 * coverage and the ledger records behind them) and ledger chains, for the
 * tests and benchmarks of the compliance backend.
 *
 * @packageDocumentation
 */
// This entry is itself test code: what it exposes stays in __testUtils__.
// eslint-disable-next-line no-restricted-imports
export {
  buildExportInput,
  type ExportInputOptions,
} from './__testUtils__/exportInput';
// eslint-disable-next-line no-restricted-imports
export {
  chainLedgerEntries,
  randomLedgerEntries,
  type LedgerEntry,
} from './__testUtils__/ledgerChain';
