import { makeStyles } from '@material-ui/core/styles';
import { Fragment } from 'react';

const useStyles = makeStyles({
  // Break only where a break opportunity is given below, never mid-word.
  text: { wordBreak: 'normal', overflowWrap: 'normal' },
});

/**
 * A permission name or an entity ref that may wrap after its separators
 * (`catalog.entity.` / `delete`, `user:default/` / `alice`), not letter by
 * letter, in a narrow column.
 */
export function BreakableRef(props: { text: string; className?: string }) {
  const classes = useStyles();
  const parts = props.text.split(/(?<=[./:])/);
  return (
    <span className={`${classes.text} ${props.className ?? ''}`}>
      {parts.map((part, index) => (
        <Fragment key={index}>
          {part}
          {index < parts.length - 1 && <wbr />}
        </Fragment>
      ))}
    </span>
  );
}
