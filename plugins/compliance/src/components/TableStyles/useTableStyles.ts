import { makeStyles } from '@material-ui/core/styles';

/**
 * The look of every table of the plugin: fixed columns with text that
 * wraps (subjects are long ids without spaces), so each fits beside the
 * pinned sidebar at 1024 px without scrolling the page sideways.
 */
export const useTableStyles = makeStyles(theme => ({
  table: {
    tableLayout: 'fixed',
    width: '100%',
    '& th, & td': {
      padding: theme.spacing(0.75, 1),
      verticalAlign: 'top',
      overflowWrap: 'anywhere',
    },
  },
  caption: { display: 'block' },
  code: { fontFamily: 'monospace', display: 'block' },
  /** One line cut with an ellipsis; the full text goes in a `title`. */
  ellipsis: {
    display: 'block',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
}));
