import type { AccessMatrix } from '@localplus/plugin-access-common';
import Paper from '@material-ui/core/Paper';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableContainer from '@material-ui/core/TableContainer';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { Fragment } from 'react';
import { BreakableRef } from '../BreakableRef';
import { conditionFootnotes } from './conditionFootnotes';
import { DecisionCell } from './DecisionCell';
import { groupByPlugin } from './groupByPlugin';

const useStyles = makeStyles(theme => ({
  // Seven roles fit at 1024 px with the sidebar open; narrower, the table
  // scrolls sideways and the permission column stays in view.
  container: { maxHeight: '75vh' },
  cell: { padding: theme.spacing(0.75, 0.75) },
  decision: { textAlign: 'center' },
  permission: {
    position: 'sticky',
    left: 0,
    zIndex: 1,
    background: theme.palette.background.paper,
    minWidth: 170,
    maxWidth: 240,
    fontFamily: 'monospace',
  },
  corner: { zIndex: 3 },
  role: {
    minWidth: 64,
    textAlign: 'center',
    verticalAlign: 'bottom',
    wordBreak: 'normal',
    overflowWrap: 'normal',
  },
  plugin: { background: theme.palette.background.default },
  footnotes: { margin: theme.spacing(1, 0, 0), paddingLeft: theme.spacing(3) },
}));

/** The roles-by-permissions table, one section per plugin. */
export function MatrixTable(props: { matrix: AccessMatrix }) {
  const classes = useStyles();
  const { matrix } = props;
  const footnotes = conditionFootnotes(matrix);
  return (
    <>
      <TableContainer component={Paper} className={classes.container}>
        <Table size="small" stickyHeader aria-label="Roles by permissions">
          <TableHead>
            <TableRow>
              <TableCell
                className={`${classes.cell} ${classes.permission} ${classes.corner}`}
              >
                Permission
              </TableCell>
              {matrix.roles.map(role => (
                <TableCell
                  key={role.id}
                  className={`${classes.cell} ${classes.role}`}
                  scope="col"
                >
                  {role.title}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {groupByPlugin(matrix.permissions).map(group => (
              <Fragment key={group.pluginId}>
                <TableRow className={classes.plugin}>
                  <TableCell
                    colSpan={matrix.roles.length + 1}
                    component="th"
                    scope="rowgroup"
                    role="rowheader"
                    className={classes.cell}
                  >
                    <Typography variant="subtitle2" component="span">
                      {group.pluginId}
                    </Typography>
                  </TableCell>
                </TableRow>
                {group.permissions.map(permission => (
                  <TableRow key={permission.name} hover>
                    <TableCell
                      component="th"
                      scope="row"
                      // MUI marks body cells "cell" whatever their element.
                      role="rowheader"
                      className={`${classes.cell} ${classes.permission}`}
                      title={[permission.action, permission.resourceType]
                        .filter(Boolean)
                        .join(' on ')}
                    >
                      <BreakableRef text={permission.name} />
                    </TableCell>
                    {matrix.roles.map(role => {
                      const cell = matrix.cells[permission.name]?.[role.id];
                      return (
                        <TableCell
                          key={role.id}
                          className={`${classes.cell} ${classes.decision}`}
                        >
                          <DecisionCell
                            cell={cell}
                            footnote={
                              cell?.condition
                                ? footnotes.get(cell.condition)
                                : undefined
                            }
                          />
                        </TableCell>
                      );
                    })}
                  </TableRow>
                ))}
              </Fragment>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      {footnotes.size > 0 && (
        <ol className={classes.footnotes} aria-label="Conditions">
          {[...footnotes.keys()].map(condition => (
            <li key={condition}>
              <Typography variant="body2">If owner: {condition}</Typography>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
