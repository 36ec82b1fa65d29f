import Link from '@material-ui/core/Link';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { useCallback, useLayoutEffect, useRef, useState } from 'react';

const useStyles = makeStyles(theme => ({
  clamped: {
    display: '-webkit-box',
    WebkitBoxOrient: 'vertical',
    overflow: 'hidden',
  },
  toggle: {
    fontSize: theme.typography.caption.fontSize,
    verticalAlign: 'baseline',
  },
}));

/**
 * A reason (a summary of failing observations, often long) cut to a few
 * lines so one subject cannot fill the screen. The full text is the
 * `title`; when the browser did cut it, a "More" link shows it whole.
 */
export function ClampedReason(props: { text: string; lines: number }) {
  const classes = useStyles();
  const { text, lines } = props;
  const ref = useRef<HTMLElement>(null);
  const [expanded, setExpanded] = useState(false);
  const [cut, setCut] = useState(false);

  // Only the browser knows whether the clamp hid anything: measure after
  // layout and again when the window (so the column) changes width.
  const measure = useCallback(() => {
    const element = ref.current;
    if (element && !expanded) {
      setCut(element.scrollHeight > element.clientHeight + 1);
    }
  }, [expanded]);
  useLayoutEffect(() => {
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, [measure, text, lines]);

  return (
    <>
      <Typography
        ref={ref}
        variant="body2"
        title={text}
        className={expanded ? undefined : classes.clamped}
        style={expanded ? undefined : { WebkitLineClamp: lines }}
        data-clamped={expanded ? undefined : lines}
      >
        {text}
      </Typography>
      {(cut || expanded) && (
        <Link
          component="button"
          type="button"
          className={classes.toggle}
          aria-expanded={expanded}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? 'Less' : 'More'}
        </Link>
      )}
    </>
  );
}
