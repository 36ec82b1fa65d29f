export { DecisionGraphView } from './DecisionGraphView';
export { toGraphModel } from './graphModel';
export { StatusLegend } from './StatusLegend';
