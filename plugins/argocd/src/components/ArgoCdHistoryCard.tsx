import { makeStyles } from '@material-ui/core/styles';
import { EntityArgoCDHistoryCard } from '@roadiehq/backstage-plugin-argo-cd';

const useStyles = makeStyles({
  // The package's history table takes no column options, and sizes its
  // columns to their content: an Author cell ("Name <email>") and a Revision
  // cell (a 40-character commit hash) are each one unbreakable piece, which
  // widened the table past its card, the Message and Revision columns out of
  // sight behind a horizontal scroll at 1024 and 1440 px. With a fixed
  // layout the columns share the card's width, and a piece longer than its
  // column breaks (the theme's cell rule) instead. The table sets its
  // layout in its own style attribute, which only an important rule outranks.
  fitted: {
    '& table': { tableLayout: 'fixed !important' },
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
