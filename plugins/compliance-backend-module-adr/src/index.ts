/**
 * The `adr` evidence collector of the LOCAL-PLUS compliance backend: T0 and
 * T1 components have an accepted architecture decision record.
 *
 * @packageDocumentation
 */
export { complianceModuleAdrCollector as default } from './module';
export {
  AdrEvidenceCollector,
  type AdrEvidenceCollectorOptions,
} from './collector/AdrEvidenceCollector';
