import { InfoCard } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type { DecisionRecord } from '@localplus/plugin-adr-common';
import { ReactNode } from 'react';
import { formatDate } from '../../decisions/formatDate';
import { LocationText } from '../LocationText';
import { StatusChip } from '../StatusChip';
import { PeopleList } from './PeopleList';

const useStyles = makeStyles(theme => ({
  facts: {
    display: 'grid',
    gridTemplateColumns: 'minmax(7rem, max-content) 1fr',
    columnGap: theme.spacing(2),
    rowGap: theme.spacing(1),
    margin: 0,
    '& dt': { color: theme.palette.text.secondary },
    '& dd': { margin: 0, overflowWrap: 'anywhere' },
  },
  tags: { display: 'flex', flexWrap: 'wrap', gap: theme.spacing(0.5) },
}));

const FORMATS: Record<string, string> = {
  'madr-2': 'MADR 2',
  'madr-3': 'MADR 3',
  'madr-4': 'MADR 4',
  nygard: 'Nygard',
};

/** What a record says about itself, and where it lives. */
export function DecisionFacts(props: { record: DecisionRecord }) {
  const { record } = props;
  const classes = useStyles();
  // The words as written, when they say more than the status itself
  // ("Superseded by ADR-0012", not "accepted").
  const statusWords =
    record.statusText &&
    record.statusText.trim().toLocaleLowerCase('en-US') !== record.status
      ? record.statusText
      : undefined;
  const facts: Array<[string, ReactNode]> = [
    [
      'Status',
      <>
        <StatusChip status={record.status} statusText={record.statusText} />
        {statusWords && (
          <Typography variant="caption" display="block" color="textSecondary">
            “{statusWords}”
          </Typography>
        )}
      </>,
    ],
    ['Date', formatDate(record.date)],
    ['Decision-makers', <PeopleList people={record.decisionMakers} />],
    ['Consulted', <PeopleList people={record.consulted} />],
    ['Informed', <PeopleList people={record.informed} />],
    [
      'Tags',
      record.tags.length === 0 ? (
        '—'
      ) : (
        <span className={classes.tags}>
          {record.tags.map(tag => (
            <Chip key={tag} label={tag} size="small" variant="outlined" />
          ))}
        </span>
      ),
    ],
    ['Entity', <EntityRefLink entityRef={record.entityRef} hideIcon />],
  ];
  if (record.system) {
    facts.push([
      'System',
      <EntityRefLink entityRef={record.system} hideIcon />,
    ]);
  }
  if (record.owner) {
    facts.push(['Owner', <EntityRefLink entityRef={record.owner} hideIcon />]);
  }
  if (record.reviewBy) {
    facts.push(['Review by', formatDate(record.reviewBy)]);
  }
  facts.push([
    'Where',
    <>
      <LocationText location={record.location} label={record.fileName} />
      {record.localDraft && (
        <Typography variant="caption" display="block" color="textSecondary">
          Written by the portal in development; not yet in the entity's own
          folder.
        </Typography>
      )}
    </>,
  ]);
  facts.push(['Format', FORMATS[record.format] ?? record.format]);

  return (
    <InfoCard title="About this decision">
      <dl className={classes.facts} aria-label="About this decision">
        {facts.map(([term, value]) => (
          <div key={term} style={{ display: 'contents' }}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </InfoCard>
  );
}
