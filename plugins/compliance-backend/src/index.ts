/**
 * The LOCAL-PLUS compliance backend plugin: controls as code mapped to
 * framework requirements, evidence collected by modules on a schedule and
 * on demand, exemptions, the hash-chained evidence ledger, coverage over an
 * audit period and the OSCAL export.
 *
 * @packageDocumentation
 */
export {
  compliancePlugin as default,
  createCompliancePlugin,
  EVALUATION_TASK_ID,
} from './plugin';
export type { CompliancePluginOptions } from './plugin';
