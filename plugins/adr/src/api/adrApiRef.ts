import { createApiRef } from '@backstage/frontend-plugin-api';
import type { AdrApi } from './AdrApi';

/** The ADR backend, as the portal's components reach it. */
export const adrApiRef = createApiRef<AdrApi>().with({
  id: 'plugin.adr.api',
  pluginId: 'adr',
});
