/**
 * Test helpers of the tier model module: a small fixture model, a catalog
 * poller for test backends and the rules' cost measurement.
 *
 * @packageDocumentation
 */
export {
  domainComponent,
  fixtureTierModel,
  tierModelConfig,
} from './testing/tierModelFixture';
export { measureRuleCost } from './testing/measureRuleCost';
export {
  listEntities,
  listUnprocessed,
  statusItems,
  waitForCatalog,
  type CatalogTestServer,
  type HeldBackEntity,
} from './testing/waitForCatalog';
export { compileTierModel } from './compileTierModel';
