/**
 * Test utilities of the SLO backend: the SLO service built as the plugin
 * builds it, over OpenSLO files written to a scratch folder, and a metric
 * source that counts its queries, for tests and benchmarks of other packages.
 *
 * @packageDocumentation
 */
// This entry is itself test code: what it exposes stays in __testUtils__ so
// that its test-only imports stay devDependencies of the plugin.
// eslint-disable-next-line no-restricted-imports
export {
  createSloServiceHarness,
  type HarnessEntity,
} from './__testUtils__/sloServiceHarness';
// eslint-disable-next-line no-restricted-imports
export {
  countingMetricSource,
  type QueryCounts,
} from './__testUtils__/countingMetricSource';
