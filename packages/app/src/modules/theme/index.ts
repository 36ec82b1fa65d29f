import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { localplusDarkTheme, localplusLightTheme } from './localplusThemes';

/** LOCAL-PLUS light and dark themes, overriding the app plugin's default light and dark themes. */
export const themeModule = createFrontendModule({
  pluginId: 'app',
  extensions: [localplusLightTheme, localplusDarkTheme],
});
