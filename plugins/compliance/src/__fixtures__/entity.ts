import type { Entity } from '@backstage/catalog-model';
import type { EntityComplianceResponse } from '@localplus/plugin-compliance-common';
import { accessControl, euResidency, tlsMinimum } from './status';

export function serviceEntity(name: string, type = 'service'): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, namespace: 'default' },
    spec: {
      type,
      owner: 'group:default/team-loyalty',
      lifecycle: 'production',
    },
  };
}

export const loyaltyCompliance: EntityComplianceResponse = {
  entityRef: 'component:default/svc-loyalty',
  period: { from: '2026-04-21T00:00:00.000Z', to: '2026-05-21T00:00:00.000Z' },
  controls: [
    {
      control: accessControl.control,
      coverage: accessControl.coverage,
      evaluations: [
        {
          runId: 'run-42',
          controlId: 'access-control',
          subject: 'component:default/svc-loyalty',
          entityRef: 'component:default/svc-loyalty',
          status: 'satisfied',
          reason: 'Owned by group:default/team-loyalty.',
          observations: [1100],
          evaluatedAt: '2026-05-20T06:00:00.000Z',
        },
      ],
    },
    {
      control: tlsMinimum.control,
      coverage: tlsMinimum.coverage,
      evaluations: [
        {
          runId: 'run-42',
          controlId: 'pci-tls-minimum',
          subject: 'endpoint:loyalty.localplus.io:443',
          entityRef: 'component:default/svc-loyalty',
          status: 'satisfied',
          reason: 'TLS 1.3 only.',
          observations: [1101],
          evaluatedAt: '2026-05-20T06:00:00.000Z',
        },
      ],
    },
    {
      control: euResidency.control,
      coverage: euResidency.coverage,
      evaluations: [
        {
          runId: 'run-42',
          controlId: 'gdpr-eu-residency',
          subject: 'workload:eks-prod/loyalty/Deployment/svc-loyalty',
          entityRef: 'component:default/svc-loyalty',
          status: 'satisfied',
          reason: 'Runs in eu-west-1.',
          observations: [1102],
          evaluatedAt: '2026-05-20T06:00:00.000Z',
        },
        {
          runId: 'run-42',
          controlId: 'gdpr-eu-residency',
          subject: 'workload:eks-us-lab/loyalty/Deployment/svc-loyalty',
          entityRef: 'component:default/svc-loyalty',
          status: 'not-satisfied',
          reason: 'Runs in us-east-1.',
          observations: [1103],
          evaluatedAt: '2026-05-20T06:00:00.000Z',
        },
      ],
    },
  ],
  exemptions: [],
};
