import { ReactNode } from 'react';
import Typography from '@material-ui/core/Typography';

/** A widget's empty or error state: one sentence saying what happened. */
export function WidgetMessage(props: {
  kind: 'empty' | 'error';
  children: ReactNode;
}) {
  return (
    <Typography
      variant="body2"
      color={props.kind === 'error' ? 'error' : 'textSecondary'}
      role={props.kind === 'error' ? 'alert' : undefined}
    >
      {props.children}
    </Typography>
  );
}
