import { useRouteRef } from '@backstage/frontend-plugin-api';
import { useCallback } from 'react';
import { controlRouteRef } from '../routes';

/** What a link to a control's page carries: the period, the evidence's subject. */
export type ControlLinkQuery = {
  from?: string;
  to?: string;
  subject?: string;
};

/**
 * The portal path of a control's page, keeping the period (and a subject to
 * narrow its evidence to), or undefined when the page is not installed.
 */
export function useControlPath(): (
  id: string,
  query?: ControlLinkQuery,
) => string | undefined {
  const controlLink = useRouteRef(controlRouteRef);
  return useCallback(
    (id: string, query: ControlLinkQuery = {}) => {
      if (!controlLink) {
        return undefined;
      }
      const params = new URLSearchParams();
      for (const [key, value] of Object.entries(query)) {
        if (value) params.set(key, value);
      }
      const search = params.toString();
      // The router writes parameters as they are.
      const path = controlLink({ id: encodeURIComponent(id) });
      return search ? `${path}?${search}` : path;
    },
    [controlLink],
  );
}
