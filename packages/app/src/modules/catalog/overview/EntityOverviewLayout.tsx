import { Fragment } from 'react';
import { makeStyles } from '@material-ui/core/styles';
import type { EntityContentLayoutProps } from '@backstage/plugin-catalog-react/alpha';
import { EntityWarnings } from './EntityWarnings';

/**
 * Smallest screen width, in px, at which the info cards (About, Links,
 * Labels, Tier) take a column of their own beside the other cards. The other
 * cards then get two thirds of what the sidebar leaves: at 1440 px about
 * 760 px, room for the relation tables' six or seven columns with every name
 * and owner whole ("Engagement Team", "LOCAL-PLUS Core Services"). Below it
 * they would get 470 px at 1024, so they take the whole width instead, under
 * the info cards laid out side by side.
 */
export const INFO_COLUMN_MIN_SCREEN_PX = 1400;

/** Narrowest an info card gets where they sit side by side. */
const INFO_CARD_MIN_PX = 280;

const useStyles = makeStyles(theme => {
  const besideEachOther = `@media (min-width: ${INFO_COLUMN_MIN_SCREEN_PX}px)`;
  const gap = theme.spacing(3);
  return {
    root: {
      display: 'flex',
      flexDirection: 'column',
      gap,
    },
    withInfoColumn: {
      [besideEachOther]: {
        display: 'grid',
        gridTemplateColumns: '2fr 1fr',
        gridTemplateAreas: '"content info"',
        alignItems: 'start',
      },
    },
    // Side by side, each card whole in one column: as many columns as there
    // are cards, fewer where they would be narrower than INFO_CARD_MIN_PX.
    // One column beside the content when the screen is wide enough.
    info: {
      columns: ({ infoCardCount }: { infoCardCount: number }) =>
        `${infoCardCount} ${INFO_CARD_MIN_PX}px`,
      columnGap: gap,
      [besideEachOther]: { gridArea: 'info', columns: 'auto' },
    },
    infoCard: {
      breakInside: 'avoid',
      // The gap between two cards of a column (margins at a column's end
      // are dropped, the last card's by hand).
      marginBottom: gap,
      '&:last-child': { marginBottom: 0 },
    },
    content: {
      display: 'flex',
      flexDirection: 'column',
      gap,
      minWidth: 0,
      [besideEachOther]: { gridArea: 'content' },
    },
  };
});

/**
 * The entity overview's layout: the info cards beside the other cards on
 * wide screens, above them, side by side, on narrower ones; the catalog's
 * warnings (orphan, relation, processing errors) above both.
 */
export function EntityOverviewLayout({ cards }: EntityContentLayoutProps) {
  const infoCards = cards.filter(card => card.type === 'info');
  const otherCards = cards.filter(card => card.type !== 'info');
  const classes = useStyles({ infoCardCount: infoCards.length });
  return (
    <>
      <EntityWarnings />
      <div
        className={
          infoCards.length > 0
            ? `${classes.root} ${classes.withInfoColumn}`
            : classes.root
        }
      >
        {infoCards.length > 0 && (
          <aside className={classes.info} aria-label="Details">
            {infoCards.map((card, index) => (
              <div className={classes.infoCard} key={card.element.key ?? index}>
                {card.element}
              </div>
            ))}
          </aside>
        )}
        <div className={classes.content}>
          {otherCards.map((card, index) => (
            <Fragment key={card.element.key ?? index}>{card.element}</Fragment>
          ))}
        </div>
      </div>
    </>
  );
}
