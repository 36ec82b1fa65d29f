/**
 * The `oncall` evidence collector of the LOCAL-PLUS compliance backend:
 * rotations without gaps and pages acknowledged within target.
 *
 * @packageDocumentation
 */
export { complianceModuleOncallCollector as default } from './module';
export {
  OnCallEvidenceCollector,
  type OnCallEvidenceCollectorOptions,
} from './collector/OnCallEvidenceCollector';
export {
  DEFAULT_TARGET_MINUTES,
  SEVERITY_BY_NAME,
} from './checks/acknowledgementTargets';
