import {
  Sidebar,
  SidebarDivider,
  SidebarGroup,
  SidebarItem,
  SidebarScrollWrapper,
  SidebarSpace,
} from '@backstage/core-components';
import { NavContentBlueprint } from '@backstage/plugin-app-react';
import { SidebarLogo } from './SidebarLogo';
import { NAV_ITEM_PERMISSIONS } from './navItemPermissions';
import { PermittedSidebarItem } from './PermittedSidebarItem';
import MenuIcon from '@material-ui/icons/Menu';
import SearchIcon from '@material-ui/icons/Search';
import { SidebarSearchModal } from '@backstage/plugin-search';
import { UserSettingsSignInAvatar } from '@backstage/plugin-user-settings';
import { NotificationsSidebarItem } from '@backstage/plugin-notifications';

export const SidebarContent = NavContentBlueprint.make({
  params: {
    component: ({ navItems }) => {
      const nav = navItems.withComponent(item => {
        const entry = (
          <SidebarItem
            icon={() => item.icon}
            to={item.href}
            text={item.title}
          />
        );
        const permission = NAV_ITEM_PERMISSIONS[item.node.spec.id];
        return permission ? (
          <PermittedSidebarItem permission={permission}>
            {entry}
          </PermittedSidebarItem>
        ) : (
          entry
        );
      });

      // Reached another way, so the sidebar keeps its rows for the pages
      // people come for (every entry fits a 1440x900 screen):
      nav.take('page:search'); // the search modal below
      nav.take('page:notifications'); // NotificationsSidebarItem below
      // The Create page's "Register existing component" button, for those
      // allowed to register.
      nav.take('page:catalog-import');
      // A tool for the portal's own developers: /visualizer.
      nav.take('page:app-visualizer');

      return (
        <Sidebar>
          <SidebarLogo />
          <SidebarGroup label="Search" icon={<SearchIcon />} to="/search">
            <SidebarSearchModal />
          </SidebarGroup>
          <SidebarDivider />
          <SidebarGroup label="Menu" icon={<MenuIcon />}>
            {nav.take('page:home')}
            {nav.take('page:catalog')}
            {nav.take('page:scaffolder')}
            <SidebarDivider />
            <SidebarScrollWrapper>
              {/* What the on-call engineer opens when paged, side by side;
                  the decision log, the compliance controls and the access
                  model; the developer's API and documentation lists; then
                  the catalog's own tools, last since a short screen scrolls
                  to them (1024x768 shows the list down to Docs). */}
              {nav.take('page:slo')}
              {nav.take('page:oncall')}
              {nav.take('page:adr')}
              {nav.take('page:compliance')}
              {nav.take('page:access')}
              {nav.take('page:api-docs')}
              {nav.take('page:techdocs')}
              {nav.take('page:tiers')}
              {nav.take('page:catalog-errors')}
              {nav.take('page:catalog-graph')}
              {nav.rest({ sortBy: 'title' })}
            </SidebarScrollWrapper>
          </SidebarGroup>
          <SidebarSpace />
          <SidebarDivider />
          <NotificationsSidebarItem />
          <SidebarDivider />
          <SidebarGroup
            label="Settings"
            icon={<UserSettingsSignInAvatar />}
            to="/settings"
          >
            {nav.take('page:user-settings')}
          </SidebarGroup>
        </Sidebar>
      );
    },
  },
});
