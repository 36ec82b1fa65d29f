export { FailingControlsContent } from './FailingControlsContent';
export { StatusOverviewContent } from './StatusOverviewContent';
