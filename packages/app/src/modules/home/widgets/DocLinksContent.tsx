import { parseEntityRef } from '@backstage/catalog-model';
import { Config } from '@backstage/config';
import { Link } from '@backstage/core-components';
import { configApiRef, useApi } from '@backstage/core-plugin-api';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import { WidgetMessage } from './WidgetMessage';

/** The lists of TechDocs pages under `localplus.home.docs`. */
export type DocListKey = 'runbooks' | 'compliance';

interface DocLink {
  title: string;
  path: string;
  description?: string;
}

function readDocLinks(config: Config, key: DocListKey) {
  const docs = config.getOptionalConfig('localplus.home.docs');
  const entity = parseEntityRef(
    docs?.getOptionalString('entity') ?? 'component:default/docs',
  );
  const base = `/docs/${entity.namespace}/${entity.kind}/${entity.name}`;
  const links = (docs?.getOptionalConfigArray(key) ?? []).map(
    (link): DocLink => ({
      title: link.getString('title'),
      path: link.getString('path'),
      description: link.getOptionalString('description'),
    }),
  );
  return { base, links };
}

/**
 * Links to pages of the platform's TechDocs listed in configuration
 * (`localplus.home.docs.<list>`): the runbooks and the compliance
 * documents. (The decision log comes from the ADR plugin's own widgets.)
 */
export function DocLinksContent(props: { list: DocListKey; label: string }) {
  const configApi = useApi(configApiRef);
  let docs: ReturnType<typeof readDocLinks>;
  try {
    docs = readDocLinks(configApi, props.list);
  } catch (e) {
    return (
      <WidgetMessage kind="error">
        The {props.label} list in localplus.home.docs is invalid:{' '}
        {e instanceof Error ? e.message : String(e)}
      </WidgetMessage>
    );
  }
  if (docs.links.length === 0) {
    return (
      <WidgetMessage kind="empty">
        No {props.label} are listed (localplus.home.docs.{props.list}).
      </WidgetMessage>
    );
  }
  return (
    <List dense disablePadding aria-label={props.label}>
      {docs.links.map(link => (
        <ListItem key={link.path} disableGutters>
          <ListItemText
            primary={
              <Link to={`${docs.base}/${link.path.replace(/^\/+/, '')}`}>
                {link.title}
              </Link>
            }
            secondary={link.description}
          />
        </ListItem>
      ))}
    </List>
  );
}
