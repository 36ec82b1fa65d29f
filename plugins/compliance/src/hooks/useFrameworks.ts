import { useApi } from '@backstage/frontend-plugin-api';
import type { ComplianceFramework } from '@localplus/plugin-compliance-common';
import { useEffect, useState } from 'react';
import type { ComplianceApi } from '../api/ComplianceApi';
import { complianceApiRef } from '../api/complianceApiRef';

/**
 * One request per client for the whole session: frameworks change only
 * when the control files are redeployed, and every tab and chip asks.
 * A failed request is forgotten so the next mount tries again.
 */
const asked = new WeakMap<ComplianceApi, Promise<ComplianceFramework[]>>();

function frameworksOf(api: ComplianceApi): Promise<ComplianceFramework[]> {
  let answer = asked.get(api);
  if (!answer) {
    answer = api.getFrameworks().then(
      response => response.items,
      error => {
        asked.delete(api);
        throw error;
      },
    );
    asked.set(api, answer);
  }
  return answer;
}

/**
 * The frameworks the controls serve (their titles label requirement chips),
 * for views whose answer does not carry them. Empty until they arrive, and
 * when they cannot be had: chips then fall back to the framework ids.
 */
export function useFrameworks(): ComplianceFramework[] {
  const api = useApi(complianceApiRef);
  const [frameworks, setFrameworks] = useState<ComplianceFramework[]>([]);
  useEffect(() => {
    let current = true;
    frameworksOf(api).then(
      items => {
        if (current) setFrameworks(items);
      },
      () => {
        // Labels by id are still right, only less readable: no error shown.
      },
    );
    return () => {
      current = false;
    };
  }, [api]);
  return frameworks;
}
