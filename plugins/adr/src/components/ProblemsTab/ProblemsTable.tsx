import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import type { DecisionProblem } from '@localplus/plugin-adr-common';
import { LocationText } from '../LocationText';

/** Groups problems by entity, entities in order, keeping each entity's order. */
function byEntity(problems: DecisionProblem[]): DecisionProblem[][] {
  const groups = new Map<string, DecisionProblem[]>();
  for (const problem of problems) {
    groups.set(problem.entityRef, [
      ...(groups.get(problem.entityRef) ?? []),
      problem,
    ]);
  }
  return [...groups.keys()].sort().map(key => groups.get(key)!);
}

/**
 * Files and folders that could not be read, with the reason; grouped by
 * entity unless the table is about one entity.
 */
export function ProblemsTable(props: {
  problems: DecisionProblem[];
  showEntity: boolean;
}) {
  const groups = props.showEntity ? byEntity(props.problems) : [props.problems];
  return (
    <Table size="small" aria-label="Decision problems">
      <TableHead>
        <TableRow>
          {props.showEntity && <TableCell>Entity</TableCell>}
          <TableCell>File or folder</TableCell>
          <TableCell>Why it could not be read</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {groups.flatMap(group =>
          group.map((problem, index) => (
            <TableRow key={`${problem.entityRef} ${problem.location} ${index}`}>
              {props.showEntity && index === 0 && (
                <TableCell
                  rowSpan={group.length}
                  component="th"
                  scope="rowgroup"
                  style={{ verticalAlign: 'top', whiteSpace: 'nowrap' }}
                >
                  <EntityRefLink entityRef={problem.entityRef} hideIcon />
                </TableCell>
              )}
              <TableCell style={{ wordBreak: 'break-word' }}>
                <LocationText location={problem.location} />
              </TableCell>
              <TableCell>{problem.message}</TableCell>
            </TableRow>
          )),
        )}
      </TableBody>
    </Table>
  );
}
