import { ThemeBlueprint } from '@backstage/plugin-app-react';
import {
  createUnifiedTheme,
  genPageTheme,
  palettes,
  shapes,
  UnifiedThemeProvider,
} from '@backstage/theme';
import LightIcon from '@material-ui/icons/WbSunny';
import DarkIcon from '@material-ui/icons/Brightness2';
import { LOCALPLUS_BRAND } from './brand';
import { PortalGlobalStyles } from './PortalGlobalStyles';

const pageTheme = {
  home: genPageTheme({
    colors: [LOCALPLUS_BRAND.navy, LOCALPLUS_BRAND.teal],
    shape: shapes.wave,
  }),
  service: genPageTheme({
    colors: [LOCALPLUS_BRAND.teal, LOCALPLUS_BRAND.navy],
    shape: shapes.wave2,
  }),
  documentation: genPageTheme({
    colors: [LOCALPLUS_BRAND.navy, '#345b72'],
    shape: shapes.round,
  }),
  tool: genPageTheme({
    colors: [LOCALPLUS_BRAND.accent, LOCALPLUS_BRAND.navy],
    shape: shapes.round,
  }),
  website: genPageTheme({
    colors: [LOCALPLUS_BRAND.teal, '#1e4b5f'],
    shape: shapes.wave,
  }),
  library: genPageTheme({
    colors: ['#345b72', LOCALPLUS_BRAND.teal],
    shape: shapes.wave2,
  }),
  other: genPageTheme({
    colors: [LOCALPLUS_BRAND.navy, '#345b72'],
    shape: shapes.wave,
  }),
  app: genPageTheme({
    colors: [LOCALPLUS_BRAND.teal, LOCALPLUS_BRAND.navy],
    shape: shapes.wave,
  }),
  apis: genPageTheme({
    colors: ['#1e4b5f', LOCALPLUS_BRAND.teal],
    shape: shapes.wave2,
  }),
  card: genPageTheme({
    colors: [LOCALPLUS_BRAND.navy, LOCALPLUS_BRAND.teal],
    shape: shapes.wave,
  }),
};

const navigation = {
  background: LOCALPLUS_BRAND.navy,
  indicator: LOCALPLUS_BRAND.accent,
  color: '#c9d6de',
  selectedColor: '#ffffff',
  navItem: { hoverBackground: '#16405a' },
  submenu: { background: LOCALPLUS_BRAND.navyDark },
};

// Tables of plugins (the Argo CD cards among them) set `word-break:
// break-word` on their cells, which splits a button's label letter by letter
// in a narrow column; labels break between words and at hyphens instead.
const components = {
  MuiButton: {
    styleOverrides: {
      root: {
        '& .MuiButton-label': {
          wordBreak: 'normal' as const,
          overflowWrap: 'break-word' as const,
        },
      },
    },
  },
};

const lightTheme = createUnifiedTheme({
  palette: {
    ...palettes.light,
    primary: { main: LOCALPLUS_BRAND.teal },
    secondary: { main: LOCALPLUS_BRAND.accent },
    navigation,
  },
  defaultPageTheme: 'home',
  pageTheme,
  components,
});

const darkTheme = createUnifiedTheme({
  palette: {
    ...palettes.dark,
    primary: { main: LOCALPLUS_BRAND.tealLight },
    secondary: { main: LOCALPLUS_BRAND.accentLight },
    navigation: { ...navigation, background: LOCALPLUS_BRAND.navyDark },
  },
  defaultPageTheme: 'home',
  pageTheme,
  components,
});

function themeExtension(
  variant: 'light' | 'dark',
  theme: typeof lightTheme,
  icon: JSX.Element,
) {
  return ThemeBlueprint.make({
    name: variant,
    params: {
      theme: {
        id: variant,
        title: `LOCAL-PLUS ${variant}`,
        variant,
        icon,
        Provider: ({ children }) => (
          <UnifiedThemeProvider theme={theme}>
            <PortalGlobalStyles />
            {children}
          </UnifiedThemeProvider>
        ),
      },
    },
  });
}

export const localplusLightTheme = themeExtension(
  'light',
  lightTheme,
  <LightIcon />,
);
export const localplusDarkTheme = themeExtension(
  'dark',
  darkTheme,
  <DarkIcon />,
);
