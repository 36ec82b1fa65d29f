import { Table, TableColumn } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { TierViolation } from '../../api/TiersApi';

const columns: TableColumn<TierViolation>[] = [
  {
    title: 'Entity',
    field: 'entityRef',
    width: '30%',
    render: row => <EntityRefLink entityRef={row.entityRef} />,
  },
  { title: 'Tier', field: 'tier', width: '10%' },
  { title: 'Violation', field: 'message' },
];

/** The tier-model errors of entities that failed catalog processing. */
export function TierViolationsTable(props: {
  title: string;
  violations: TierViolation[];
}) {
  const { title, violations } = props;
  return (
    <Table<TierViolation>
      title={title}
      columns={columns}
      data={violations}
      options={{
        search: false,
        paging: violations.length > 10,
        pageSize: 10,
        padding: 'dense',
      }}
    />
  );
}
