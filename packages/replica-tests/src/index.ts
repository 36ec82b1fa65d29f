/**
 * Test only: the harness that runs two production backends from the staged
 * image artifact behind HAProxy (see README.md). Exported for other
 * production-artifact tests; never imported by production code.
 *
 * @packageDocumentation
 */
export {
  startReplicaEnvironment,
  stagedArtifactDir,
  SIGN_IN_ACCOUNT,
  type ReplicaEnvironment,
} from './harness/replicaEnvironment';
export {
  signInWithGithub,
  refreshSession,
  type GithubSession,
} from './harness/githubSignIn';
export {
  startGithubOAuthSimulator,
  type GithubAccount,
  type GithubOAuthSimulator,
} from './harness/githubOAuthSimulator';
export {
  startHaproxy,
  haproxyConfig,
  type RunningHaproxy,
} from './harness/haproxy';
export {
  runRouteLoad,
  loadSchedule,
  type LoadRoute,
  type LoadRunResult,
  type RouteLoadResult,
} from './harness/routeLoad';
export {
  formatLoadTable,
  formatLoadSummary,
  loadFailures,
} from './harness/loadReport';
export {
  parsePrometheusText,
  sumOf,
  scrape,
  type MetricSample,
} from './harness/prometheusText';
