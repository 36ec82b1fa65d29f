/**
 * Test utilities of the ADR backend: the plugin started over decision
 * folders written to a scratch directory, for the tests and benchmarks of
 * other packages (the search collator, the bench).
 *
 * @packageDocumentation
 */
// This entry is itself test code: what it exposes stays in __testUtils__ so
// that its test-only imports stay devDependencies of the plugin.
// eslint-disable-next-line no-restricted-imports
export {
  startAdrTestBackend,
  type AdrTestBackendOptions,
  type AdrTestFolder,
} from './__testUtils__/adrTestBackend';
