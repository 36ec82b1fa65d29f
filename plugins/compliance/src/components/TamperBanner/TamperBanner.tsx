import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';
import type { ComplianceStatusResponse } from '@localplus/plugin-compliance-common';

/** What the status page says of the evidence ledger. */
export type LedgerState = ComplianceStatusResponse['ledger'];

/**
 * The tamper banner: shown when the evidence ledger no longer verifies,
 * naming the first record that breaks the chain and why. Every compliance
 * view shows it above everything else, so nobody reads evidence without
 * knowing it may have been altered.
 */
export function TamperBanner(props: { ledger?: LedgerState }) {
  const { ledger } = props;
  if (!ledger || ledger.ok) {
    return null;
  }
  const broken = ledger.firstBroken;
  const title = broken
    ? `Evidence ledger broken at record #${broken.sequence}: ${broken.message}`
    : 'Evidence ledger broken: a record does not verify';
  return (
    <Alert
      severity="error"
      variant="filled"
      role="alert"
      style={{ marginBottom: 16 }}
    >
      <AlertTitle>{title}</AlertTitle>A row of the evidence ledger was changed,
      removed or reordered after it was written. Evidence from that record on
      cannot be relied upon until the security team has restored the ledger;
      exports carry the same finding.
    </Alert>
  );
}
