import type {
  ComplianceFramework,
  Observation,
} from '@localplus/plugin-compliance-common';

// The frameworks and control templates of buildExportInput: the seeds'
// frameworks and controls, each with the check that observes it and the
// summaries its observations carry.

export const FRAMEWORKS: ComplianceFramework[] = [
  {
    id: 'gdpr',
    title: 'GDPR',
    version: 'Regulation (EU) 2016/679',
    documentation:
      'https://portal.localplus.example/docs/default/component/compliance/gdpr',
    requirements: [
      {
        id: 'Art.5',
        title: 'Principles relating to processing of personal data',
      },
      { id: 'Art.17', title: 'Right to erasure' },
      { id: 'Art.44', title: 'General principle for transfers' },
    ],
  },
  {
    id: 'pci-dss',
    title: 'PCI DSS',
    version: 'v4.0.1',
    requirements: [
      { id: '3.2.1', title: 'Account data storage is kept to a minimum' },
      { id: '6.5.1', title: 'Changes are managed' },
      { id: '7.2.1', title: 'Access is assigned by role' },
    ],
  },
  {
    id: 'soc2',
    title: 'SOC 2',
    version: '2017 Trust Services Criteria (2022 points of focus)',
    requirements: [
      { id: 'CC6.1', title: 'Logical access security' },
      { id: 'CC7.2', title: 'System monitoring' },
      { id: 'CC8.1', title: 'Change management' },
    ],
  },
];

export interface ControlTemplate {
  id: string;
  title: string;
  requirements: string[];
  collector: string;
  check: string;
  method: Observation['method'];
  pass: string;
  /** A failure summary; some carry what a spreadsheet would run as a formula. */
  fail: string;
}

export const TEMPLATES: ControlTemplate[] = [
  {
    id: 'service-ownership',
    title: 'Every service has an owning team',
    requirements: ['soc2:CC6.1', 'gdpr:Art.5'],
    collector: 'catalog',
    check: 'owner',
    method: 'examine',
    pass: 'Owned by group:default/team-loyalty.',
    fail: '=HYPERLINK("http://evil.example","No owner: spec.owner is missing")',
  },
  {
    id: 'gdpr-eu-residency',
    title: 'Personal data stays in eu-west-1',
    requirements: ['gdpr:Art.44'],
    collector: 'kubernetes',
    check: 'cluster-region',
    method: 'examine',
    pass: 'Every node is labelled topology.kubernetes.io/region=eu-west-1.',
    fail: 'Node ip-10-0-1-7 runs in us-east-1, outside the allowed regions "eu-west-1".',
  },
  {
    id: 'pci-no-card-data',
    title: 'No card numbers are stored',
    requirements: ['pci-dss:3.2.1'],
    collector: 'catalog',
    check: 'no-card-data',
    method: 'examine',
    pass: 'Classified internal; no card data.',
    fail: '+Classified card: the platform must not store card numbers',
  },
  {
    id: 'workload-hardening',
    title: 'Workloads meet the admission policies',
    requirements: ['soc2:CC7.2', 'pci-dss:6.5.1'],
    collector: 'kubernetes',
    check: 'workload-policy',
    method: 'examine',
    pass: 'All 3 containers run as non-root with a read-only root filesystem and limits.',
    fail: '-Container "app" runs as root,\nand has no memory limit.',
  },
  {
    id: 'branch-protection',
    title: 'Changes to main are reviewed',
    requirements: ['soc2:CC8.1', 'pci-dss:6.5.1'],
    collector: 'github',
    check: 'branch-protection',
    method: 'test',
    pass: 'main requires 2 reviews, dismisses stale reviews and blocks force pushes.',
    fail: '@main is not protected (404).',
  },
  {
    id: 'access-control',
    title: 'Access is granted by role',
    requirements: ['soc2:CC6.1', 'pci-dss:7.2.1'],
    collector: 'access',
    check: 'admins',
    method: 'examine',
    pass: 'Three named admins, at most 5 allowed.',
    fail: '\tSeven admins, at most 5 allowed.',
  },
];
