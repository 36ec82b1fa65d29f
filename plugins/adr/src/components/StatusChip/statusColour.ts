import type { Theme } from '@material-ui/core/styles';
import type { DecisionStatus } from '@localplus/plugin-adr-common';

/**
 * One colour per status, shared by the chips and the graph's nodes:
 * accepted reads as settled, proposed as open, rejected as stopped,
 * deprecated as a warning, superseded and unknown as out of play.
 */
export function statusColour(theme: Theme, status: DecisionStatus): string {
  switch (status) {
    case 'accepted':
      return theme.palette.success.dark;
    case 'proposed':
      return theme.palette.info.dark;
    case 'rejected':
      return theme.palette.error.dark;
    case 'deprecated':
      return theme.palette.warning.dark;
    case 'superseded':
      return theme.palette.grey[600];
    default:
      return theme.palette.grey[500];
  }
}

/** `Accepted`, `Proposed`, ... */
export function statusName(status: DecisionStatus): string {
  return status.charAt(0).toLocaleUpperCase('en-US') + status.slice(1);
}
