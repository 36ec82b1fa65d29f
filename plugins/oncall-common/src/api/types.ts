/**
 * The On-call backend's HTTP API (`/api/oncall`), shared by the backend's
 * router and the frontend's client. Instants are ISO-8601 UTC strings.
 */
import type {
  EscalationStep,
  OnCallRole,
  RotationProblem,
  ScheduleOverride,
  Severity,
  Shift,
} from '../rotation/types';

/** A person as the portal shows them: from the catalog's User entity. */
export interface OnCallPerson {
  ref: string;
  displayName: string;
  email?: string;
  phone?: string;
  slackHandle?: string;
}

/** GET /rotations: one row per rotation, all providers. */
export interface RotationSummary {
  name: string;
  title: string;
  description?: string;
  /** `native` or the provider module's id (`pagerduty`). */
  provider: string;
  /** Where it was read from: the file, or the provider's schedule URL. */
  source: string;
  owner: string;
  covers: string[];
  timeZone: string;
  handoff: string;
  /** Layer names and roles, for the legend. */
  layers: Array<{ name: string; role: OnCallRole; members: string[] }>;
  escalation: EscalationStep[];
  acknowledgeTargets: Partial<Record<Severity, number>>;
  /**
   * Whether the rotation's own rule lets the caller change it: a native
   * rotation, and the caller one of its people or a lead of the groups it
   * answers for. The caller's roles must also grant
   * `oncall.override.create`; the page asks the permission backend that.
   */
  callerIsChanger: boolean;
}

/** GET /rotations: the rotations and the problems of those that could not be read. */
export interface RotationList {
  rotations: RotationSummary[];
  problems: RotationProblem[];
}

/** Who holds each role now and next, for one rotation. */
export interface OnCallNow {
  rotation: string;
  rotationTitle: string;
  owner: string;
  primary?: Shift;
  secondary?: Shift;
  /** The next change of primary or secondary after now, if any within 8 weeks. */
  nextHandoff?: string;
  nextPrimary?: Shift;
  nextSecondary?: Shift;
}

/** One step of an escalation chain, resolved to people for now. */
export interface ResolvedEscalationStep extends EscalationStep {
  /** Who is called at this step now (the role's current holder, the user, the group's members). */
  people: string[];
}

/** A page as recorded from Alertmanager. */
export interface OnCallPage {
  id: string;
  /** Alertmanager's fingerprint of the alert. */
  fingerprint: string;
  alertName: string;
  summary: string;
  /** The component it concerns (`component:default/svc-ledger`), when known. */
  entityRef?: string;
  severity: Severity;
  rotation?: string;
  /** Who held primary and secondary at `firedAt`. */
  primary?: string;
  secondary?: string;
  firedAt: string;
  /** Set when Alertmanager reported the alert resolved. */
  resolvedAt?: string;
  acknowledgedAt?: string;
  acknowledgedBy?: string;
  /** The acknowledge target for the severity, minutes. */
  acknowledgeTargetMinutes?: number;
  /** Acknowledged within target; undefined while neither acknowledged nor late. */
  metTarget?: boolean;
  /** Index in the rotation's escalation policy reached so far (0 = first step). */
  escalationStep: number;
  /** Who has been notified so far, in order, with when. */
  notified: Array<{ step: number; people: string[]; at: string }>;
  /** Alertmanager's labels, as received. */
  labels: Record<string, string>;
  generatorUrl?: string;
  runbookUrl?: string;
}

/** GET /entity/:kind/:namespace/:name: the On call card of a component or the tab of a group. */
export interface EntityOnCall {
  entityRef: string;
  /** The rotations that answer for the entity (through its owner, or the group itself). */
  rotations: Array<{
    summary: RotationSummary;
    now: OnCallNow;
    escalation: ResolvedEscalationStep[];
  }>;
  /** Everyone the card names, by ref. */
  people: Record<string, OnCallPerson>;
  /** Open pages (not resolved or not acknowledged) of the entity, newest first. */
  openPages: OnCallPage[];
  /** Problems of the rotation files this entity points at or depends on. */
  problems: RotationProblem[];
}

