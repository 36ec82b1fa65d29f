export { RunEvaluationButton } from './RunEvaluationButton';
