import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

export const examples: TemplateExample[] = [
  {
    description:
      'Golden-path settings after publish:github: the owning team maintains the repository, main is protected with one approval and the ci check',
    example: yaml.stringify({
      steps: [
        {
          id: 'configure-repository',
          action: 'localplus:github:configure-repository',
          name: 'Configure the repository',
          input: {
            repoUrl: '${{ parameters.repoUrl }}',
            team: '${{ parameters.owner | parseEntityRef | pick("name") }}',
            topics: ['localplus', 'svc', 'python'],
          },
        },
      ],
    }),
  },
  {
    description:
      'Stricter protection: two approvals and several required checks, the team gets admin',
    example: yaml.stringify({
      steps: [
        {
          id: 'configure-repository',
          action: 'localplus:github:configure-repository',
          name: 'Configure the repository',
          input: {
            repoUrl: 'github.com?owner=localplus&repo=svc-ledger',
            team: 'payments-team',
            permission: 'admin',
            requiredApprovals: 2,
            requiredStatusChecks: ['ci', 'buf-lint', 'security-scan'],
            topics: ['localplus', 'svc', 'tier-t3'],
          },
        },
      ],
    }),
  },
];
