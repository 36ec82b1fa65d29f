import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { PeriodQuery } from '../api/ComplianceApi';
import { readPeriodParams } from '../period/periodParams';
import type { DayPeriod } from '../period/periodPresets';

/**
 * The audit period of the page's query string (`?from=&to=`), and a way to
 * choose another. The period lives in the URL so an auditor can send the
 * exact view they looked at; other parameters (the framework, filters) are
 * kept, except the evidence's page offset, which means nothing in another
 * period.
 */
export function usePeriodParams(): {
  period: PeriodQuery;
  setPeriod: (period: DayPeriod) => void;
} {
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  const period = useMemo(
    () => readPeriodParams(new URLSearchParams(search)),
    [search],
  );
  const setPeriod = useCallback(
    (next: DayPeriod) =>
      setParams(current => {
        const updated = new URLSearchParams(current);
        updated.set('from', next.from);
        updated.set('to', next.to);
        updated.delete('offset');
        return updated;
      }),
    [setParams],
  );
  return { period, setPeriod };
}
