/**
 * The service-name rule of the golden path. The name becomes the repository,
 * the Kubernetes workload and the catalog entity, so it must be a DNS label
 * that stays one with an environment suffix (`<name>-staging`).
 *
 * `templates/svc-python/template.yaml` repeats the pattern and the maximum
 * length in its JSON schema (YAML cannot import); a test in
 * `packages/content-tests` fails when the two drift apart.
 */

/** `svc-` then lower-case kebab-case words, the first starting with a letter. */
export const SERVICE_NAME_PATTERN = /^svc-[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** Short enough for `<name>-staging` and the Kafka and Vault names built from it. */
export const SERVICE_NAME_MAX_LENGTH = 40;

/** Why a name that does not match {@link SERVICE_NAME_PATTERN} is refused. */
export const SERVICE_NAME_FORMAT_MESSAGE =
  'must start with "svc-" followed by lower-case words separated by single hyphens, e.g. svc-loyalty-tiers';

/** Why a name longer than {@link SERVICE_NAME_MAX_LENGTH} is refused. */
export const SERVICE_NAME_LENGTH_MESSAGE = `must be at most ${SERVICE_NAME_MAX_LENGTH} characters`;

/**
 * Checks `name` against the service-name rule. Returns one message per
 * broken part (format, then length), each completing "name: ...", or an
 * empty list when the name follows the rule.
 */
export function validateServiceName(name: string): string[] {
  const problems: string[] = [];
  if (!SERVICE_NAME_PATTERN.test(name)) {
    problems.push(SERVICE_NAME_FORMAT_MESSAGE);
  }
  if (name.length > SERVICE_NAME_MAX_LENGTH) {
    problems.push(SERVICE_NAME_LENGTH_MESSAGE);
  }
  return problems;
}
