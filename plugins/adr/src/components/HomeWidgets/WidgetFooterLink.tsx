import { Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/frontend-plugin-api';
import Box from '@material-ui/core/Box';
import { rootRouteRef } from '../../routes';

/** A link under a widget to a tab of the Decisions page, when the page is installed. */
export function WidgetFooterLink(props: { tab?: string; text: string }) {
  const root = useRouteRef(rootRouteRef);
  if (!root) {
    return null;
  }
  return (
    <Box mt={1}>
      <Link to={props.tab ? `${root()}/${props.tab}` : root()}>
        {props.text}
      </Link>
    </Box>
  );
}
