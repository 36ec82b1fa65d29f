import {
  PagerDutyDataset,
  PagerDutyOverrideRecord,
  PagerDutyScheduleRecord,
  PagerDutyServiceRecord,
  PagerDutyUserRecord,
  referenceTo,
} from './pagerDutyDataset';

/**
 * DEMO DATA. The Viridial organisation (seeds 004, catalog/org/viridial.yaml)
 * as a PagerDuty account: its three people, a weekly primary and secondary
 * schedule, and one escalation policy for the services of its components.
 *
 * The time zone is a demo choice: seeds 004 name none (its "US-INFRA-01" is
 * a user-story id, not a place); the team writes in French and hosts in
 * Europe (Hetzner, OVH), so Paris time.
 */
export const VIRIDIAL_TIME_ZONE = 'Europe/Paris';
/** Monday 5 January 2026, 09:00 in Paris: the first handoff. */
const FIRST_HANDOFF = '2026-01-05T09:00:00-05:00';
const WEEK_SECONDS = 7 * 24 * 3600;
const DEMO = 'Demo data served by the devstack PagerDuty simulator.';

function person(id: string, name: string, email: string, jobTitle: string) {
  const user: PagerDutyUserRecord = {
    id,
    type: 'user',
    summary: name,
    name,
    email,
    time_zone: VIRIDIAL_TIME_ZONE,
    role: 'user',
    job_title: jobTitle,
    description: `Demo person. ${DEMO}`,
  };
  return user;
}

const yasmine = person(
  'PYCHRF1',
  'Yasmine Cherif',
  'yasmine.cherif@localplus.example',
  'Lead developer',
);
const paul = person(
  'PPRENA1',
  'Paul Renard',
  'paul.renard@localplus.example',
  'Developer',
);
const nadia = person(
  'PNKLEI1',
  'Nadia Klein',
  'nadia.klein@localplus.example',
  'Infrastructure engineer',
);
/** The order of the primary rotation; the secondary is one week behind it. */
const ROTATION = [yasmine, paul, nadia];

function weeklySchedule(
  id: string,
  name: string,
  layerId: string,
  members: PagerDutyUserRecord[],
): PagerDutyScheduleRecord {
  return {
    id,
    type: 'schedule',
    summary: name,
    name,
    description: `Weekly Viridial on-call, handoff Monday 09:00 Paris time. ${DEMO}`,
    time_zone: VIRIDIAL_TIME_ZONE,
    schedule_layers: [
      {
        id: layerId,
        name: 'Weekly',
        start: FIRST_HANDOFF,
        end: null,
        rotation_virtual_start: FIRST_HANDOFF,
        rotation_turn_length_seconds: WEEK_SECONDS,
        users: members.map(member => ({ user: referenceTo(member) })),
        restrictions: [],
      },
    ],
  };
}

const primary = weeklySchedule(
  'PVIRPRI',
  'Viridial primary',
  'PVLYR01',
  ROTATION,
);
const secondary = weeklySchedule('PVIRSEC', 'Viridial secondary', 'PVLYR02', [
  paul,
  nadia,
  yasmine,
]);

/** The Viridial components and the PagerDuty services they answer for. */
const SERVICES: Array<[component: string, id: string, name: string]> = [
  ['viridial-kong-gateway', 'PVKONG1', 'Viridial Kong Gateway (proxy)'],
  ['viridial-kong-gateway', 'PVKONG2', 'Viridial Kong Gateway (admin API)'],
  ['viridial-identity-service', 'PVIDEN1', 'Viridial Identity Service'],
  ['viridial-property-service', 'PVPROP1', 'Viridial Property Service'],
  ['viridial-search-service', 'PVSRCH1', 'Viridial Search Service'],
];

const POLICY_ID = 'PVIRINF';
const POLICY_NAME = 'Viridial infrastructure';
const policyReference = {
  id: POLICY_ID,
  type: 'escalation_policy_reference',
  summary: POLICY_NAME,
};

const services: PagerDutyServiceRecord[] = SERVICES.map(([, id, name]) => ({
  id,
  type: 'service',
  summary: name,
  name,
  description: DEMO,
  status: 'active',
  created_at: '2025-11-03T10:00:00-05:00',
  escalation_policy: policyReference,
}));

/** `2026-01-14` of an instant's Paris calendar, and its offset (`+01:00`). */
function newYork(instant: Date): { date: string; offset: string } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: VIRIDIAL_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZoneName: 'longOffset',
  }).formatToParts(instant);
  const part = (type: string) => parts.find(p => p.type === type)!.value;
  const offset = part('timeZoneName').replace('GMT', '') || '+00:00';
  return { date: `${part('year')}-${part('month')}-${part('day')}`, offset };
}

/** 09:00 Paris time, `days` after the day of `from`, with its offset. */
function nineAm(from: Date, days: number): string {
  const noon = new Date(`${newYork(from).date}T12:00:00Z`);
  noon.setUTCDate(noon.getUTCDate() + days);
  const { date, offset } = newYork(noon);
  return `${date}T09:00:00${offset}`;
}

/**
 * One override, so that the portal shows a read-only PagerDuty override:
 * next week's Wednesday, given to the person who holds neither role then.
 */
function nextWeeksOverride(now: Date): PagerDutyOverrideRecord {
  const weekday =
    (new Date(`${newYork(now).date}T12:00:00Z`).getUTCDay() + 6) % 7;
  const start = nineAm(now, 7 - weekday + 2);
  const weeks = Math.floor(
    (Date.parse(start) - Date.parse(FIRST_HANDOFF)) / (WEEK_SECONDS * 1000),
  );
  const free = ROTATION[(((weeks + 2) % 3) + 3) % 3];
  return {
    id: 'PVOVR01',
    start,
    end: nineAm(now, 7 - weekday + 3),
    user: referenceTo(free),
  };
}

/** The Viridial demo account, with its override placed relative to `now`. */
export function buildViridialPagerDutyDataset(
  options: { now?: Date } = {},
): PagerDutyDataset {
  const now = options.now ?? new Date();
  const componentAnnotations: Record<string, string> = {};
  for (const [component, id] of SERVICES) {
    componentAnnotations[component] = [componentAnnotations[component], id]
      .filter(Boolean)
      .join(',');
  }
  return {
    users: [yasmine, paul, nadia],
    schedules: [primary, secondary],
    escalationPolicies: [
      {
        ...policyReference,
        type: 'escalation_policy',
        name: POLICY_NAME,
        description: `Pages for the Viridial gateway and services. ${DEMO}`,
        num_loops: 0,
        on_call_handoff_notifications: 'if_has_services',
        escalation_rules: [
          {
            id: 'PVRUL01',
            escalation_delay_in_minutes: 15,
            targets: [referenceTo(primary)],
          },
          {
            id: 'PVRUL02',
            escalation_delay_in_minutes: 15,
            targets: [referenceTo(secondary)],
          },
          {
            id: 'PVRUL03',
            escalation_delay_in_minutes: 30,
            targets: [referenceTo(nadia)],
          },
        ],
        // The gateway first: its owner, the infrastructure team, owns the rotation.
        services: services.map(referenceTo),
      },
    ],
    services,
    overrides: { [primary.id]: [nextWeeksOverride(now)] },
    componentAnnotations,
  };
}
