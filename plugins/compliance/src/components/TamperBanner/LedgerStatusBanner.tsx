import { useApi } from '@backstage/frontend-plugin-api';
import { useAsyncResult } from '@localplus/portal-react';
import type { PeriodQuery } from '../../api/ComplianceApi';
import { complianceApiRef } from '../../api/complianceApiRef';
import { TamperBanner } from './TamperBanner';

/**
 * The tamper banner for views whose own answer says nothing of the ledger
 * (a control, an entity's tab): it reads the status page's verdict, which
 * the backend keeps per ledger head, so it costs no walk of the chain.
 * A failure to read it stays silent: the view reports its own failures.
 */
export function LedgerStatusBanner(props: { period: PeriodQuery }) {
  const api = useApi(complianceApiRef);
  const { from, to } = props.period;
  const status = useAsyncResult(
    () => api.getStatus({ from, to }),
    `${from ?? ''} ${to ?? ''}`,
  );
  return <TamperBanner ledger={status.value?.ledger} />;
}
