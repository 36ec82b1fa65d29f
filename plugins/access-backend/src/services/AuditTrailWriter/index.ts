export {
  BufferedAuditTrailWriter,
  type BufferedAuditTrailWriterOptions,
} from './BufferedAuditTrailWriter';
export { subscribeAuditTrail } from './subscribeAuditTrail';
