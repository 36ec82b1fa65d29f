import { Link } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import type {
  ResultHighlight,
  SearchDocument,
} from '@backstage/plugin-search-common';
import { HighlightedSearchResultText } from '@backstage/plugin-search-react';
import type { BaseSearchResultListItemProps } from '@backstage/plugin-search-react/alpha';
import Box from '@material-ui/core/Box';
import ListItemIcon from '@material-ui/core/ListItemIcon';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import {
  DECISION_STATUSES,
  DecisionStatus,
} from '@localplus/plugin-adr-common';
import { formatNumber } from '../../decisions/decisionLabel';
import { formatDate } from '../../decisions/formatDate';
import { StatusChip } from '../StatusChip';

/** What the adr collator indexes for each decision. */
export type AdrSearchDocument = SearchDocument & {
  entityRef?: string;
  status?: string;
  number?: number;
  date?: string;
};

function knownStatus(value: unknown): DecisionStatus | undefined {
  return DECISION_STATUSES.find(status => status === value);
}

function Highlighted(props: {
  field: string;
  fallback: string;
  highlight?: ResultHighlight;
}) {
  const text = props.highlight?.fields[props.field];
  return text ? (
    <HighlightedSearchResultText
      text={text}
      preTag={props.highlight!.preTag}
      postTag={props.highlight!.postTag}
    />
  ) : (
    <>{props.fallback}</>
  );
}

/**
 * A decision among search results: its number and title (highlighted)
 * linking to its page, its status, date and entity, and the matching text.
 */
export function AdrSearchResultListItem(
  props: BaseSearchResultListItemProps<{
    highlight?: ResultHighlight;
    lineClamp?: number;
  }>,
) {
  const result = props.result as AdrSearchDocument | undefined;
  if (!result) {
    return null;
  }
  const status = knownStatus(result.status);
  const number =
    typeof result.number === 'number' ? formatNumber(result.number) : undefined;
  return (
    <Box display="flex" width="100%">
      {props.icon && <ListItemIcon>{props.icon}</ListItemIcon>}
      <Box flexGrow={1} minWidth={0}>
        <ListItemText
          primaryTypographyProps={{ variant: 'h6' }}
          primary={
            <Link noTrack to={result.location}>
              {number && `${number} `}
              <Highlighted
                field="title"
                fallback={result.title}
                highlight={props.highlight}
              />
            </Link>
          }
          secondary={
            <Typography
              component="span"
              variant="body2"
              color="textSecondary"
              style={{
                display: '-webkit-box',
                WebkitBoxOrient: 'vertical',
                WebkitLineClamp: props.lineClamp ?? 3,
                overflow: 'hidden',
              }}
            >
              <Highlighted
                field="text"
                fallback={result.text}
                highlight={props.highlight}
              />
            </Typography>
          }
        />
        <Box
          display="flex"
          flexWrap="wrap"
          alignItems="center"
          style={{ gap: 8 }}
          mt={0.5}
        >
          {status && <StatusChip status={status} />}
          {result.date && (
            <Typography variant="caption">{formatDate(result.date)}</Typography>
          )}
          {result.entityRef && (
            <Typography variant="caption">
              <EntityRefLink entityRef={result.entityRef} hideIcon />
            </Typography>
          )}
        </Box>
      </Box>
    </Box>
  );
}
