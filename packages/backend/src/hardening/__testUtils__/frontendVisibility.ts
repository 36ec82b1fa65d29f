import { AppConfig } from '@backstage/config';

/** Key names that say their value is a credential. */
export const SECRET_KEY_NAME =
  /(secret|token|password|passwd|private[-_]?key|api[-_]?key|credential)/i;

/** Where a value sits in the configuration: `auth.providers.github.clientId`. */
export interface Finding {
  context: string;
  path: string;
  detail: string;
}

function walk(
  value: unknown,
  path: string,
  visit: (value: unknown, path: string, key: string | undefined) => void,
  key?: string,
) {
  visit(value, path, key);
  if (Array.isArray(value)) {
    value.forEach((item, index) => walk(item, `${path}[${index}]`, visit));
  } else if (typeof value === 'object' && value !== null) {
    for (const [childKey, child] of Object.entries(value)) {
      walk(child, path ? `${path}.${childKey}` : childKey, visit, childKey);
    }
  }
}

/**
 * The places where one of the secret values, or a key named like a
 * credential, appears in configuration the browser receives.
 */
export function findSecretsInFrontendConfig(
  frontendConfigs: AppConfig[],
  secretValues: Record<string, string>,
): Finding[] {
  const findings: Finding[] = [];
  for (const { context, data } of frontendConfigs) {
    walk(data, '', (value, path, key) => {
      if (key !== undefined && SECRET_KEY_NAME.test(key)) {
        findings.push({ context, path, detail: 'key named like a secret' });
      }
      if (typeof value === 'string') {
        for (const [variable, secret] of Object.entries(secretValues)) {
          if (value.includes(secret)) {
            findings.push({ context, path, detail: `holds ${variable}` });
          }
        }
      }
    });
  }
  return findings;
}
