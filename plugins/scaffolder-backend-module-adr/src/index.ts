/**
 * Scaffolder module: the `localplus:adr:create-record` action that writes a
 * new MADR 4 decision record through the ADR backend.
 *
 * @packageDocumentation
 */
export { scaffolderModuleAdr as default } from './module';
export {
  createCreateDecisionRecordAction,
  CREATE_DECISION_RECORD_ACTION_ID,
} from './actions/createCreateDecisionRecordAction';
export {
  decisionRecordInput,
  readDecisionRecordInput,
  type DecisionRecordInput,
} from './actions/decisionRecordInput';
