import { useApi } from '@backstage/frontend-plugin-api';
import { DownloadButton } from '@localplus/portal-react';
import { DateTime } from 'luxon';
import type { TimeRange } from '../../api/OnCallApi';
import { onCallApiRef } from '../../api/onCallApiRef';

/** Downloads the report of the period as `oncall-fairness-<from>-<to>.csv`. */
export function DownloadFairnessCsvButton(props: { range: TimeRange }) {
  const api = useApi(onCallApiRef);
  const day = (iso: string) => DateTime.fromISO(iso).toISODate();
  const fileName = `oncall-fairness-${day(props.range.from)}-${day(
    props.range.to,
  )}.csv`;

  return (
    <DownloadButton
      label="Download CSV"
      failure="Could not download the report"
      download={async () => ({
        blob: new Blob([await api.getFairnessCsv(props.range)], {
          type: 'text/csv',
        }),
        fileName,
      })}
    />
  );
}
