/**
 * A small PagerDuty account written the way the REST API v2 answers (field
 * names, references with `type`/`summary`/`self`/`html_url`, offsets in
 * instants), after the API reference's own examples. Two catalog-mapped
 * services share the "Checkout" escalation policy: primary and secondary
 * schedules, then a person. Test data only.
 */

const API = 'https://api.pagerduty.com';
const WEB = 'https://acme.pagerduty.com';

export const user = (id: string, name: string) => ({
  id,
  type: 'user_reference',
  summary: name,
  self: `${API}/users/${id}`,
  html_url: `${WEB}/users/${id}`,
});

const people = {
  PADA001: ['Ada Lovelace', 'ada@acme.example'],
  PGRACE1: ['Grace Hopper', 'Grace.Hopper@acme.example'],
  PLINUS1: ['Linus Torvalds', 'linus@acme.example'],
  PMARGT1: ['Margaret Hamilton', 'margaret@acme.example'],
  PKEN001: ['Ken Thompson', 'ken@acme.example'],
} as const;

export type PersonId = keyof typeof people;

export const ada = user('PADA001', people.PADA001[0]);
export const grace = user('PGRACE1', people.PGRACE1[0]);
export const linus = user('PLINUS1', people.PLINUS1[0]);
export const margaret = user('PMARGT1', people.PMARGT1[0]);
export const ken = user('PKEN001', people.PKEN001[0]);

/** GET /users objects, as the list answers them. */
export function pagerDutyUser(id: PersonId) {
  const [name, email] = people[id];
  return {
    id,
    type: 'user',
    summary: name,
    self: `${API}/users/${id}`,
    html_url: `${WEB}/users/${id}`,
    name,
    email,
    time_zone: 'America/New_York',
    color: 'green',
    role: 'user',
    avatar_url: 'https://pd-static-assets.pagerduty.com/users/blank-avatar.png',
    description: null,
    invitation_sent: false,
    job_title: 'Engineer',
    teams: [],
    contact_methods: [],
    notification_rules: [],
  };
}

export const users = (Object.keys(people) as PersonId[]).map(pagerDutyUser);

const scheduleRef = (id: string, name: string) => ({
  id,
  type: 'schedule_reference',
  summary: name,
  self: `${API}/schedules/${id}`,
  html_url: `${WEB}/schedules/${id}`,
});

const policyRef = {
  id: 'PCHKEP1',
  type: 'escalation_policy_reference',
  summary: 'Checkout',
  self: `${API}/escalation_policies/PCHKEP1`,
  html_url: `${WEB}/escalation_policies/PCHKEP1`,
};

const serviceRef = (id: string, name: string) => ({
  id,
  type: 'service_reference',
  summary: name,
  self: `${API}/services/${id}`,
  html_url: `${WEB}/service-directory/${id}`,
});

/**
 * Two layers: everyone weekly from Monday 09:00 New York time, and over it a
 * daily business-hours rotation active Monday 09:00 to Friday 17:00 (a
 * weekly_restriction), edited on 2026-01-06 so its `start` is a turn after
 * its `rotation_virtual_start`.
 */
export const primarySchedule = {
  id: 'PPRIM01',
  type: 'schedule',
  summary: 'Checkout primary',
  self: `${API}/schedules/PPRIM01`,
  html_url: `${WEB}/schedules/PPRIM01`,
  name: 'Checkout primary',
  time_zone: 'America/New_York',
  description: 'Primary on-call for checkout',
  escalation_policies: [policyRef],
  users: [ada, grace, linus, margaret, ken],
  teams: [],
  schedule_layers: [
    {
      name: 'Layer 1',
      rendered_schedule_entries: [],
      rendered_coverage_percentage: 100,
      id: 'PLAYER1',
      start: '2026-01-05T09:00:00-05:00',
      end: null,
      rotation_virtual_start: '2026-01-05T09:00:00-05:00',
      rotation_turn_length_seconds: 604800,
      users: [{ user: ada }, { user: grace }, { user: linus }],
      restrictions: [],
    },
    {
      name: 'Business hours',
      rendered_schedule_entries: [],
      rendered_coverage_percentage: 61.9,
      id: 'PLAYER2',
      start: '2026-01-06T10:30:00-05:00',
      end: null,
      rotation_virtual_start: '2026-01-05T09:00:00-05:00',
      rotation_turn_length_seconds: 86400,
      users: [{ user: margaret }, { user: ken }],
      restrictions: [
        {
          type: 'weekly_restriction',
          start_time_of_day: '09:00:00',
          duration_seconds: 4 * 86400 + 8 * 3600,
          start_day_of_week: 1,
        },
      ],
    },
  ],
  overrides_subschedule: {
    name: 'Overrides',
    rendered_schedule_entries: [],
    rendered_coverage_percentage: 0,
  },
  final_schedule: {
    name: 'Final Schedule',
    rendered_schedule_entries: [],
    rendered_coverage_percentage: 100,
  },
};

