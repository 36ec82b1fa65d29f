import { Table, TableColumn } from '@backstage/core-components';
import type { AccessWhoCan } from '@localplus/plugin-access-common';
import { PersonLink } from '../PersonLink';

type Row = AccessWhoCan['allowed'][number];

const columns: TableColumn<Row>[] = [
  {
    title: 'Person',
    field: 'userRef',
    render: row => (
      <PersonLink userRef={row.userRef} displayName={row.displayName} />
    ),
  },
  {
    title: 'Through roles',
    field: 'roles',
    render: row =>
      row.roles.length > 0 ? row.roles.join(', ') : 'any signed-in person',
  },
  { title: 'Rule', field: 'ruleId' },
];

/** The people allowed, and the rule that allows each. */
export function WhoCanResults(props: { answer: AccessWhoCan }) {
  const { answer } = props;
  const on = answer.resourceRef ? ` on ${answer.resourceRef}` : '';
  return (
    <div role="region" aria-label="People allowed">
      <Table<Row>
        title={`${answer.allowed.length} ${
          answer.allowed.length === 1 ? 'person' : 'people'
        } may ${answer.permission.name}${on}`}
        columns={columns}
        data={answer.allowed}
        options={{
          paging: answer.allowed.length > 20,
          pageSize: 20,
          search: answer.allowed.length > 20,
          padding: 'dense',
        }}
        emptyContent={
          <div style={{ padding: 16 }}>
            Nobody: no rule grants {answer.permission.name}
            {on} to anyone in the catalog.
          </div>
        }
      />
    </div>
  );
}
