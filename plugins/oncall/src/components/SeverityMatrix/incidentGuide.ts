import type { Severity } from '@localplus/plugin-oncall-common';

/**
 * The severity matrix and incident workflow of the platform's seeds
 * (002-localplus-platform-engineering.md, "Incident Management" and
 * "On-Call Expectations"), in their own English words.
 */
export interface SeverityLevel {
  severity: Severity;
  name: string;
  definition: string;
  /** The "Response Time" acknowledge target of the on-call expectations. */
  acknowledge: string;
  response: string;
  communication: string;
}

export const SEVERITY_LEVELS: SeverityLevel[] = [
  {
    severity: 'P1',
    name: 'Critical',
    definition: 'Service down, data loss risk',
    acknowledge: '< 5 min',
    response: 'Immediate, all hands',
    communication: 'Slack + PagerDuty + Status page',
  },
  {
    severity: 'P2',
    name: 'High',
    definition: 'Degraded service, high error rate',
    acknowledge: '< 15 min',
    response: 'Within 30 min',
    communication: 'Slack + PagerDuty',
  },
  {
    severity: 'P3',
    name: 'Medium',
    definition: 'Performance degradation',
    acknowledge: '< 1 hour',
    response: 'Business hours',
    communication: 'Slack',
  },
  {
    severity: 'P4',
    name: 'Low',
    definition: 'Minor issues, no user impact',
    acknowledge: '—',
    response: 'Next sprint',
    communication: 'Ticket',
  },
];

export interface IncidentStep {
  title: string;
  /** Who acts, when the seeds say. */
  who?: string;
  actions: string[];
}

export const INCIDENT_WORKFLOW: IncidentStep[] = [
  {
    title: 'Detect',
    actions: [
      'Alert fires (Prometheus/Grafana)',
      'User report',
      'Synthetic monitoring',
    ],
  },
  {
    title: 'Triage',
    who: 'Primary on-call',
    actions: [
      'Acknowledge alert',
      'Assess severity',
      'Start incident channel (#inc-YYYYMMDD-short-name)',
    ],
  },
  {
    title: 'Mitigate',
    actions: [
      'Apply runbook',
      'Rollback if needed',
      'Escalate if stuck > 15 min',
    ],
  },
  {
    title: 'Resolve',
    actions: ['Confirm service restored', 'Update status page', 'Close alert'],
  },
  {
    title: 'Post-mortem',
    who: 'within 48h for P1/P2',
    actions: [
      'Blameless analysis',
      'Root cause identification',
      'Action items with owners',
    ],
  },
];
