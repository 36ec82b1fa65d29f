/**
 * The `adr` evidence collector of the LOCAL-PLUS compliance backend: the
 * components of the most critical tiers of the tier model (T0 and T1 in the
 * seeds') have an accepted architecture decision record.
 *
 * @packageDocumentation
 */
export { complianceModuleAdrCollector as default } from './module';
export {
  AdrEvidenceCollector,
  type AdrEvidenceCollectorOptions,
} from './collector/AdrEvidenceCollector';
