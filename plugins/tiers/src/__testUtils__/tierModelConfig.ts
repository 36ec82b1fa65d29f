/** The six tiers of the LOCAL-PLUS model, as app config data for tests. */
export const tierModelConfig = {
  localplus: {
    tiers: {
      annotation: 'localplus.io/tier',
      appliesTo: { kinds: ['Component'], systemPattern: '^localplus-' },
      levels: [
        {
          id: 'T0',
          name: 'Foundation',
          description:
            'AWS landing zone, Control Tower and the account factory.',
          namePattern: '^bootstrap$',
          owners: ['platform-team'],
          approvers: 'Platform lead + Security',
          changeProcess: 'ADR + RFC required',
          requiredAnnotations: ['github.com/project-slug'],
        },
        {
          id: 'T1',
          name: 'Platform',
          description: 'GitOps, networking, security and observability.',
          namePattern: '^platform-[a-z0-9-]+$',
          owners: ['platform-team'],
          approvers: 'Platform team (2 reviewers)',
          changeProcess: 'ADR when the change is breaking',
        },
        {
          id: 'T2',
          name: 'Contracts',
          description: 'Protobuf contracts and the shared SDKs.',
          namePattern: '^(contracts|sdk)-[a-z0-9-]+$',
          owners: ['platform-team', 'backend-team'],
          approvers: 'Tech lead',
          changeProcess: 'buf breaking-change detection',
        },
        {
          id: 'T3',
          name: 'Domain',
          description: 'The business services (svc-*), owned by product teams.',
          namePattern: '^svc-[a-z0-9-]+$',
          owners: ['team-loyalty', 'team-merchant'],
          approvers: 'Team lead',
          changeProcess: 'Standard pull-request review',
          requiredAnnotations: ['backstage.io/kubernetes-id'],
        },
        {
          id: 'T4',
          name: 'Quality',
          description: 'End-to-end scenarios and chaos experiments.',
          namePattern: '^(e2e|chaos)-[a-z0-9-]+$',
          owners: ['qa-team'],
          approvers: 'QA lead',
          changeProcess: 'Standard pull-request review',
        },
        {
          id: 'T5',
          name: 'Documentation',
          description: 'The central documentation, ADRs and runbooks.',
          namePattern: '^docs$',
          owners: ['tech-leads'],
          approvers: 'Tech lead',
          changeProcess: 'Standard pull-request review',
        },
      ],
    },
  },
};
