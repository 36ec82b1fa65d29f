/**
 * Test utilities of the compliance backend: the plugin started over control
 * files written to a scratch folder, with chosen collectors and roles, for
 * the tests and benchmarks of other packages (collector modules, the
 * frontend's end-to-end fixtures, the bench).
 *
 * @packageDocumentation
 */
// This entry is itself test code: what it exposes stays in __testUtils__ so
// that its test-only imports stay devDependencies of the plugin.
// eslint-disable-next-line no-restricted-imports
export {
  startComplianceTestBackend,
  type ComplianceTestBackendOptions,
} from './__testUtils__/complianceTestBackend';
// eslint-disable-next-line no-restricted-imports
export {
  createTestCollector,
  type TestCollectorOptions,
} from './__testUtils__/testCollector';
// eslint-disable-next-line no-restricted-imports
export type { ComplianceTestRoles } from './__testUtils__/rolePolicy';
// eslint-disable-next-line no-restricted-imports
export type { RecordedAuditEvent } from './__testUtils__/recordingAuditor';
