import type {
  ComplianceControl,
  ComplianceStatusResponse,
  ControlSummary,
  EvaluationRun,
} from '@localplus/plugin-compliance-common';
import { gdpr, pciDss, soc2 } from './frameworks';

const DAY = 24 * 60 * 60 * 1000;

export function control(
  id: string,
  title: string,
  requirements: string[],
  extra: Partial<ComplianceControl> = {},
): ComplianceControl {
  return {
    id,
    title,
    description: `${title}, shown by evidence.`,
    owner: 'group:default/team-security',
    frequency: 'daily',
    requirements,
    evidence: [{ check: 'catalog.owner' }],
    ...extra,
  };
}

export const accessControl: ControlSummary = {
  control: control('access-control', 'Access is granted by role', [
    'soc2:CC6.1',
    'pci-dss:7.2.1',
  ]),
  status: 'satisfied',
  counts: { satisfied: 1, 'not-satisfied': 0, 'not-applicable': 0, error: 0 },
  coverage: {
    satisfiedRatio: 1,
    satisfiedMs: 30 * DAY,
    notSatisfiedMs: 0,
    errorMs: 0,
    unevaluatedMs: 0,
    runs: 30,
  },
  exemptions: 0,
  lastEvaluatedAt: '2026-05-20T06:00:00.000Z',
};

export const euResidency: ControlSummary = {
  control: control(
    'gdpr-eu-residency',
    'Personal data stays in eu-west-1',
    ['gdpr:Art.44'],
    {
      owner: 'group:default/team-platform',
      documentation: 'https://docs.localplus.io/compliance/eu-residency',
      evidence: [
        {
          check: 'kubernetes.cluster-region',
          description: 'Every node runs in eu-west-1',
          params: { regions: ['eu-west-1'] },
        },
      ],
    },
  ),
  status: 'not-satisfied',
  counts: { satisfied: 2, 'not-satisfied': 1, 'not-applicable': 0, error: 0 },
  coverage: {
    satisfiedRatio: 0.8,
    satisfiedMs: 24 * DAY,
    notSatisfiedMs: 6 * DAY,
    errorMs: 0,
    unevaluatedMs: 0,
    runs: 30,
  },
  exemptions: 1,
  lastEvaluatedAt: '2026-05-20T06:00:00.000Z',
};

export const tlsMinimum: ControlSummary = {
  control: control('pci-tls-minimum', 'TLS 1.2 at least', ['pci-dss:4.2.1']),
  status: 'error',
  counts: { satisfied: 0, 'not-satisfied': 0, 'not-applicable': 0, error: 1 },
  coverage: {
    satisfiedRatio: 0.95,
    satisfiedMs: 28.5 * DAY,
    notSatisfiedMs: 0,
    errorMs: 1.5 * DAY,
    unevaluatedMs: 0,
    runs: 30,
  },
  exemptions: 0,
  lastEvaluatedAt: '2026-05-20T06:00:00.000Z',
};

export const changeManagement: ControlSummary = {
  control: control('soc2-change-management', 'Changes are decided', [
    'soc2:CC8.1',
  ]),
  status: 'not-evaluated',
  counts: { satisfied: 0, 'not-satisfied': 0, 'not-applicable': 0, error: 0 },
  coverage: {
    satisfiedRatio: null,
    satisfiedMs: 0,
    notSatisfiedMs: 0,
    errorMs: 0,
    unevaluatedMs: 30 * DAY,
    runs: 0,
  },
  exemptions: 0,
};

export const latestRun: EvaluationRun = {
  id: 'run-42',
  trigger: 'schedule',
  startedAt: '2026-05-20T06:00:00.000Z',
  finishedAt: '2026-05-20T06:01:30.000Z',
  status: 'succeeded',
  observationCount: 412,
  collectorErrors: [
    { collector: 'github', message: 'GitHub answered 401: bad credentials' },
  ],
};

/** The status page's answer for the default period (the last 30 days). */
export const statusResponse: ComplianceStatusResponse = {
  period: { from: '2026-04-21T00:00:00.000Z', to: '2026-05-21T00:00:00.000Z' },
  frameworks: [
    {
      ...gdpr,
      controlsByRequirement: {
        'Art.17': [],
        'Art.44': ['gdpr-eu-residency'],
      },
    },
    {
      ...pciDss,
      controlsByRequirement: {
        '4.2.1': ['pci-tls-minimum'],
        '7.2.1': ['access-control'],
      },
    },
    {
      ...soc2,
      controlsByRequirement: {
        'CC6.1': ['access-control'],
        'CC7.2': [],
        'CC8.1': ['soc2-change-management'],
      },
    },
  ],
  controls: [accessControl, euResidency, tlsMinimum, changeManagement],
  latestRun,
  ledger: { ok: true, headSequence: 1234 },
};

/** The same answer once a ledger row was changed in the database. */
export const tamperedStatusResponse: ComplianceStatusResponse = {
  ...statusResponse,
  ledger: {
    ok: false,
    headSequence: 1234,
    firstBroken: {
      sequence: 812,
      reason: 'hash-mismatch',
      message: 'its hash does not match its content',
    },
  },
};
