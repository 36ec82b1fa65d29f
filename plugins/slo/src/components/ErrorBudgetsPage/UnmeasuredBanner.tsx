import Alert from '@material-ui/lab/Alert';
import type { OverviewRow } from '@localplus/plugin-slo-common';

/**
 * Says how many objectives could not be measured and why, so that nobody
 * mistakes a snapshot for a live value.
 */
export function UnmeasuredBanner(props: { rows: OverviewRow[] }) {
  const failed = props.rows.filter(row => row.status === 'error');
  if (failed.length === 0) {
    return null;
  }
  const causes = [
    ...new Set(
      failed.map(row =>
        (row.error ?? 'unknown error').trim().replace(/\.+$/, ''),
      ),
    ),
  ];
  const withSnapshot = failed.filter(row => row.lastSnapshot).length;
  let shown = 'values shown are the last daily snapshots';
  if (withSnapshot === 0) {
    shown = 'no snapshot is stored for them yet';
  } else if (withSnapshot < failed.length) {
    shown = 'values shown are the last daily snapshots where one exists';
  }
  const subject =
    failed.length === 1
      ? '1 objective could not be measured'
      : `${failed.length} objectives could not be measured`;
  return (
    <Alert severity="error">
      {subject}: {causes.join('; ')}; {shown}.
    </Alert>
  );
}
