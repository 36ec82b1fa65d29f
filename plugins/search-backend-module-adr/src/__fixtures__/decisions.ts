import { DecisionSummary } from '@localplus/plugin-adr-common';

function decision(
  fields: Partial<DecisionSummary> & Pick<DecisionSummary, 'id' | 'title'>,
): DecisionSummary {
  return {
    entityRef: fields.id.split('/').slice(0, 2).join('/'),
    fileName: `${fields.id.split('/')[2]}.md`,
    location: `adr/${fields.id.split('/')[2]}.md`,
    format: 'madr-4',
    status: 'accepted',
    decisionMakers: [],
    consulted: [],
    informed: [],
    tags: [],
    links: [],
    ...fields,
  };
}

/** A numbered MADR record with every field the search document carries. */
export const centralArgoCd = decision({
  id: 'component:default/docs/0005-central-argocd',
  title: 'One central Argo CD for every cluster',
  number: 5,
  date: '2026-01-15',
  owner: 'group:default/tech-leads',
  system: 'system:default/localplus-docs',
  tags: ['gitops', 'delivery'],
  decisionMakers: ['Platform Team', 'Tech Lead'],
  summary: 'Every cluster needs its deployments reconciled from git.',
  text: 'One central Argo CD instance reconciles the three EKS clusters.',
});

/** A Nygard record whose heading repeats its number as adr-tools writes it. */
export const rabbitMq = decision({
  id: 'system:default/ecommerce-platform/0005-rabbitmq-for-asynchronous-messages',
  title: 'RabbitMQ for asynchronous messages',
  format: 'nygard',
  number: 5,
  date: '2026-02-02',
  owner: 'group:default/ecommerce-team',
  system: 'system:default/ecommerce-platform',
  text: 'Services exchange messages through a three-node RabbitMQ cluster.',
});

/** A date-named record without a number, owner, system or text. */
export const useKafka = decision({
  id: 'component:default/svc-ledger/2024-03-01-use-kafka',
  title: 'Use Kafka for ledger events',
  status: 'proposed',
  date: '2024-03-01',
  summary: 'The ledger publishes every posting.',
});

/** `count` distinct decisions, for paging. */
export function manyDecisions(count: number): DecisionSummary[] {
  return Array.from({ length: count }, (_, index) =>
    decision({
      id: `component:default/svc-many/${String(index + 1).padStart(
        4,
        '0',
      )}-decision-${index + 1}`,
      title: `Decision ${index + 1}`,
      number: index + 1,
      text: `Text of decision ${index + 1}`,
    }),
  );
}
