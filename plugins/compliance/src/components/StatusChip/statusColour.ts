import type { Theme } from '@material-ui/core/styles';
import type { ObservationResult } from '@localplus/plugin-compliance-common';
import type { ShownStatus } from '../../format/statusNames';

/**
 * One colour per outcome, shared by chips, the history strip and the
 * legend: satisfied and pass read as fine, not satisfied and fail as
 * broken, error as a warning (nothing could be shown), not applicable and
 * not evaluated as out of play.
 */
export function statusColour(
  theme: Theme,
  status: ShownStatus | ObservationResult,
): string {
  switch (status) {
    case 'satisfied':
    case 'pass':
      return theme.palette.success.dark;
    case 'not-satisfied':
    case 'fail':
      return theme.palette.error.dark;
    case 'error':
      return theme.palette.warning.dark;
    case 'not-applicable':
      return theme.palette.grey[600];
    default:
      return theme.palette.grey[400];
  }
}
