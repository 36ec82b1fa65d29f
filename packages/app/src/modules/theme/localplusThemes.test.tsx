import { UnifiedThemeProvider } from '@backstage/theme';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import { render, screen } from '@testing-library/react';
import {
  SidebarItem,
  SidebarOpenStateProvider,
} from '@backstage/core-components';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { darkTheme, lightTheme } from './localplusThemes';

describe('LOCAL-PLUS themes', () => {
  it.each([
    ['light', lightTheme],
    ['dark', darkTheme],
  ])(
    'wraps the text of a dense list in the %s theme instead of cutting it',
    (_name, theme) => {
      render(
        <UnifiedThemeProvider theme={theme}>
          <List dense>
            <ListItem>
              <ListItemText
                primary="Wallet Service: Wallet Service availability"
                secondary="Mon 14 Dec, 09:00 – Mon 21 Dec, 09:00 · localplus-weekly"
              />
            </ListItem>
          </List>
        </UnifiedThemeProvider>,
      );
      const text = screen
        .getByText('Wallet Service: Wallet Service availability')
        .closest('.MuiListItemText-root')!;
      expect(text).toHaveClass('MuiListItemText-dense');
      expect(getComputedStyle(text).whiteSpace).toBe('normal');
    },
  );

  it.each([
    ['light', lightTheme],
    ['dark', darkTheme],
  ])(
    'breaks a table cell between words in the %s theme, a heading never inside one, keeping Backstage’s cell style',
    (_name, theme) => {
      render(
        <UnifiedThemeProvider theme={theme}>
          <Table>
            <TableHead>
              <TableRow>
                <TableCell>Budget left</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              <TableRow>
                <TableCell>Secondary</TableCell>
              </TableRow>
            </TableBody>
          </Table>
        </UnifiedThemeProvider>,
      );
      const style = getComputedStyle(screen.getByText('Secondary'));
      expect(style.wordBreak).toBe('normal');
      expect(style.overflowWrap).toBe('break-word');
      // Backstage's own rules for cells are still there.
      expect(style.verticalAlign).toBe('middle');
      expect(style.overflow).toBe('hidden');
      // A heading never breaks inside a word: its longest word is the
      // least width of its column.
      const heading = getComputedStyle(screen.getByText('Budget left'));
      expect(heading.wordBreak).toBe('normal');
      expect(heading.overflowWrap).toBe('normal');
    },
  );

  it.each([
    ['light', lightTheme],
    ['dark', darkTheme],
  ])(
    'gives a sidebar label the width of an empty secondary action in the %s theme',
    async (_name, theme) => {
      await renderInTestApp(
        <UnifiedThemeProvider theme={theme}>
          <SidebarOpenStateProvider value={{ isOpen: true, setOpen: () => {} }}>
            <SidebarItem icon={() => null} to="/errors" text="Catalog errors" />
            <SidebarItem icon={() => null} to="/slo" text="Error budgets">
              <span>3</span>
            </SidebarItem>
          </SidebarOpenStateProvider>
        </UnifiedThemeProvider>,
      );
      const slot = (text: string) =>
        screen.getByText(text).closest('a')!.lastElementChild!;
      // No action: its slot takes no width, the label has the rest.
      expect(getComputedStyle(slot('Catalog errors')).width).toBe('0px');
      // An entry with an action keeps Backstage's 48 px slot for it.
      expect(getComputedStyle(slot('Error budgets')).width).toBe('48px');
    },
  );
});
