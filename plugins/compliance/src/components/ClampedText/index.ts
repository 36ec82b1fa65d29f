export { ClampedReason } from './ClampedReason';
