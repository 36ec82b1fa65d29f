export { BudgetsBurningContent } from './BudgetsBurningContent';
export { FiringAlertsContent } from './FiringAlertsContent';
