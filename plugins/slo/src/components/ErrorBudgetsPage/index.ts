export { ErrorBudgetsPage } from './ErrorBudgetsPage';
