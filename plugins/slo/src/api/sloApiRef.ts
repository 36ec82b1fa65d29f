import { createApiRef } from '@backstage/frontend-plugin-api';
import type { SloApi } from '@localplus/plugin-slo-common';

/** The SLO backend, as the portal's components reach it. */
export const sloApiRef = createApiRef<SloApi>().with({
  id: 'plugin.slo.api',
  pluginId: 'slo',
});
