/**
 * Test utilities of the access packages: a small organisation and the
 * production rule set (`accessFixtureEntities`, `accessFixturePolicyConfig`,
 * `accessFixtureConfig`), an engine over it in memory
 * (`createFixtureAccessPolicyEngine`), and the mock auth service that keeps
 * the actor of on-behalf-of tokens (`mockAuthWithOnBehalfOfActorFactories`).
 *
 * @packageDocumentation
 */
// This entry is itself test code: what it exposes stays in __testUtils__ so
// that its test-only imports stay devDependencies of the package.
// eslint-disable-next-line no-restricted-imports
export {
  accessFixtureConfig,
  accessFixtureEntities,
  accessFixturePolicyConfig,
  createFixtureAccessPolicyEngine,
} from './__testUtils__/fixtureOrg';
// eslint-disable-next-line no-restricted-imports
export { mockAuthWithOnBehalfOfActorFactories } from './__testUtils__/mockAuthWithActor';
