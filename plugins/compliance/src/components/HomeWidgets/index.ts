export { FailingControlsContent } from './FailingControlsContent';
