/**
 * The catalog evidence collector of the LOCAL-PLUS compliance backend:
 * every service has an owner, a tier, a runbook and, where it holds personal
 * or card data, a classification, an erasure procedure and a lawful basis.
 *
 * @packageDocumentation
 */
export { complianceModuleCatalogCollector as default } from './module';
export {
  CatalogEvidenceCollector,
  CATALOG_COLLECTOR_ID,
  type CatalogEvidenceCollectorOptions,
} from './CatalogEvidenceCollector';
export { ANNOTATIONS as CATALOG_EVIDENCE_ANNOTATIONS } from './catalog/componentFacts';
