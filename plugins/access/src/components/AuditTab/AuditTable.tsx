import { Table, TableColumn } from '@backstage/core-components';
import type { AccessAuditEvent } from '@localplus/plugin-access-common';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { BreakableRef } from '../BreakableRef';

const useStyles = makeStyles(theme => {
  const bad = {
    background: theme.palette.error.main,
    color: theme.palette.error.contrastText,
  };
  const good = {
    background: theme.palette.success.main,
    color: theme.palette.success.contrastText,
  };
  return {
    when: { whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' },
    detail: { overflowWrap: 'break-word', wordBreak: 'normal' },
    denied: bad,
    failed: bad,
    allowed: good,
    succeeded: good,
    conditional: {
      background: theme.palette.warning.main,
      color: theme.palette.warning.contrastText,
    },
  };
});

function OutcomeChip(props: { outcome: AccessAuditEvent['outcome'] }) {
  const classes = useStyles();
  return (
    <Chip
      size="small"
      label={props.outcome}
      className={classes[props.outcome]}
    />
  );
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Local date and time, on two lines that never break; the exact instant on hover. */
function When(props: { at: string }) {
  const classes = useStyles();
  const d = new Date(props.at);
  const day = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  const time = `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(
    d.getSeconds(),
  )}`;
  return (
    <time dateTime={props.at} title={props.at} className={classes.when}>
      {day}
      <br />
      {time}
    </time>
  );
}

/** The action, then the entity and the rule or plugin that go with it. */
function Action(props: { event: AccessAuditEvent }) {
  const { event } = props;
  const context = [event.ruleId && `rule ${event.ruleId}`, event.pluginId]
    .filter(Boolean)
    .join(' · ');
  return (
    <>
      <BreakableRef text={event.action} />
      {event.resourceRef && (
        <Typography variant="body2" component="div">
          on <BreakableRef text={event.resourceRef} />
        </Typography>
      )}
      {context && (
        <Typography variant="caption" color="textSecondary" component="div">
          {context}
        </Typography>
      )}
    </>
  );
}

function Detail(props: { text?: string }) {
  const classes = useStyles();
  return <span className={classes.detail}>{props.text ?? ''}</span>;
}

const columns: TableColumn<AccessAuditEvent>[] = [
  { title: 'When', field: 'at', render: e => <When at={e.at} /> },
  {
    title: 'Who',
    field: 'actor',
    render: e => <BreakableRef text={e.actor} />,
  },
  { title: 'Action', field: 'action', render: e => <Action event={e} /> },
  {
    title: 'Outcome',
    field: 'outcome',
    render: e => <OutcomeChip outcome={e.outcome} />,
  },
  { title: 'Detail', field: 'detail', render: e => <Detail text={e.detail} /> },
];

/** One page of the audit trail, newest first. */
export function AuditTable(props: {
  events: AccessAuditEvent[];
  title: string;
}) {
  return (
    <Table<AccessAuditEvent>
      title={props.title}
      columns={columns}
      data={props.events}
      options={{
        paging: false,
        search: false,
        sorting: false,
        padding: 'dense',
      }}
      emptyContent={
        <div style={{ padding: 16 }}>No audit event matches these filters.</div>
      }
    />
  );
}
