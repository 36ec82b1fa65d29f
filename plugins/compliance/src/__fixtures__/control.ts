/* eslint-disable no-script-url -- script URLs are the hostile input under test */
import type {
  ComplianceExemption,
  ControlDetailResponse,
  LedgeredObservation,
  ObservationsPage,
} from '@localplus/plugin-compliance-common';
import { euResidency } from './status';

export const requestedExemption: ComplianceExemption = {
  id: 'ex-1',
  controlId: 'gdpr-eu-residency',
  subject: 'cluster:eks-us-lab',
  justification:
    'The lab cluster holds synthetic data only, never personal data.',
  requestedBy: 'user:default/lucas-bernard',
  requestedAt: '2026-05-18T09:00:00.000Z',
  status: 'requested',
  expiresAt: '2026-08-01T00:00:00.000Z',
};

export const approvedExemption: ComplianceExemption = {
  id: 'ex-0',
  controlId: 'gdpr-eu-residency',
  subject: 'cluster:eks-dr',
  justification: 'Disaster recovery drill cluster, torn down after the drill.',
  requestedBy: 'user:default/alice',
  requestedAt: '2026-05-01T09:00:00.000Z',
  status: 'approved',
  decidedBy: 'user:default/marc-lefevre',
  decidedAt: '2026-05-02T09:00:00.000Z',
  decisionComment: 'Until the drill ends',
  expiresAt: '2026-06-30T00:00:00.000Z',
};

/** The page of one control: three clusters, one outside the EU. */
export const euResidencyDetail: ControlDetailResponse = {
  period: { from: '2026-04-21T00:00:00.000Z', to: '2026-05-21T00:00:00.000Z' },
  summary: euResidency,
  subjects: [
    {
      runId: 'run-42',
      controlId: 'gdpr-eu-residency',
      subject: 'cluster:eks-prod',
      status: 'satisfied',
      reason: 'Every node is in eu-west-1.',
      observations: [1201],
      evaluatedAt: '2026-05-20T06:00:00.000Z',
    },
    {
      runId: 'run-42',
      controlId: 'gdpr-eu-residency',
      subject: 'cluster:eks-us-lab',
      status: 'not-satisfied',
      reason: '2 nodes are in us-east-1.',
      observations: [1202],
      evaluatedAt: '2026-05-20T06:00:00.000Z',
    },
    {
      runId: 'run-42',
      controlId: 'gdpr-eu-residency',
      subject: 'cluster:eks-dr',
      status: 'not-applicable',
      reason: 'Exempt: disaster recovery drill.',
      observations: [1203],
      exemptionId: 'ex-0',
      evaluatedAt: '2026-05-20T06:00:00.000Z',
    },
    {
      runId: 'run-42',
      controlId: 'gdpr-eu-residency',
      subject:
        'workload:eks-prod/loyalty/Deployment/svc-loyalty-with-a-very-long-name-that-must-wrap',
      entityRef: 'component:default/svc-loyalty',
      status: 'error',
      reason: 'The Kubernetes API answered 503.',
      observations: [1204],
      evaluatedAt: '2026-05-20T06:00:00.000Z',
    },
  ],
  history: [
    {
      runId: 'run-40',
      evaluatedAt: '2026-05-18T06:00:00.000Z',
      status: 'satisfied',
      counts: {
        satisfied: 3,
        'not-satisfied': 0,
        'not-applicable': 0,
        error: 0,
      },
    },
    {
      runId: 'run-41',
      evaluatedAt: '2026-05-19T06:00:00.000Z',
      status: 'not-satisfied',
      counts: {
        satisfied: 2,
        'not-satisfied': 1,
        'not-applicable': 0,
        error: 0,
      },
    },
    {
      runId: 'run-42',
      evaluatedAt: '2026-05-20T06:00:00.000Z',
      status: 'not-satisfied',
      counts: {
        satisfied: 2,
        'not-satisfied': 1,
        'not-applicable': 1,
        error: 0,
      },
    },
  ],
  exemptions: [requestedExemption, approvedExemption],
};

function observation(
  sequence: number,
  extra: Partial<LedgeredObservation>,
): LedgeredObservation {
  return {
    sequence,
    hash: `${sequence}`.padStart(4, '0').repeat(16),
    runId: 'run-42',
    check: 'kubernetes.cluster-region',
    collector: 'kubernetes',
    subject: 'cluster:eks-prod',
    result: 'pass',
    summary: 'Every node is in eu-west-1.',
    method: 'examine',
    examined: [],
    observedAt: '2026-05-20T06:00:10.000Z',
    ...extra,
  };
}

export const euResidencyObservations: ObservationsPage = {
  total: 60,
  items: [
    observation(1202, {
      subject: 'cluster:eks-us-lab',
      result: 'fail',
      summary: '2 nodes are in us-east-1: ip-10-0-1-5, ip-10-0-1-6.',
      examined: [
        {
          type: 'kubernetes-object',
          ref: 'eks-us-lab/Node',
          href: 'https://k8s.example.com/api/v1/nodes',
        },
      ],
    }),
    observation(1201, {
      examined: [{ type: 'kubernetes-object', ref: 'eks-prod/Node' }],
    }),
  ],
};

/** An observation a hostile collector (or a tampered row) might carry. */
export const hostileObservation = observation(1300, {
  subject: 'cluster:<img src=x onerror=alert(1)>',
  result: 'fail',
  summary: '<script>window.pwned = true</script>Owner is <b>missing</b>',
  examined: [
    {
      type: 'catalog-entity',
      ref: 'component:default/evil',
      href: 'javascript:alert(document.cookie)',
    },
    {
      type: 'catalog-entity',
      ref: 'component:default/sneaky',
      href: '//evil.example.com/steal',
    },
  ],
});
