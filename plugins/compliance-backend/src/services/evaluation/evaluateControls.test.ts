import type {
  ComplianceControl,
  ComplianceExemption,
  LedgeredObservation,
} from '@localplus/plugin-compliance-common';
import { evaluateControls } from './evaluateControls';

const LEDGER = 'component:default/svc-ledger';
const POINTS = 'component:default/svc-points';
const EVALUATED_AT = '2026-12-05T10:00:00.000Z';

let sequence = 0;
function observed(
  check: string,
  subject: string,
  result: LedgeredObservation['result'],
  summary: string,
): LedgeredObservation {
  sequence += 1;
  return {
    check,
    collector: check.split('.')[0],
    subject,
    ...(subject.startsWith('component:') ? { entityRef: subject } : {}),
    result,
    summary,
    method: 'examine',
    examined: [],
    observedAt: EVALUATED_AT,
    sequence,
    hash: sequence.toString(16).padStart(64, '0'),
    runId: 'run',
  };
}

function control(id: string, checks: string[]): ComplianceControl {
  return {
    id,
    title: id,
    description: id,
    owner: 'group:default/team-security',
    frequency: 'daily',
    requirements: ['soc2:CC6.1'],
    evidence: checks.map(check => ({ check })),
  };
}

const exemption: ComplianceExemption = {
  id: 'ex-1',
  controlId: 'ownership',
  subject: POINTS,
  justification: 'Decommissioned in January',
  requestedBy: 'user:default/marc',
  requestedAt: '2026-12-01T00:00:00.000Z',
  status: 'approved',
  decidedBy: 'user:default/sofia',
  decidedAt: '2026-12-02T00:00:00.000Z',
  expiresAt: '2027-01-31T00:00:00.000Z',
};

const installed = new Set([
  'catalog.owner',
  'catalog.tier',
  'catalog.runbook',
  'access.policy',
]);

function evaluate(
  controls: ComplianceControl[],
  observations: LedgeredObservation[],
  exemptions: ComplianceExemption[] = [],
) {
  return evaluateControls({
    runId: 'run',
    evaluatedAt: EVALUATED_AT,
    controls,
    observations,
    exemptions,
    installedChecks: installed,
  });
}

