/**
 * Test helpers of the tier model module: a small fixture model, a catalog
 * poller for test backends and the rules' cost measurement.
 *
 * @packageDocumentation
 */
// This entry is itself test code: what it exposes stays in __testUtils__ so
// that its test-only imports stay devDependencies of the module.
// eslint-disable-next-line no-restricted-imports
export {
  domainComponent,
  fixtureTierModel,
  tierModelConfig,
} from './__testUtils__/tierModelFixture';
// eslint-disable-next-line no-restricted-imports
export { measureRuleCost } from './__testUtils__/measureRuleCost';
// eslint-disable-next-line no-restricted-imports
export {
  listEntities,
  listUnprocessed,
  statusItems,
  waitForCatalog,
  type CatalogTestServer,
  type HeldBackEntity,
} from './__testUtils__/waitForCatalog';
export { compileTierModel } from './compileTierModel';
