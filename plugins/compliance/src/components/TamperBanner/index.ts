export { TamperBanner } from './TamperBanner';
export type { LedgerState } from './TamperBanner';
export { LedgerStatusBanner } from './LedgerStatusBanner';
