import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import type { ObservationResult } from '@localplus/plugin-compliance-common';
import { useEffect, useState } from 'react';
import { resultName } from '../../format/statusNames';
import type { EvidenceFilter } from './evidenceParams';

const ANY = 'any';
const RESULTS: ObservationResult[] = [
  'fail',
  'error',
  'pass',
  'not-applicable',
];

/**
 * Narrows the evidence to one result and one subject. The subject applies
 * on Enter or "Filter", not on every key: each change is a query of the
 * ledger.
 */
export function EvidenceFilters(props: {
  filter: EvidenceFilter;
  onChange: (filter: EvidenceFilter) => void;
}) {
  const { filter, onChange } = props;
  const [subject, setSubject] = useState(filter.subject ?? '');
  useEffect(() => setSubject(filter.subject ?? ''), [filter.subject]);

  return (
    <Box
      component="form"
      role="search"
      aria-label="Filter the evidence"
      display="flex"
      flexWrap="wrap"
      alignItems="center"
      style={{ gap: 12 }}
      mb={1}
      onSubmit={(event: { preventDefault: () => void }) => {
        event.preventDefault();
        onChange({
          ...filter,
          subject: subject.trim() || undefined,
          offset: 0,
        });
      }}
    >
      <TextField
        id="compliance-evidence-result"
        select
        label="Result"
        variant="outlined"
        size="small"
        value={filter.result ?? ANY}
        onChange={event =>
          onChange({
            ...filter,
            result:
              event.target.value === ANY
                ? undefined
                : (event.target.value as ObservationResult),
            offset: 0,
          })
        }
        style={{ minWidth: 160 }}
      >
        <MenuItem value={ANY}>Any result</MenuItem>
        {RESULTS.map(result => (
          <MenuItem key={result} value={result}>
            {resultName(result)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        id="compliance-evidence-subject"
        label="Subject"
        variant="outlined"
        size="small"
        value={subject}
        onChange={event => setSubject(event.target.value)}
        inputProps={{ maxLength: 500 }}
        style={{ minWidth: 260 }}
      />
      <Button type="submit" variant="outlined">
        Filter
      </Button>
      {(filter.subject || filter.result) && (
        <Button
          onClick={() => onChange({ offset: 0 })}
          aria-label="Clear the evidence filters"
        >
          Clear
        </Button>
      )}
    </Box>
  );
}