describe('evaluateControls', () => {
  it('evaluates each subject its checks observed, worst observation first', () => {
    const owner = observed(
      'catalog.owner',
      LEDGER,
      'pass',
      'Owned by group:default/team-loyalty',
    );
    const tier = observed('catalog.tier', LEDGER, 'pass', 'Tier T1');
    const noOwner = observed(
      'catalog.owner',
      POINTS,
      'fail',
      'spec.owner team-x is not a Group',
    );
    const tierError = observed(
      'catalog.tier',
      POINTS,
      'error',
      'The catalog could not be read',
    );
    const evaluations = evaluate(
      [control('ownership', ['catalog.owner', 'catalog.tier'])],
      [owner, tier, noOwner, tierError],
    );
    expect(evaluations).toEqual([
      {
        runId: 'run',
        controlId: 'ownership',
        subject: LEDGER,
        entityRef: LEDGER,
        status: 'satisfied',
        reason:
          'catalog.owner: Owned by group:default/team-loyalty; catalog.tier: Tier T1',
        observations: [owner.sequence, tier.sequence],
        evaluatedAt: EVALUATED_AT,
      },
      {
        runId: 'run',
        controlId: 'ownership',
        subject: POINTS,
        entityRef: POINTS,
        status: 'not-satisfied',
        reason: 'catalog.owner: spec.owner team-x is not a Group',
        observations: [noOwner.sequence, tierError.sequence],
        evaluatedAt: EVALUATED_AT,
      },
    ]);
  });

  it('is in error when an observation is, or when a check observed nothing at all', () => {
    const evaluations = evaluate(
      [
        control('errors', ['catalog.owner']),
        control('nothing-back', ['catalog.owner', 'catalog.runbook']),
        control('not-installed', ['catalog.owner', 'github.branch-protection']),
      ],
      [
        observed(
          'catalog.owner',
          LEDGER,
          'error',
          'Timed out reading the catalog',
        ),
      ],
    );
    expect(
      evaluations.map(e => [e.controlId, e.subject, e.status, e.reason]),
    ).toEqual([
      [
        'errors',
        LEDGER,
        'error',
        'catalog.owner: Timed out reading the catalog',
      ],
      [
        'nothing-back',
        LEDGER,
        'error',
        'catalog.owner: Timed out reading the catalog; no evidence from catalog.runbook: returned nothing',
      ],
      [
        'not-installed',
        LEDGER,
        'error',
        'catalog.owner: Timed out reading the catalog; no evidence from github.branch-protection: no collector installed',
      ],
    ]);
  });

  it('reports a control none of whose checks observed anything, per missing collector', () => {
    const evaluations = evaluate(
      [control('repos', ['github.branch-protection', 'gitlab.approvals'])],
      [],
    );
    expect(
      evaluations.map(e => [e.subject, e.status, e.reason, e.observations]),
    ).toEqual([
      [
        'collector:github',
        'error',
        'no evidence from github.branch-protection: no collector installed; no evidence from gitlab.approvals: no collector installed',
        [],
      ],
      [
        'collector:gitlab',
        'error',
        'no evidence from github.branch-protection: no collector installed; no evidence from gitlab.approvals: no collector installed',
        [],
      ],
    ]);
  });

  it('is not applicable when every observation is, satisfied when one passes', () => {
    const evaluations = evaluate(
      [control('classification', ['catalog.owner', 'catalog.tier'])],
      [
        observed('catalog.owner', LEDGER, 'not-applicable', 'Owns no tables'),
        observed('catalog.tier', LEDGER, 'not-applicable', 'Not a service'),
        observed('catalog.owner', POINTS, 'not-applicable', 'Owns no tables'),
        observed('catalog.tier', POINTS, 'pass', 'Tier T2'),
      ],
    );
    expect(evaluations.map(e => [e.subject, e.status, e.reason])).toEqual([
      [
        LEDGER,
        'not-applicable',
        'catalog.owner: Owns no tables; catalog.tier: Not a service',
      ],
      [POINTS, 'satisfied', 'catalog.tier: Tier T2'],
    ]);
  });

  it('applies an exemption of the control and subject, naming it', () => {
    const failing = observed('catalog.owner', POINTS, 'fail', 'No owner');
    const evaluations = evaluate(
      [
        control('ownership', ['catalog.owner']),
        control('other', ['catalog.owner']),
      ],
      [failing],
      [exemption],
    );
    expect(evaluations[0]).toEqual(
      expect.objectContaining({
        controlId: 'ownership',
        status: 'not-applicable',
        exemptionId: 'ex-1',
        reason:
          'Exempt until 2027-01-31T00:00:00.000Z (approved by user:default/sofia): Decommissioned in January; observed: catalog.owner: No owner',
        observations: [failing.sequence],
      }),
    );
    // Another control on the same subject is not exempt.
    expect(evaluations[1]).toEqual(
      expect.objectContaining({ controlId: 'other', status: 'not-satisfied' }),
    );
    expect(evaluations[1].exemptionId).toBeUndefined();
  });

  it('keeps long reasons short', () => {
    const many = Array.from({ length: 200 }, (_, i) =>
      observed(
        'catalog.owner',
        LEDGER,
        'fail',
        `Finding number ${i} with some words to make it long`,
      ),
    );
    const [evaluation] = evaluate(
      [control('ownership', ['catalog.owner'])],
      many,
    );
    expect(evaluation.reason).toHaveLength(2000);
    expect(evaluation.reason.endsWith('...')).toBe(true);
    expect(evaluation.observations).toHaveLength(200);
  });
});
