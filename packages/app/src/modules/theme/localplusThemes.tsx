import { ThemeBlueprint } from '@backstage/plugin-app-react';
import {
  createUnifiedTheme,
  defaultComponentThemes,
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

const backstageTableCell = defaultComponentThemes?.MuiTableCell;
// Backstage writes the cell's root style as a function of the theme.
const backstageTableCellRoot: unknown =
  backstageTableCell?.styleOverrides?.root;
const backstageCellStyle = (props: object): object | undefined =>
  typeof backstageTableCellRoot === 'function'
    ? (backstageTableCellRoot as (styleProps: object) => object)(props)
    : (backstageTableCellRoot as object | undefined);

const components = {
  // Backstage's table cells break words anywhere (`word-break: break-word`),
  // so a narrow column's heading or name splits letter by letter ("Seconda /
  // ry" on the on-call page at 1024 px). Cells keep Backstage's look and
  // break between words; a word longer than its column still breaks rather
  // than overflow.
  MuiTableCell: {
    ...backstageTableCell,
    styleOverrides: {
      ...backstageTableCell?.styleOverrides,
      root: (props: object) => ({
        ...backstageCellStyle(props),
        wordBreak: 'normal' as const,
        overflowWrap: 'break-word' as const,
      }),
      // Chrome lets a column whose cells may break a word shrink below that
      // word, so a crowded table still split headings ("Budg / et left",
      // "Acknowl / edge") although it breaks between words. A heading holds
      // words, not identifiers: its longest word sets its column's least
      // width.
      head: {
        overflowWrap: 'normal' as const,
      },
    },
  },
  // Tables of plugins (the Argo CD cards among them) set `word-break:
  // break-word` on their cells, which splits a button's label letter by
  // letter in a narrow column; labels break between words and at hyphens
  // instead.
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
  // Backstage's theme keeps a dense list's text on one line and hides the
  // rest, meaning an ellipsis; but the text sits in a Typography block of its
  // own, so no ellipsis shows and a home card at 1024 px just cut "Wallet
  // Service availability" or a shift's rotation mid-word. It wraps instead.
  MuiListItemText: {
    styleOverrides: {
      dense: {
        whiteSpace: 'normal' as const,
        overflowWrap: 'break-word' as const,
      },
    },
  },
  // Each sidebar entry keeps 56 px on its right for a secondary action
  // (a submenu arrow, a badge) even when it has none, which left 110 px
  // for the label: "Catalog errors" and "Catalog Graph" showed as "Catalog
  // err…" and "Catalog Gra…". An empty slot takes no width, so the label
  // gets the rest of the open sidebar.
  BackstageSidebarItem: {
    styleOverrides: {
      secondaryAction: {
        '&:empty': { width: 0 },
      },
    },
  },
};

export const lightTheme = createUnifiedTheme({
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

export const darkTheme = createUnifiedTheme({
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
