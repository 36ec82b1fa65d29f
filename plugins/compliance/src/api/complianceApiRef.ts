import { createApiRef } from '@backstage/frontend-plugin-api';
import type { ComplianceApi } from './ComplianceApi';

/** The compliance backend, as the portal's components reach it. */
export const complianceApiRef = createApiRef<ComplianceApi>().with({
  id: 'plugin.compliance.api',
  pluginId: 'compliance',
});
