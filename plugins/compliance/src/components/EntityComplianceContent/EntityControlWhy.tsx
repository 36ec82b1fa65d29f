import Typography from '@material-ui/core/Typography';
import { ClampedReason } from '../ClampedText';
import { useTableStyles } from '../TableStyles';
import { EntityControlRow, quietSummary } from './entityControlRows';

/**
 * Why a control of the entity stands where it does: the reason of each
 * failing subject (named when there are several), cut to three lines; for
 * a control nothing fails, one short line.
 */
export function EntityControlWhy(props: { row: EntityControlRow }) {
  const classes = useTableStyles();
  const { row } = props;
  if (row.explained.length === 0) {
    return <ClampedReason text={quietSummary(row)} lines={1} />;
  }
  const several = new Set(row.evaluations.map(e => e.subject)).size > 1;
  return (
    <>
      {row.explained.map(evaluation => (
        <div key={evaluation.subject} data-subject={evaluation.subject}>
          {several && (
            <Typography variant="body2" className={classes.code}>
              {evaluation.subject}
            </Typography>
          )}
          <ClampedReason text={evaluation.reason} lines={3} />
        </div>
      ))}
    </>
  );
}
