/**
 * What the PagerDuty simulator serves, in the REST API v2's own field names.
 * References are kept as `{ id, type, summary }`; the API adds `self` and
 * `html_url` for the address it is reached at.
 */

export interface PagerDutyReference {
  id: string;
  type: string;
  summary: string;
}

export interface PagerDutyUserRecord {
  id: string;
  type: 'user';
  summary: string;
  name: string;
  email: string;
  time_zone: string;
  role: string;
  job_title: string;
  description: string;
}

export interface PagerDutyRestrictionRecord {
  type: 'daily_restriction' | 'weekly_restriction';
  start_time_of_day: string;
  duration_seconds: number;
  start_day_of_week?: number;
}

export interface PagerDutyScheduleLayerRecord {
  id: string;
  name: string;
  start: string;
  end: string | null;
  rotation_virtual_start: string;
  rotation_turn_length_seconds: number;
  users: Array<{ user: PagerDutyReference }>;
  restrictions: PagerDutyRestrictionRecord[];
}

export interface PagerDutyScheduleRecord {
  id: string;
  type: 'schedule';
  summary: string;
  name: string;
  description: string;
  time_zone: string;
  schedule_layers: PagerDutyScheduleLayerRecord[];
}

export interface PagerDutyEscalationPolicyRecord {
  id: string;
  type: 'escalation_policy';
  summary: string;
  name: string;
  description: string;
  num_loops: number;
  on_call_handoff_notifications: 'if_has_services' | 'always';
  escalation_rules: Array<{
    id: string;
    escalation_delay_in_minutes: number;
    targets: PagerDutyReference[];
  }>;
  services: PagerDutyReference[];
}

export interface PagerDutyServiceRecord {
  id: string;
  type: 'service';
  summary: string;
  name: string;
  description: string;
  status: 'active';
  created_at: string;
  escalation_policy: PagerDutyReference;
}

export interface PagerDutyOverrideRecord {
  id: string;
  start: string;
  end: string;
  user: PagerDutyReference;
}

export interface PagerDutyDataset {
  users: PagerDutyUserRecord[];
  schedules: PagerDutyScheduleRecord[];
  escalationPolicies: PagerDutyEscalationPolicyRecord[];
  services: PagerDutyServiceRecord[];
  /** By schedule id. */
  overrides: Record<string, PagerDutyOverrideRecord[]>;
  /**
   * The catalog side: component name -> the value its
   * `pagerduty.com/service-id` annotation should hold.
   */
  componentAnnotations: Record<string, string>;
}

/** A `<type>_reference` to a record, as PagerDuty nests them. */
export function referenceTo(record: {
  id: string;
  type: string;
  summary: string;
}): PagerDutyReference {
  return {
    id: record.id,
    type: `${record.type}_reference`,
    summary: record.summary,
  };
}
