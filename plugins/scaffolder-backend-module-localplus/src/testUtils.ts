/**
 * Test helpers of the golden-path module, for tests of other packages (the
 * golden-path harness in content-tests).
 *
 * @packageDocumentation
 */
// This entry is itself test code: the catalog the parameter checks look
// things up in stays a fixture of the module's own tests.
// eslint-disable-next-line no-restricted-imports
export { catalogEntities } from './__fixtures__/catalogEntities';
