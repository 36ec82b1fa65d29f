import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { OverviewFilters } from '@localplus/plugin-slo-common';

/** The filters of the Error budgets page, in the order they are shown. */
export const OVERVIEW_FILTER_KEYS = [
  'owner',
  'system',
  'tier',
  'criticality',
] as const satisfies ReadonlyArray<keyof OverviewFilters>;

export type OverviewFilterKey = (typeof OVERVIEW_FILTER_KEYS)[number];

/**
 * The page's filters, kept in the query string (`?owner=team-ledger&tier=T3`)
 * so that a filtered view can be shared as a link.
 */
export function useOverviewFilters(): {
  filters: OverviewFilters;
  setFilter: (key: OverviewFilterKey, value: string) => void;
  clearFilters: () => void;
} {
  const [searchParams, setSearchParams] = useSearchParams();
  const query = searchParams.toString();

  const filters = useMemo(() => {
    const params = new URLSearchParams(query);
    const result: OverviewFilters = {};
    for (const key of OVERVIEW_FILTER_KEYS) {
      const value = params.get(key);
      if (value) {
        result[key] = value;
      }
    }
    return result;
  }, [query]);

  const setFilter = useCallback(
    (key: OverviewFilterKey, value: string) => {
      setSearchParams(
        previous => {
          const next = new URLSearchParams(previous);
          if (value) {
            next.set(key, value);
          } else {
            next.delete(key);
          }
          return next;
        },
        { replace: true },
      );
    },
    [setSearchParams],
  );

  const clearFilters = useCallback(() => {
    setSearchParams(
      previous => {
        const next = new URLSearchParams(previous);
        OVERVIEW_FILTER_KEYS.forEach(key => next.delete(key));
        return next;
      },
      { replace: true },
    );
  }, [setSearchParams]);

  return { filters, setFilter, clearFilters };
}
