import { createApp } from '@backstage/frontend-defaults';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import { navModule } from './modules/nav';
import { homeModule } from './modules/home';
import { themeModule } from './modules/theme';
import { signInModule } from './modules/signIn';
import { catalogTierColumnModule } from './modules/catalog/catalogTierColumnModule';
import { scaffolderFieldsModule } from './modules/scaffolder';
import { entityOverviewLayoutModule } from './modules/catalog/overview/entityOverviewLayoutModule';
import { apiExplorerModule } from './modules/catalog/apiExplorer/apiExplorerModule';

// Plugins listed in package.json are discovered (`app.packages: all`); the
// modules here brand the portal and set its navigation and sign-in.
export default createApp({
  features: [
    catalogPlugin,
    catalogTierColumnModule,
    entityOverviewLayoutModule,
    apiExplorerModule,
    navModule,
    homeModule,
    themeModule,
    signInModule,
    scaffolderFieldsModule,
  ],
});
