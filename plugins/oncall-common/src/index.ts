/**
 * Isomorphic on-call building blocks for LOCAL-PLUS: the rotation model and
 * its file format, the schedule engine, escalation, coverage and fairness,
 * the plugin's permissions and the On-call API's types.
 *
 * @packageDocumentation
 */
export * from './annotations';
export * from './permissions';
export * from './providers';
export * from './rotation/types';
export type * from './api/types';
export { parseDuration, durationMinutes } from './duration/parseDuration';
export {
  parseRotationFile,
  MAX_ROTATION_YAML_ALIASES,
  type ParseRotationFileOptions,
  type ParseRotationFileResult,
} from './rotation/parseRotationFile';
export {
  ROTATION_API_VERSION,
  ROTATION_KIND,
  MAX_LAYERS,
  MAX_LAYER_MEMBERS,
  MAX_RESTRICTIONS,
  MAX_ESCALATION_STEPS,
  MAX_COVERED_GROUPS,
  MAX_SHIFT_WEEKS,
} from './rotation/fileSchema';
export { normaliseEntityRef, entityRefName } from './rotation/entityRefs';
export { computeSchedule } from './schedule/computeSchedule';
export { onCallAt, HANDOFF_SEARCH_WEEKS } from './schedule/onCallAt';
export {
  findShiftStartingAt,
  planSwap,
  type ScheduleOverrideDraft,
  type SwapPlan,
  type SwapRequest,
} from './schedule/swaps';
export {
  checkOverride,
  MAX_OVERRIDE_WEEKS,
  type OverrideDraft,
} from './schedule/checkOverride';
export { MAX_SCHEDULE_RANGE_DAYS } from './schedule/instants';
export {
  resolveEscalation,
  escalationStepDue,
} from './escalation/resolveEscalation';
export {
  auditCoverage,
  type CoverageAuditInput,
} from './coverage/auditCoverage';
export {
  fairnessRows,
  NIGHT,
  WEEKEND_TIME_OFF_FACTOR,
  MIN_INCIDENT_HOURS,
  type FairnessInput,
} from './fairness/fairnessRows';
export { fairnessCsv, csvCell } from './fairness/fairnessCsv';
