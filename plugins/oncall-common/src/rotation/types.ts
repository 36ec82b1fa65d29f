/**
 * The rotation model every provider produces: the native rotation files
 * (parsed by `parseRotationFile`) and the PagerDuty schedules alike. The
 * schedule engine, coverage and fairness work on this model only.
 *
 * Times of day are local to the rotation's `timeZone` ("HH:mm", 24 h);
 * instants are ISO-8601 strings in UTC (`2026-12-07T09:00:00.000Z`).
 */

/** The roles a layer fills. Exactly one person holds each at any instant where a layer covers it. */
export type OnCallRole = 'primary' | 'secondary';

export const ON_CALL_ROLES: readonly OnCallRole[] = ['primary', 'secondary'];

/** ISO weekday as luxon numbers it: 1 = Monday ... 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** A window of the week in which a restricted layer is active. */
export type LayerRestriction =
  | {
      /** Every day from `from` to `to` (local time); `to` before `from` crosses midnight. */
      type: 'daily';
      from: string;
      to: string;
    }
  | {
      /** From a weekday and time to another (local), e.g. Monday 08:00 to Friday 18:00. */
      type: 'weekly';
      fromDay: Weekday;
      from: string;
      toDay: Weekday;
      to: string;
    };

/** The length of one shift of a layer. */
export interface ShiftLength {
  weeks?: number;
  days?: number;
  hours?: number;
}

/**
 * One layer: members take turns, one shift each, in order, from `start`
 * onwards. Within a role, a later layer takes precedence over an earlier one
 * wherever it is active (PagerDuty's rule), so a restricted layer listed
 * last covers its windows and the earlier layer the rest.
 */
export interface RotationLayer {
  name: string;
  role: OnCallRole;
  /** Local date-time of the first shift's start in the rotation's time zone ("2026-01-05T10:00"). */
  start: string;
  shiftLength: ShiftLength;
  /** User entity refs (`user:default/alice`), in turn order; a ref may repeat. */
  members: string[];
  /** Windows in which the layer is active; none means always. */
  restrictions?: LayerRestriction[];
  /** Optional local date-time after which the layer stops. */
  end?: string;
}

/** Who is called at an escalation step. */
export type EscalationTarget =
  | { type: 'role'; role: OnCallRole }
  | { type: 'user'; ref: string }
  | { type: 'group'; ref: string };

/** One step of the escalation policy: called `afterMinutes` after the page when nobody acknowledged. */
export interface EscalationStep {
  afterMinutes: number;
  title: string;
  target: EscalationTarget;
}

/** Severities of the seeds' incident management (P1 critical ... P4 low). */
export type Severity = 'P1' | 'P2' | 'P3' | 'P4';

export const SEVERITIES: readonly Severity[] = ['P1', 'P2', 'P3', 'P4'];

/** The rotation's handoff: when shifts change and the sync before it. */
export interface Handoff {
  /** Human-readable, e.g. "Monday 10:00 Europe/Paris, 30-minute sync from 09:30". */
  description: string;
  /** Minutes of overlap before each change in which outgoing and incoming meet. */
  syncMinutes: number;
}

/** A rotation as the engine reads it. */
export interface RotationDefinition {
  /** Unique across providers, e.g. `localplus-weekly` or `pagerduty-PABC123`. */
  name: string;
  title: string;
  description?: string;
  /** The owning group's entity ref (`group:default/localplus-oncall`). */
  owner: string;
  /**
   * Group refs whose services the rotation answers for; a group covers its
   * child groups too. Defaults to the owner.
   */
  covers: string[];
  /** IANA time zone, e.g. `Europe/Paris`. */
  timeZone: string;
  handoff: Handoff;
  layers: RotationLayer[];
  escalation: EscalationStep[];
  /** Minutes within which a page must be acknowledged, per severity. */
  acknowledgeTargets: Partial<Record<Severity, number>>;
}

/** A problem with a rotation's source, reported on the entity that points at it. */
export interface RotationProblem {
  /** The entity whose annotation points at the source (a group), or the rotation's owner. */
  entityRef: string;
  /** The file or provider object, e.g. `./oncall/localplus-weekly.yaml`. */
  source: string;
  /** The field at fault as a path, e.g. `spec.layers[1].members[2]`, when known. */
  field?: string;
  message: string;
}

/** One person holding a role over a span; the engine's output. */
export interface Shift {
  rotation: string;
  role: OnCallRole;
  /** The layer the shift comes from, or `override`. */
  layer: string;
  user: string;
  /** ISO UTC instants; `end` is exclusive. */
  start: string;
  end: string;
  /** Set when an override produced the shift. */
  overrideId?: string;
}

/** A replacement of whoever holds `role` over [start, end) by `user`. */
export interface ScheduleOverride {
  id: string;
  rotation: string;
  role: OnCallRole;
  start: string;
  end: string;
  user: string;
  /** Who the rotation had there when the override was made, for display. */
  replaces?: string;
  reason: string;
  /** Set for the two overrides of a swap. */
  swapId?: string;
  createdBy: string;
  createdAt: string;
}
