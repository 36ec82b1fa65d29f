import { parseRotationFile } from '@localplus/plugin-oncall-common';
import fs from 'node:fs';
import path from 'node:path';
import { loadTierModel, repoRoot } from '../docs/__testUtils__/contentModel';
import {
  complianceContent,
  loadComplianceFolder,
  splitRequirementRef,
} from './__testUtils__/complianceFolder';

/**
 * The controls issue 16 asks for, from the architecture's compliance table:
 * each must exist, serve its framework, and cite the evidence that proves it
 * with the organisation's own numbers.
 */
const { controls } = complianceContent(loadComplianceFolder());

type Params = Record<string, unknown>;

/** The controls that serve a framework and cite a check, with that check's parameters. */
function citing(framework: string, check: string) {
  return controls.flatMap(({ control }) => {
    const serves = control.spec.requirements.some(
      ref => splitRequirementRef(ref).framework === framework,
    );
    const evidence = control.spec.evidence.find(e => e.check === check);
    return serves && evidence
      ? [
          {
            id: control.metadata.id,
            params: (evidence.params ?? {}) as Params,
            requirements: control.spec.requirements,
          },
        ]
      : [];
  });
}

const ISSUE_CONTROLS: Array<{
  framework: string;
  what: string;
  check: string;
  requirement: string;
}> = [
  {
    framework: 'gdpr',
    what: 'EU residency in eu-west-1',
    check: 'kubernetes.cluster-region',
    requirement: 'gdpr:Art.44',
  },
  {
    framework: 'gdpr',
    what: 'right to erasure',
    check: 'catalog.erasure-procedure',
    requirement: 'gdpr:Art.17',
  },
  {
    framework: 'gdpr',
    what: 'consent',
    check: 'catalog.lawful-basis',
    requirement: 'gdpr:Art.7',
  },
  {
    framework: 'gdpr',
    what: 'anonymised logs',
    check: 'kubernetes.log-scrubbing',
    requirement: 'gdpr:Art.5(1)(c)',
  },
  {
    framework: 'gdpr',
    what: '30-day log retention',
    check: 'kubernetes.log-retention',
    requirement: 'gdpr:Art.5(1)(e)',
  },
  {
    framework: 'pci-dss',
    what: 'no card numbers stored',
    check: 'catalog.no-card-data',
    requirement: 'pci-dss:3.2.1',
  },
  {
    framework: 'gdpr',
    what: 'encryption at rest',
    check: 'kubernetes.storage-encryption',
    requirement: 'gdpr:Art.32',
  },
  {
    framework: 'pci-dss',
    what: 'encryption in transit, TLS 1.2 minimum',
    check: 'prometheus.tls-minimum',
    requirement: 'pci-dss:4.2.1',
  },
  {
    framework: 'soc2',
    what: 'mTLS between pods',
    check: 'kubernetes.pod-encryption',
    requirement: 'soc2:CC6.7',
  },
  {
    framework: 'pci-dss',
    what: 'an immutable audit trail',
    check: 'ledger.integrity',
    requirement: 'pci-dss:10.3.4',
  },
  {
    framework: 'soc2',
    what: 'access control',
    check: 'access.policy',
    requirement: 'soc2:CC6.3',
  },
  {
    framework: 'soc2',
    what: 'monitoring',
    check: 'prometheus.slo-alerting',
    requirement: 'soc2:CC7.2',
  },
  {
    framework: 'soc2',
    what: 'incident response',
    check: 'oncall.page-acknowledgement',
    requirement: 'soc2:CC7.4',
  },
  {
    framework: 'soc2',
    what: 'audit logs',
    check: 'access.audit-trail',
    requirement: 'soc2:CC7.2',
  },
  {
    framework: 'soc2',
    what: 'change management',
    check: 'github.branch-protection',
    requirement: 'soc2:CC8.1',
  },
  {
    framework: 'soc2',
    what: 'admission policies',
    check: 'kubernetes.workload-policy',
    requirement: 'soc2:CC6.8',
  },
];

/** The one control that cites a check for a framework; there must be exactly one. */
function only(framework: string, check: string) {
  const found = citing(framework, check);
  expect({ framework, check, controls: found.length }).toEqual({
    framework,
    check,
    controls: 1,
  });
  return found[0];
}

describe('the controls of issue 16', () => {
  it.each(ISSUE_CONTROLS)(
    '$framework: $what ($check, $requirement)',
    ({ framework, check, requirement }) => {
      expect(only(framework, check).requirements).toContain(requirement);
    },
  );

  it('keeps data in eu-west-1 and nowhere else', () => {
    expect(only('gdpr', 'kubernetes.cluster-region').params).toEqual({
      regions: ['eu-west-1'],
    });
  });

  it('keeps logs 30 days at most, read from Loki', () => {
    expect(only('gdpr', 'kubernetes.log-retention').params).toMatchObject({
      namespace: 'observability',
      configMap: 'loki',
      maxDays: 30,
    });
  });

  it('scrubs personal data and card numbers with the same OpenTelemetry redaction processor', () => {
    const gdpr = only('gdpr', 'kubernetes.log-scrubbing');
    const pci = only('pci-dss', 'kubernetes.log-scrubbing');
    expect(gdpr.params.processors).toEqual(['redaction']);
    expect(pci.params).toEqual(gdpr.params);
  });

  it('accepts TLS 1.2 and 1.3 only at the edge', () => {
    expect(only('pci-dss', 'prometheus.tls-minimum').params).toEqual({
      allowed: ['TLS 1.2', 'TLS 1.3'],
    });
  });

  it('holds pages to the acknowledgement targets of the LOCAL-PLUS rotation', () => {
    const file = 'catalog/org/oncall/localplus-weekly.yaml';
    const { definition, problems } = parseRotationFile(
      fs.readFileSync(path.join(repoRoot, file), 'utf8'),
      { source: file, owner: 'group:default/localplus-oncall' },
    );
    expect(problems).toEqual([]);
    expect(only('soc2', 'oncall.page-acknowledgement').params).toEqual({
      targetMinutes: definition!.acknowledgeTargets,
    });
  });

  it('asks two reviews for the foundation and platform tiers, and an ADR for their changes', () => {
    const tiers = loadTierModel().levels.map(level => level.id);
    const protection = only('soc2', 'github.branch-protection').params;
    // T0 is approved by the platform lead and security, T1 by two platform
    // engineers (localplus.tiers approvers); every other tier by one person.
    expect(protection).toEqual({
      minReviews: 1,
      minReviewsByTier: { T0: 2, T1: 2 },
    });
    expect(
      Object.keys(protection.minReviewsByTier as Params).every(t =>
        tiers.includes(t),
      ),
    ).toBe(true);
    expect(only('soc2', 'adr.change-decision').params).toEqual({
      tiers: ['T0', 'T1'],
    });
  });

  it('checks admission policies on rendered manifests and on running workloads alike', () => {
    const running = only('soc2', 'kubernetes.workload-policy');
    const rendered = only('soc2', 'kubernetes.manifest-policy');
    expect(rendered.id).toBe(running.id);
  });

  it('limits the admins to five named people', () => {
    expect(only('soc2', 'access.admins').params).toEqual({ maxAdmins: 5 });
  });
});
