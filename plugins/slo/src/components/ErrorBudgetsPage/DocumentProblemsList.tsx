import { WarningPanel } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import type { SloOverview } from '@localplus/plugin-slo-common';

/** Entities whose OpenSLO documents have problems, folded away until opened. */
export function DocumentProblemsList(props: {
  documentProblems: SloOverview['documentProblems'];
}) {
  const { documentProblems } = props;
  if (documentProblems.length === 0) {
    return null;
  }
  const count = documentProblems.length;
  const title =
    count === 1
      ? '1 entity has OpenSLO documents with problems'
      : `${count} entities have OpenSLO documents with problems`;
  return (
    <WarningPanel title={title}>
      <Box component="ul" m={0} pl={2} aria-label="Entities with problems">
        {documentProblems.map(({ entityRef, problems }) => (
          <li key={entityRef}>
            <EntityRefLink entityRef={entityRef} />
            <ul>
              {problems.map(problem => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </li>
        ))}
      </Box>
    </WarningPanel>
  );
}
