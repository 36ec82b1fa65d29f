import type {
  OnCallNow,
  OnCallPerson,
  RotationProblem,
  ScheduleOverride,
  Shift,
} from '@localplus/plugin-oncall-common';
import type { ProvidedRotation } from '@localplus/plugin-oncall-node';

/**
 * The rotations of every provider, with the portal's overrides applied: the
 * one place the routes, the page recorder, the escalation job and the
 * calendar feeds ask "who is on call".
 */
export interface RotationService {
  /** Every rotation read (cached; refreshed on a schedule and by `refresh`). */
  list(): Promise<{
    rotations: ProvidedRotation[];
    problems: RotationProblem[];
  }>;
  /** One rotation by name, or undefined. */
  get(name: string): Promise<ProvidedRotation | undefined>;
  /**
   * The rotations answering for an entity: for a component, those covering
   * its owner (or a parent group of it) or naming it in `coveredEntities`;
   * for a group, those it owns or is covered by.
   */
  rotationsFor(entityRef: string): Promise<ProvidedRotation[]>;
  /** Overrides in force (portal's and provider's) intersecting [from, to). */
  overrides(
    rotation: string,
    from: string,
    to: string,
  ): Promise<ScheduleOverride[]>;
  /** The final schedule of a rotation over [from, to). */
  schedule(rotation: string, from: string, to: string): Promise<Shift[]>;
  /** Who holds each role at `at` and who is next. */
  onCallAt(rotation: string, at: string): Promise<OnCallNow>;
  /** Display data of people (catalog User entities); unknown refs get their name. */
  people(refs: Iterable<string>): Promise<Record<string, OnCallPerson>>;
  /** User refs that are members of a group or of its child groups. */
  groupMembers(groupRef: string): Promise<string[]>;
  /** Re-reads every provider now. */
  refresh(): Promise<void>;
}
