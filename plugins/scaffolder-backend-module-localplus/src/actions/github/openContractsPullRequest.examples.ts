import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

export const examples: TemplateExample[] = [
  {
    description:
      'Propose the protos of the new service to contracts-proto (repository from localplus.scaffolder.contractsRepository)',
    example: yaml.stringify({
      steps: [
        {
          id: 'contracts',
          action: 'localplus:contracts:open-pull-request',
          name: 'Open the contracts pull request',
          if: "${{ parameters.apiStyle == 'rest-grpc' }}",
          input: {
            serviceName: '${{ parameters.name }}',
          },
        },
      ],
    }),
  },
  {
    description:
      'Explicit repository, directories, base branch and pull request text',
    example: yaml.stringify({
      steps: [
        {
          id: 'contracts',
          action: 'localplus:contracts:open-pull-request',
          name: 'Open the contracts pull request',
          input: {
            repoUrl: 'github.com?owner=localplus&repo=contracts-proto',
            serviceName: 'svc-ledger',
            sourcePath: 'proto',
            targetPath: 'contracts',
            baseBranch: 'main',
            title: 'Add the svc-ledger contracts',
            description: 'Ledger gRPC API, first version.',
          },
        },
      ],
    }),
  },
];
