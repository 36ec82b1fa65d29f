import { makeStyles } from '@material-ui/core/styles';

const useGlobalStyles = makeStyles({
  '@global': {
    // The catalog's entity menu disables what a person may not do
    // (Unregister for an auditor) but keeps it in the list, where it still
    // reads as an option: entries the permission framework disables are
    // hidden instead. The backend refuses the action either way.
    '.bui-MenuPopover [role="menuitem"][aria-disabled="true"]': {
      display: 'none',
    },
  },
});

/** Page-wide rules that no component's own styles can express. */
export function PortalGlobalStyles() {
  useGlobalStyles();
  return null;
}
