import { WarningPanel } from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import type { RotationProblem } from '@localplus/plugin-oncall-common';

/**
 * The problems of rotation files or provider schedules, each with the file
 * and the field at fault, so the owning team can fix the file.
 */
export function RotationProblemsPanel(props: { problems: RotationProblem[] }) {
  const { problems } = props;
  if (problems.length === 0) {
    return null;
  }
  const title =
    problems.length === 1
      ? 'A rotation file has a problem'
      : `Rotation files have ${problems.length} problems`;
  return (
    <WarningPanel severity="warning" title={title} defaultExpanded>
      <ul aria-label="Rotation file problems" style={{ margin: 0 }}>
        {problems.map((problem, index) => (
          <li key={`${problem.source}-${problem.field ?? ''}-${index}`}>
            <Typography variant="body2">
              <code>{problem.source}</code>
              {problem.field && (
                <>
                  {' '}
                  at <code>{problem.field}</code>
                </>
              )}
              : {problem.message} ({problem.entityRef})
            </Typography>
          </li>
        ))}
      </ul>
    </WarningPanel>
  );
}
