/**
 * Compliance in the LOCAL-PLUS portal: frameworks, requirements and controls
 * with their status and coverage over an audit period, a page per control
 * with its evidence, history and exemptions, the tamper banner, the export,
 * the Compliance tab of entities, the home widget of failing controls for
 * your services and the status overview for auditors.
 *
 * @packageDocumentation
 */
export { compliancePlugin as default } from './plugin';
export { complianceApiRef } from './api/complianceApiRef';
export { ComplianceClient } from './api/ComplianceClient';
export type {
  ComplianceApi,
  ExemptionRequest,
  ExemptionsQuery,
  ExportedArchive,
  ObservationsQuery,
  PeriodQuery,
} from './api/ComplianceApi';
