import { makeStyles } from '@material-ui/core/styles';
import { EntityArgoCDHistoryCard } from '@roadiehq/backstage-plugin-argo-cd';

/**
 * The history table's columns, in the package's order, with their share of
 * the card: the message and the deploy details (three lines of dates and
 * durations) most; the revision enough for its heading and a short hash.
 * The package adds the Instance column second when several Argo CD
 * instances are configured.
 */
export const HISTORY_COLUMN_WIDTHS = {
  oneInstance: [
    { heading: 'Name', width: '16%' },
    { heading: 'Deploy Details', width: '21%' },
    { heading: 'Author', width: '20%' },
    { heading: 'Message', width: '28%' },
    { heading: 'Revision', width: '15%' },
  ],
  severalInstances: [
    { heading: 'Name', width: '15%' },
    { heading: 'Instance', width: '13%' },
    { heading: 'Deploy Details', width: '19%' },
    { heading: 'Author', width: '18%' },
    { heading: 'Message', width: '21%' },
    { heading: 'Revision', width: '14%' },
  ],
} as const;

const withInstance = `:has(th:nth-child(${HISTORY_COLUMN_WIDTHS.severalInstances.length}))`;

function widthRules(
  table: string,
  columns: ReadonlyArray<{ heading: string; width: string }>,
) {
  return Object.fromEntries(
    columns.map(({ width }, index) => [
      `& ${table} th:nth-child(${index + 1})`,
      // The share includes the cell's padding, so that the shares sum to
      // the card's width.
      { width: `${width} !important`, boxSizing: 'border-box' },
    ]),
  );
}

const useStyles = makeStyles({
  // The package's history table takes no column options, and sizes its
  // columns to their content: an Author cell ("Name <email>") and a Revision
  // cell (a 40-character commit hash) are each one unbreakable piece, which
  // widened the table past its card, the Message and Revision columns out of
  // sight behind a horizontal scroll at 1024 and 1440 px. With a fixed
  // layout the columns take the shares above, and a piece longer than its
  // column breaks (the theme's cell rule) instead. The table sets its
  // layout, and each heading its width (equal shares), in their own style
  // attributes, which only an important rule outranks.
  fitted: {
    '& table': { tableLayout: 'fixed !important' },
    // Half the theme's space beside each cell's content: six columns in a
    // card of 760 px give the text 100 px more.
    '& th, & td': { paddingLeft: 8, paddingRight: 8 },
    // The table's outer edges keep the card's margin.
    '& th:first-child, & td:first-child': { paddingLeft: 16 },
    '& th:last-child, & td:last-child': { paddingRight: 16 },
    ...widthRules(
      `table:not(${withInstance})`,
      HISTORY_COLUMN_WIDTHS.oneInstance,
    ),
    ...widthRules(
      `table${withInstance}`,
      HISTORY_COLUMN_WIDTHS.severalInstances,
    ),
    // A commit is read by its first characters, as Git and GitHub show it
    // ("8cc0864…"); the whole hash stays in the cell, for a selection to
    // copy, instead of taking four lines of each row.
    '& td:last-child, & td:last-child > div': {
      whiteSpace: 'nowrap',
      overflow: 'hidden',
      textOverflow: 'ellipsis',
    },
  },
});

/** The Argo CD deployment history, fitted to its card's width. */
export function ArgoCdHistoryCard() {
  const classes = useStyles();
  return (
    <div className={classes.fitted}>
      <EntityArgoCDHistoryCard />
    </div>
  );
}
