import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { useTierModel } from '../../hooks/useTierModel';

/** Home widget: the tiers T0-T5 with their owners, approvers and change process. */
export function TierRulesContent() {
  const { model, error } = useTierModel();
  if (error) {
    return (
      <Typography variant="body2" color="error" role="alert">
        The tier model in localplus.tiers is invalid: {error.message}
      </Typography>
    );
  }
  if (!model || model.levels.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        No tier model is configured (localplus.tiers).
      </Typography>
    );
  }
  return (
    <Table size="small" aria-label="Tier rules">
      <TableHead>
        <TableRow>
          <TableCell>Tier</TableCell>
          <TableCell>Owners</TableCell>
          <TableCell>Approvers</TableCell>
          <TableCell>Change process</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {model.levels.map(level => (
          <TableRow key={level.id}>
            {/* A narrow card wraps the other columns, never the tier's name. */}
            <TableCell style={{ whiteSpace: 'nowrap' }}>
              {level.id} {level.name}
            </TableCell>
            <TableCell>{level.owners.join(', ')}</TableCell>
            <TableCell>{level.approvers}</TableCell>
            <TableCell>{level.changeProcess}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
