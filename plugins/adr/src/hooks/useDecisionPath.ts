import { useRouteRef } from '@backstage/frontend-plugin-api';
import { useCallback } from 'react';
import { decisionAddress } from '../decisions/decisionAddress';
import { decisionRouteRef } from '../routes';

/**
 * The portal path of a decision by id, or undefined when the id is malformed
 * or the decision page is not installed.
 */
export function useDecisionPath(): (id: string) => string | undefined {
  const decisionLink = useRouteRef(decisionRouteRef);
  return useCallback(
    (id: string) => {
      const address = decisionAddress(id);
      if (!address || !decisionLink) {
        return undefined;
      }
      // The router writes parameters as they are; a slug is a file name and
      // may hold characters that mean something in a URL.
      return decisionLink({
        kind: encodeURIComponent(address.kind),
        namespace: encodeURIComponent(address.namespace),
        name: encodeURIComponent(address.name),
        slug: encodeURIComponent(address.slug),
      });
    },
    [decisionLink],
  );
}
