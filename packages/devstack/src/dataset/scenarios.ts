import { EnvironmentName } from './seedFacts';

/** Where a special case happens: one component in one environment. */
export interface ScenarioTarget {
  component: string;
  environment: EnvironmentName;
}

/**
 * The few deliberate departures from a healthy platform, so that the portal's
 * error and warning states have something to show and tests something to
 * assert. A target whose component is not in the catalog simply does not
 * happen.
 */
export interface Scenarios {
  /**
   * The latest rollout is stuck: one new pod crash-loops (exit code 1), one
   * old pod is still running, the Deployment exceeded its progress deadline
   * and the Argo CD application is Degraded.
   */
  crashLoop?: ScenarioTarget;
  /** Load pushed the HPA to maxReplicas: ScalingLimited / TooManyReplicas. */
  hpaAtMaximum?: ScenarioTarget;
  /**
   * A commit pushed minutes ago is being rolled out: one new pod is starting
   * and not ready yet, the Argo CD application is Progressing.
   */
  rollingOut?: ScenarioTarget;
  /**
   * A newer revision waits for the manual sync of a staging or prod
   * application: Argo CD reports OutOfSync while the workload stays healthy.
   */
  pendingPromotion?: ScenarioTarget;
}

export const DEFAULT_SCENARIOS: Scenarios = {
  crashLoop: { component: 'svc-wallet', environment: 'staging' },
  hpaAtMaximum: { component: 'svc-ledger', environment: 'prod' },
  rollingOut: { component: 'svc-notification', environment: 'dev' },
  pendingPromotion: { component: 'svc-giftcard', environment: 'prod' },
};

export function scenarioApplies(
  target: ScenarioTarget | undefined,
  component: string,
  environment: EnvironmentName,
): boolean {
  return target?.component === component && target.environment === environment;
}

/**
 * Which commits of a component each environment deployed, counted back from
 * the newest commit (1 = newest). Dev deploys every merge (000 §3.2: dev
 * auto-syncs); staging and prod are promoted by hand (000 §3.3), so they
 * skip commits and lag behind.
 */
export const PROMOTION_SCHEDULE: Record<EnvironmentName, readonly number[]> = {
  dev: [6, 5, 4, 3, 2, 1],
  staging: [7, 5, 3, 2],
  prod: [8, 6, 4, 3],
};

/** Length of the commit history every component gets. */
export const COMMITS_PER_COMPONENT = 8;
