import type {
  RotationDefinition,
  RotationProblem,
  ScheduleOverride,
} from '@localplus/plugin-oncall-common';

/** A rotation as a provider hands it to the on-call backend. */
export interface ProvidedRotation {
  /** The provider's id (`native`, `pagerduty`). */
  provider: string;
  /** Where it was read from: the rotation file, or the provider's schedule URL. */
  source: string;
  definition: RotationDefinition;
  /**
   * Components the rotation answers for beyond those owned by the groups in
   * `definition.covers` (e.g. mapped from PagerDuty services).
   */
  coveredEntities?: string[];
  /** Overrides kept by the provider itself (read-only in the portal). */
  providerOverrides?: ScheduleOverride[];
}

/** What a provider read: its rotations, and the problems of what it could not read. */
export interface ProvidedRotations {
  rotations: ProvidedRotation[];
  problems: RotationProblem[];
}

/**
 * A source of rotations. The backend asks every provider on a schedule and
 * on demand; one provider failing leaves the others' rotations in place
 * (its failure is reported as a problem).
 */
export interface OnCallProvider {
  /** Unique, e.g. `native` or `pagerduty`; a second provider with the same id is refused at startup. */
  readonly id: string;
  listRotations(): Promise<ProvidedRotations>;
}
