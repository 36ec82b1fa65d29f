export {
  changerCheckFor,
  type IsChanger,
  type OnCallViewContext,
} from './OnCallViewContext';
export { coverageReport } from './coverageReport';
export { entityOnCall } from './entityOnCall';
export { fairnessReport } from './fairnessReport';
export { myShifts } from './myShifts';
export { onCallOverview } from './overview';
export { rotationSummary } from './rotationSummary';
