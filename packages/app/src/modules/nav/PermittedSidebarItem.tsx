import { ReactElement } from 'react';
import type { BasicPermission } from '@backstage/plugin-permission-common';
import { usePermission } from '@backstage/plugin-permission-react';

/**
 * Renders a sidebar entry only for people the permission allows; nothing
 * while the decision loads, so a denied entry never flashes into view.
 */
export function PermittedSidebarItem(props: {
  permission: BasicPermission;
  children: ReactElement;
}) {
  const { loading, allowed } = usePermission({ permission: props.permission });
  return !loading && allowed ? props.children : null;
}
