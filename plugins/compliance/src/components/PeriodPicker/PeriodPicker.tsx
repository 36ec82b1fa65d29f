import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import type { CompliancePeriod } from '@localplus/plugin-compliance-common';
import { DateTime } from 'luxon';
import { useState } from 'react';
import type { PeriodQuery } from '../../api/ComplianceApi';
import { formatPeriod } from '../../format/formatInstant';
import { dayPeriodProblem } from '../../period/periodParams';
import {
  DayPeriod,
  matchingPreset,
  PERIOD_PRESETS,
  PeriodPresetId,
  presetPeriod,
  todayUtc,
} from '../../period/periodPresets';

const CUSTOM = 'custom';

/** The days of a period the backend answered for (its end is exclusive). */
function daysOf(period: CompliancePeriod | undefined): Partial<DayPeriod> {
  if (!period) {
    return {};
  }
  const from = DateTime.fromISO(period.from, { zone: 'utc' });
  const to = DateTime.fromISO(period.to, { zone: 'utc' });
  const last = to.equals(to.startOf('day')) ? to.minus({ days: 1 }) : to;
  return {
    from: from.isValid ? from.toISODate()! : undefined,
    to: to.isValid ? last.toISODate()! : undefined,
  };
}

/** Which choice the query string stands for; no period is the backend's default, the last 30 days. */
function choiceOf(period: PeriodQuery): PeriodPresetId | typeof CUSTOM {
  if (!period.from && !period.to) {
    return 'last-30-days';
  }
  return matchingPreset(period) ?? CUSTOM;
}

/**
 * The audit period: a preset (last 30 or 90 days, this or the previous
 * quarter, the last 12 months) or two days of one's own choosing, and the
 * period the backend actually answered for beside it. Presets count whole
 * UTC days, as the backend does.
 */
export function PeriodPicker(props: {
  /** The period of the query string. */
  period: PeriodQuery;
  /** The period the backend answered for, once it has. */
  answered?: CompliancePeriod;
  onChange: (period: DayPeriod) => void;
}) {
  const { period, answered, onChange } = props;
  const choice = choiceOf(period);
  const [editing, setEditing] = useState(false);
  const shown = daysOf(answered);
  const [draft, setDraft] = useState<Partial<DayPeriod>>({});
  const custom = editing || choice === CUSTOM;
  const from = draft.from ?? period.from ?? shown.from ?? '';
  const to = draft.to ?? period.to ?? shown.to ?? '';
  const problem = dayPeriodProblem({ from, to });
  const today = todayUtc().toISODate()!;

  const choose = (value: string) => {
    setDraft({});
    if (value === CUSTOM) {
      setEditing(true);
      return;
    }
    setEditing(false);
    onChange(presetPeriod(value as PeriodPresetId));
  };

  const apply = () => {
    if (!problem) {
      setEditing(false);
      setDraft({});
      onChange({ from, to });
    }
  };

  return (
    <Box
      component="form"
      role="group"
      aria-label="Audit period"
      display="flex"
      flexWrap="wrap"
      alignItems="flex-start"
      style={{ gap: 12 }}
      onSubmit={(event: { preventDefault: () => void }) => {
        event.preventDefault();
        apply();
      }}
    >
      <TextField
        id="compliance-audit-period"
        select
        label="Audit period"
        variant="outlined"
        size="small"
        value={custom ? CUSTOM : choice}
        onChange={event => choose(event.target.value)}
        style={{ minWidth: 180 }}
        helperText={answered ? formatPeriod(answered) : ' '}
        FormHelperTextProps={{ 'aria-live': 'polite' }}
      >
        {PERIOD_PRESETS.map(preset => (
          <MenuItem key={preset.id} value={preset.id}>
            {preset.label}
          </MenuItem>
        ))}
        <MenuItem value={CUSTOM}>Custom…</MenuItem>
      </TextField>
      {custom && (
        <>
          <TextField
            id="compliance-period-from"
            type="date"
            label="First day"
            variant="outlined"
            size="small"
            value={from}
            onChange={event => setDraft({ ...draft, from: event.target.value })}
            InputLabelProps={{ shrink: true }}
            inputProps={{ max: today }}
          />
          <TextField
            id="compliance-period-to"
            type="date"
            label="Last day"
            variant="outlined"
            size="small"
            value={to}
            onChange={event => setDraft({ ...draft, to: event.target.value })}
            InputLabelProps={{ shrink: true }}
            inputProps={{ max: today }}
          />
          <Box>
            <Button
              type="submit"
              variant="outlined"
              disabled={Boolean(problem)}
              aria-describedby={
                problem ? 'compliance-period-problem' : undefined
              }
            >
              Apply
            </Button>
            {problem && (
              <Typography
                id="compliance-period-problem"
                variant="caption"
                color="error"
                display="block"
              >
                {problem}
              </Typography>
            )}
          </Box>
        </>
      )}
    </Box>
  );
}
