import { createApiRef } from '@backstage/frontend-plugin-api';
import type { OnCallApi } from './OnCallApi';

/** The on-call backend, as the portal's components reach it. */
export const onCallApiRef = createApiRef<OnCallApi>().with({
  id: 'plugin.oncall.api',
  pluginId: 'oncall',
});