/** GET /rotations/:name/schedule?from&to */
export interface RotationSchedule {
  rotation: string;
  from: string;
  to: string;
  /** The final schedule: layers, restrictions and overrides applied. */
  shifts: Shift[];
  /** Active (not cancelled) overrides intersecting the range. */
  overrides: ScheduleOverride[];
  people: Record<string, OnCallPerson>;
}

/** POST /rotations/:name/overrides */
export interface CreateOverrideRequest {
  role: OnCallRole;
  start: string;
  end: string;
  /** The person who takes the slot (`user:default/bob`). */
  user: string;
  reason: string;
}

/**
 * POST /rotations/:name/swaps: the holders of `role` in the two shifts that
 * start at `firstShiftStart` and `secondShiftStart` trade places (two
 * overrides sharing a swapId).
 */
export interface CreateSwapRequest {
  role: OnCallRole;
  firstShiftStart: string;
  secondShiftStart: string;
  reason: string;
}

/** DELETE /overrides/:id body. */
export interface CancelOverrideRequest {
  reason: string;
}

/** A recorded change to overrides (creation or cancellation). */
export interface OverrideChange {
  id: string;
  overrideId: string;
  rotation: string;
  action: 'created' | 'cancelled';
  actor: string;
  reason: string;
  at: string;
  /** The override as it was after the change. */
  override: ScheduleOverride;
}

/** GET /now: every rotation's current holders, for the org-wide page and the home widget. */
export interface OnCallOverview {
  at: string;
  rotations: Array<{
    summary: RotationSummary;
    now: OnCallNow;
    /** Components answered for, by ref. */
    services: string[];
  }>;
  people: Record<string, OnCallPerson>;
  problems: RotationProblem[];
}

/** One finding of the coverage audit. */
export type CoverageFinding =
  | {
      type: 'gap';
      rotation: string;
      role: OnCallRole;
      start: string;
      end: string;
    }
  | {
      type: 'single-person-layer';
      rotation: string;
      layer: string;
      user: string;
    }
  | {
      type: 'not-in-owning-group';
      rotation: string;
      user: string;
      owner: string;
      /** First instant in the period the person is on call. */
      firstShiftStart: string;
    }
  | {
      type: 'critical-service-without-rotation';
      entityRef: string;
      owner: string;
      /** The service's tier label or criticality (`P0`, `P1`). */
      criticality: string;
    };

/** GET /coverage?weeks=4 */
export interface CoverageReport {
  from: string;
  to: string;
  findings: CoverageFinding[];
}

/** One person's line of the fairness report. */
export interface FairnessRow {
  user: string;
  rotations: string[];
  hoursOnCall: number;
  primaryHours: number;
  secondaryHours: number;
  /** Hours between 22:00 and 08:00 in the rotation's time zone. */
  nightHours: number;
  /** Hours on Saturday and Sunday in the rotation's time zone. */
  weekendHours: number;
  pages: number;
  nightPages: number;
  weekendPages: number;
  /** The seeds' compensation: flat bonus per on-call week, time off and bonus per night incident, 1.5x time off per weekend incident. */
  compensation: {
    onCallWeeks: number;
    nightIncidents: number;
    weekendIncidents: number;
    /** Hours of time off owed for weekend incidents: 1.5x each weekend page's span, from firedAt to resolvedAt (else acknowledgedAt), at least 1 h. */
    weekendTimeOffHours: number;
  };
}

/** GET /fairness?from&to (and /fairness.csv) */
export interface FairnessReport {
  from: string;
  to: string;
  rows: FairnessRow[];
  people: Record<string, OnCallPerson>;
}

/** GET /me/shifts?from&to: the caller's own shifts. */
export interface MyShifts {
  user: string;
  from: string;
  to: string;
  shifts: Shift[];
}

/** A calendar feed link (the secret URL is shown once, at creation). */
export interface CalendarLink {
  id: string;
  scope: 'person' | 'rotation';
  /** The person's or rotation's ref/name. */
  target: string;
  createdBy: string;
  createdAt: string;
  revokedAt?: string;
  /** Only in the answer to its creation. */
  url?: string;
}

/** POST /calendar-links */
export interface CreateCalendarLinkRequest {
  scope: 'person' | 'rotation';
  /** Defaults to the caller for `person`; a rotation name for `rotation`. */
  target?: string;
}
