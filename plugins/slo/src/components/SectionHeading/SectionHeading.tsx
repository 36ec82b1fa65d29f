import { ReactNode } from 'react';
import Typography from '@material-ui/core/Typography';

/** A titled section inside a card: an `h3` that names what follows (and labels it for assistive tech). */
export function SectionHeading(props: { id?: string; children: ReactNode }) {
  return (
    <Typography id={props.id} variant="subtitle2" component="h3" gutterBottom>
      {props.children}
    </Typography>
  );
}
