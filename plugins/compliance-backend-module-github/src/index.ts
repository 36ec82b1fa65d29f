/**
 * The GitHub evidence collector of the LOCAL-PLUS compliance backend:
 * `github.branch-protection`, the protection of the default branch of every
 * repository a catalog component names.
 *
 * @packageDocumentation
 */
export { complianceModuleGithubCollector as default } from './module';
export {
  GithubCollector,
  type GithubCollectorOptions,
} from './GithubCollector';
export {
  readGithubCollectorSettings,
  type GithubCollectorSettings,
} from './config';
