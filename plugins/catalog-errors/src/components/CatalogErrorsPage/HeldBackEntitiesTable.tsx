import { Link, Table, TableColumn } from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { useMemo } from 'react';
import {
  HELD_BACK_REASON_LABELS,
  HeldBackEntity,
} from '../../api/CatalogErrorsApi';
import { RawEntityDialog } from './RawEntityDialog';

const useStyles = makeStyles(theme => ({
  // Refs, locations and messages are long words: wrap them instead of
  // widening the page.
  wrap: { overflowWrap: 'anywhere', wordBreak: 'break-word' },
  ref: { fontFamily: 'monospace', overflowWrap: 'anywhere' },
  errors: { margin: 0, paddingLeft: theme.spacing(2) },
  error: {
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    marginBottom: theme.spacing(0.5),
  },
}));

function entityLabel(entity: HeldBackEntity): string {
  return entity.entityRef ?? `Unknown entity (${entity.id})`;
}

function includes(text: string | undefined, search: string): boolean {
  return (
    !!text && text.toLocaleLowerCase().includes(search.toLocaleLowerCase())
  );
}

/** Where the entity came from: a link for `url:` locations. */
function LocationCell(props: { location?: string }) {
  const classes = useStyles();
  const { location } = props;
  if (!location) {
    return <>an unknown location</>;
  }
  const url = location.startsWith('url:') ? location.slice(4) : undefined;
  return url ? (
    <Link className={classes.wrap} to={url}>
      {location}
    </Link>
  ) : (
    <span className={classes.wrap}>{location}</span>
  );
}

function ErrorsCell(props: { entity: HeldBackEntity }) {
  const classes = useStyles();
  const { errors } = props.entity;
  if (errors.length === 0) {
    return <Typography variant="body2">No error recorded yet</Typography>;
  }
  return (
    <ul className={classes.errors}>
      {errors.map((error, index) => (
        <li key={index} className={classes.error}>
          <strong>{error.name}</strong>: {error.message}
        </li>
      ))}
    </ul>
  );
}

function EntityCell(props: { entity: HeldBackEntity }) {
  const classes = useStyles();
  const { entity } = props;
  const details = [entity.kind, entity.owner && `owner ${entity.owner}`]
    .filter(Boolean)
    .join(' · ');
  return (
    <>
      <div className={classes.ref}>{entityLabel(entity)}</div>
      {details && (
        <Typography variant="body2" color="textSecondary">
          {details}
        </Typography>
      )}
      <Typography variant="caption" color="textSecondary" component="div">
        from <LocationCell location={entity.location} />
      </Typography>
      <RawEntityDialog entity={entity} label={entityLabel(entity)} />
    </>
  );
}

function HeldBackCell(props: { entity: HeldBackEntity }) {
  const { entity } = props;
  return (
    <>
      <Typography variant="body2">
        {HELD_BACK_REASON_LABELS[entity.reason]}
      </Typography>
      {entity.lastDiscoveryAt && (
        <Typography variant="caption" color="textSecondary">
          discovered {new Date(entity.lastDiscoveryAt).toLocaleString()}
        </Typography>
      )}
    </>
  );
}

/*
 * Three columns, the location under the entity: with a fourth, a 1024 px
 * window left the entity and the location a few letters a line
 * ("compon / ent:de / fault/"), while the errors took the rest.
 */
const columns: TableColumn<HeldBackEntity>[] = [
  {
    title: 'Entity',
    field: 'entityRef',
    width: '16rem',
    render: entity => <EntityCell entity={entity} />,
    customFilterAndSearch: (search, entity) =>
      [entityLabel(entity), entity.kind, entity.owner, entity.location].some(
        text => includes(text, search),
      ),
    customSort: (a, b) => entityLabel(a).localeCompare(entityLabel(b)),
  },
  {
    title: 'Held back',
    field: 'reason',
    // Wide enough for "never processed" on one line per word at 1024 px.
    width: '9rem',
    render: entity => <HeldBackCell entity={entity} />,
    customFilterAndSearch: (search, entity) =>
      includes(HELD_BACK_REASON_LABELS[entity.reason], search),
  },
  {
    title: 'Errors',
    sorting: false,
    render: entity => <ErrorsCell entity={entity} />,
    customFilterAndSearch: (search, entity) =>
      entity.errors.some(
        error =>
          includes(error.name, search) || includes(error.message, search),
      ),
  },
];

/** Every held-back entity, its errors in full, searchable. */
export function HeldBackEntitiesTable(props: { entities: HeldBackEntity[] }) {
  const { entities } = props;
  // material-table writes its state into the rows: give it copies.
  const rows = useMemo(
    () => entities.map(entity => ({ ...entity })),
    [entities],
  );
  return (
    <Table<HeldBackEntity>
      title={`Held-back entities (${entities.length})`}
      columns={columns}
      data={rows}
      options={{
        search: true,
        paging: entities.length > 20,
        pageSize: 20,
        padding: 'dense',
        tableLayout: 'fixed',
      }}
    />
  );
}
