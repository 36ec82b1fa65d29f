import { WarningPanel } from '@backstage/core-components';
import Box from '@material-ui/core/Box';

/**
 * The problems found in an entity's OpenSLO documents, one line each, open
 * by default. The objectives that did parse are shown next to it.
 */
export function DocumentProblemsPanel(props: {
  problems: string[];
  documentLocation?: string;
}) {
  const { problems, documentLocation } = props;
  if (problems.length === 0) {
    return null;
  }
  const where = documentLocation ? ` (${documentLocation})` : '';
  return (
    <WarningPanel
      title={`The OpenSLO document has problems${where}`}
      message="Only the objectives that could be read are shown. Fix these lines to see the others:"
      defaultExpanded
    >
      <Box component="ul" m={0} aria-label="OpenSLO document problems">
        {problems.map(problem => (
          <li key={problem}>{problem}</li>
        ))}
      </Box>
    </WarningPanel>
  );
}
