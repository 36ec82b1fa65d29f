import { TemplateExample } from '@backstage/plugin-scaffolder-node';

export const examples: TemplateExample[] = [
  {
    description:
      'Propose a decision for the entity chosen in the form, asking the tech leads',
    example: `steps:
  - id: record
    name: Write the decision record
    action: localplus:adr:create-record
    input:
      entityRef: \${{ parameters.entity }}
      title: \${{ parameters.title }}
      context: \${{ parameters.context }}
      options: \${{ parameters.options }}
      decision: \${{ parameters.decision }}
      consequences: \${{ parameters.consequences }}
      status: proposed
      decisionMakers: [Platform Team]
      consulted: [tech-leads]
`,
  },
  {
    description:
      'Record an accepted decision that supersedes an earlier one of the same folder',
    example: `steps:
  - id: record
    name: Write the decision record
    action: localplus:adr:create-record
    input:
      entityRef: system:default/ecommerce-platform
      title: Redis cluster of six nodes
      context: One Redis instance limits the capacity and availability of the cache.
      options: [Redis cluster of six nodes, One larger Redis instance]
      decision: Chosen option Redis cluster of six nodes, because it survives the loss of a node.
      status: accepted
      decisionMakers: [ecommerce-ops]
      tags: [cache]
      supersedes: [system:default/ecommerce-platform/0006-redis-as-the-shared-cache]
`,
  },
];
