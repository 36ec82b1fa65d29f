/**
 * Test utilities of the compliance node library: a realistic export input
 * (frameworks, controls, runs, observations, evaluations, exemptions,
 * coverage and the ledger records behind them), ledger chains, and hostile
 * stand-ins for the sources an evidence collector reads (a plugin or an
 * HTTP server answering what the test sets, a body that never ends).
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
// eslint-disable-next-line no-restricted-imports
export {
  endlessBody,
  standInPlugin,
  startHostileServer,
} from './__testUtils__/hostileServers';
// eslint-disable-next-line no-restricted-imports
export {
  collectionContext,
  type CollectionContextOptions,
} from './__testUtils__/collectionContext';
