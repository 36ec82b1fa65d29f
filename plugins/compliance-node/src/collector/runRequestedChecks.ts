import type {
  CollectedObservation,
  EvidenceCollectionContext,
} from '../collectors';
import { errorMessage } from '../sources/httpGet';
import { CheckScopeError, InvalidParamsError } from './CheckScopeError';
import { requestedChecks } from './requestedChecks';

/**
 * One check of a collector: what it observes in `run` (the collector's
 * sources for this evaluation run) with the parameters a control gives it.
 */
export type CheckRunner<Run> = (
  run: Run,
  params: unknown,
) => Promise<CollectedObservation[]>;

export interface RunRequestedChecksOptions<Run> {
  /** The collector's id, the prefix of its check ids (`adr` for `adr.change-decision`). */
  collectorId: string;
  context: EvidenceCollectionContext;
  /** By check id without the collector's prefix (`change-decision`). */
  runners: Readonly<Record<string, CheckRunner<Run>>>;
  run: Run;
}

/**
 * Runs each of the collector's checks the controls cite, once per distinct
 * parameter set, and records those parameters in each observation's details.
 * A check that fails becomes one `error` observation, so one broken source
 * never hides the other checks: its subject is the scope a
 * {@link CheckScopeError} names, or the check itself. Invalid parameters are
 * not repeated in their observation (see {@link InvalidParamsError}).
 */
export async function runRequestedChecks<Run>(
  options: RunRequestedChecksOptions<Run>,
): Promise<CollectedObservation[]> {
  const { collectorId, context, runners, run } = options;
  const observations: CollectedObservation[] = [];
  for (const { check, params } of requestedChecks(
    context.requested,
    collectorId,
  )) {
    const name = check.slice(collectorId.length + 1);
    // Own keys only: `adr.constructor` names no check.
    const runner = Object.hasOwn(runners, name) ? runners[name] : undefined;
    if (!runner) {
      context.logger.warn(`No check ${check} in the ${collectorId} collector`);
      continue;
    }
    const withParams = (observation: CollectedObservation) =>
      params
        ? { ...observation, details: { ...observation.details, params } }
        : observation;
    try {
      observations.push(...(await runner(run, params)).map(withParams));
    } catch (error) {
      const observation: CollectedObservation = {
        check,
        subject:
          error instanceof CheckScopeError ? error.subject : `check:${check}`,
        result: 'error',
        summary: errorMessage(error),
        method: 'examine',
        examined: [],
      };
      observations.push(
        error instanceof InvalidParamsError
          ? observation
          : withParams(observation),
      );
    }
  }
  return observations;
}
