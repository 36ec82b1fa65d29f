import { makeStyles } from '@material-ui/core/styles';
import { relationTableRules } from './relationTableColumns';

const useGlobalStyles = makeStyles({
  '@global': {
    // The catalog's entity menu disables what a person may not do
    // (Unregister for an auditor) but keeps it in the list, where it still
    // reads as an option: entries the permission framework disables are
    // hidden instead. The backend refuses the action either way.
    '.bui-MenuPopover [role="menuitem"][aria-disabled="true"]': {
      display: 'none',
    },
    // Backstage UI's tables (the relation cards of entity pages) hide what
    // does not fit in a cell, so an API named ledger.transactions.v1 read
    // "ledger.transa". As in the MUI tables (the theme's cell rule), a word
    // or identifier longer than its column breaks instead of vanishing;
    // text a cell cuts on purpose, on one line with an ellipsis, is kept.
    '.bui-TableCell': {
      overflowWrap: 'break-word',
    },
    ...relationTableRules,
  },
});

/** Page-wide rules that no component's own styles can express. */
export function PortalGlobalStyles() {
  useGlobalStyles();
  return null;
}
