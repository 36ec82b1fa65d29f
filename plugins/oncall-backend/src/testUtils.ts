/**
 * Test utilities of the on-call backend: the rotation service built as the
 * plugin builds it, over rotation files written to a scratch folder, for
 * tests and benchmarks of other packages.
 *
 * @packageDocumentation
 */
// This entry is itself test code: what it exposes stays in __testUtils__ so
// that its test-only imports stay devDependencies of the plugin.
// eslint-disable-next-line no-restricted-imports
export {
  createRotationServiceHarness,
  type HarnessStats,
} from './__testUtils__/rotationServiceHarness';