export const secondarySchedule = {
  ...primarySchedule,
  id: 'PSECN01',
  summary: 'Checkout secondary',
  self: `${API}/schedules/PSECN01`,
  html_url: `${WEB}/schedules/PSECN01`,
  name: 'Checkout secondary',
  description: 'Secondary on-call for checkout',
  schedule_layers: [
    {
      ...primarySchedule.schedule_layers[0],
      id: 'PLAYER3',
      users: [{ user: grace }, { user: linus }, { user: ada }],
    },
  ],
};

export const checkoutPolicy = {
  id: 'PCHKEP1',
  type: 'escalation_policy',
  summary: 'Checkout',
  on_call_handoff_notifications: 'if_has_services',
  self: `${API}/escalation_policies/PCHKEP1`,
  html_url: `${WEB}/escalation_policies/PCHKEP1`,
  name: 'Checkout',
  description: 'Pages for the checkout services',
  escalation_rules: [
    {
      id: 'PRULE01',
      escalation_delay_in_minutes: 15,
      targets: [scheduleRef('PPRIM01', 'Checkout primary')],
    },
    {
      id: 'PRULE02',
      escalation_delay_in_minutes: 20,
      targets: [scheduleRef('PSECN01', 'Checkout secondary')],
    },
    {
      id: 'PRULE03',
      escalation_delay_in_minutes: 30,
      targets: [{ ...ken, summary: 'Ken Thompson' }],
    },
  ],
  services: [
    serviceRef('PSVCPAY', 'Payments gateway'),
    serviceRef('PSVCAPI', 'Checkout API'),
    serviceRef('PSVCWRK', 'Checkout worker'),
  ],
  num_loops: 0,
  teams: [],
};

/** A policy no catalog component reaches: never read further. */
export const unrelatedPolicy = {
  ...checkoutPolicy,
  id: 'POTHER1',
  summary: 'Marketing site',
  name: 'Marketing site',
  self: `${API}/escalation_policies/POTHER1`,
  html_url: `${WEB}/escalation_policies/POTHER1`,
  services: [serviceRef('PSVCWEB', 'Marketing site')],
};

function service(id: string, name: string, policy = policyRef) {
  return {
    id,
    summary: name,
    type: 'service',
    self: `${API}/services/${id}`,
    html_url: `${WEB}/service-directory/${id}`,
    name,
    auto_resolve_timeout: 14400,
    acknowledgement_timeout: 600,
    created_at: '2025-11-06T11:12:51-05:00',
    status: 'active',
    alert_creation: 'create_alerts_and_incidents',
    integrations: [],
    escalation_policy: policy,
    teams: [],
  };
}

export const services = [
  service('PSVCAPI', 'Checkout API'),
  service('PSVCWRK', 'Checkout worker'),
  service('PSVCPAY', 'Payments gateway'),
  service('PSVCWEB', 'Marketing site', {
    ...policyRef,
    id: 'POTHER1',
    summary: 'Marketing site',
  }),
];

export const primaryOverride = {
  id: 'POVR001',
  start: '2026-01-21T09:00:00-05:00',
  end: '2026-01-22T09:00:00-05:00',
  user: ken,
};
