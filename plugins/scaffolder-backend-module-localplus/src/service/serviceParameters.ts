import {
  SERVICE_NAME_FORMAT_MESSAGE,
  SERVICE_NAME_LENGTH_MESSAGE,
  SERVICE_NAME_MAX_LENGTH,
  SERVICE_NAME_PATTERN,
} from '@localplus/plugin-golden-path-common';
import { z } from 'zod';

/**
 * The golden-path form's parameters, checked again on the server: the form's
 * JSON schema runs in the browser and can be bypassed by anyone calling the
 * scaffolder API directly.
 */

/**
 * Descriptions land in YAML, TOML, Python docstrings and Markdown, so only
 * prose characters are allowed: no quotes, backslashes, braces, dollar signs,
 * backticks or angle brackets that could break out of any of them.
 */
const DESCRIPTION_PATTERN = /^[\p{L}\p{N} .,;:!?'()/&+%-]+$/u;

const ENTITY_NAME_PATTERN = /^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/;
const SECRET_NAME_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const VAULT_SEGMENT_PATTERN = /^[a-z0-9]+(?:[a-z0-9_-]*[a-z0-9])?$/;
const PUBLIC_PATH_PATTERN =
  /^\/[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/;

export const MAX_SECRETS = 10;

/** Accepts `group:default/team-x`, `default/team-x` or `team-x`; returns the bare name. */
function entityNameOf(kind: string) {
  return z
    .string()
    .trim()
    .max(200)
    .transform((ref, ctx) => {
      const match = /^(?:([a-z]+):)?(?:(default)\/)?([^:/]+)$/i.exec(ref);
      const [, refKind, , name] = match ?? [];
      if (!match || (refKind && refKind.toLowerCase() !== kind)) {
        ctx.addIssue({
          code: 'custom',
          message: `must be a ${kind} reference such as ${kind}:default/<name>`,
        });
        return z.NEVER;
      }
      if (!ENTITY_NAME_PATTERN.test(name)) {
        ctx.addIssue({
          code: 'custom',
          message: `"${name}" is not a valid ${kind} name`,
        });
        return z.NEVER;
      }
      return name;
    });
}

const secretSchema = z.object({
  name: z
    .string()
    .min(2)
    .max(30)
    .regex(
      SECRET_NAME_PATTERN,
      'must be lower-case kebab-case, e.g. "database"',
    ),
  vaultPath: z
    .string()
    .min(3)
    .max(200)
    .refine(
      value =>
        value.split('/').every(segment => VAULT_SEGMENT_PATTERN.test(segment)),
      'must be a Vault path of lower-case segments separated by "/", e.g. localplus/svc-x/database',
    ),
});

export const serviceParametersSchema = z
  .object({
    name: z
      .string()
      .max(SERVICE_NAME_MAX_LENGTH, SERVICE_NAME_LENGTH_MESSAGE)
      .regex(SERVICE_NAME_PATTERN, SERVICE_NAME_FORMAT_MESSAGE),
    description: z
      .string()
      .trim()
      .min(10, 'must be at least 10 characters')
      .max(200, 'must be at most 200 characters')
      .regex(
        DESCRIPTION_PATTERN,
        "may only contain letters, digits, spaces and . , ; : ! ? ' ( ) / & + % -",
      ),
    owner: entityNameOf('group'),
    system: entityNameOf('system'),
    criticality: z.enum(['P0', 'P1', 'P2']),
    apiStyle: z.enum(['rest', 'rest-grpc']),
    database: z.enum(['postgresql', 'none']),
    cache: z.enum(['valkey', 'none']),
    kafka: z.enum(['none', 'producer', 'consumer']),
    publicPath: z
      .string()
      .trim()
      .max(100, 'must be at most 100 characters')
      .refine(
        value => value === '' || PUBLIC_PATH_PATTERN.test(value),
        'must be empty (internal only) or a path such as /loyalty-tiers',
      )
      .default(''),
    availabilityTarget: z.coerce
      .number()
      .min(90, 'must be at least 90 (%)')
      .max(99.99, 'must be at most 99.99 (%)'),
    latencyP99Ms: z.coerce
      .number()
      .int('must be a whole number of milliseconds')
      .min(10, 'must be at least 10 ms')
      .max(10_000, 'must be at most 10000 ms'),
    secrets: z
      .array(secretSchema)
      .max(MAX_SECRETS, `at most ${MAX_SECRETS} secrets`)
      .default([]),
  })
  .strict()
  .superRefine((values, ctx) => {
    // Golden path: producers publish through the transactional outbox, which
    // lives in the service's own database.
    if (values.kafka === 'producer' && values.database !== 'postgresql') {
      ctx.addIssue({
        code: 'custom',
        path: ['kafka'],
        message:
          'a producer publishes through the transactional outbox, which needs the PostgreSQL database',
      });
    }
    const seen = new Set<string>();
    values.secrets.forEach((secret, index) => {
      if (seen.has(secret.name)) {
        ctx.addIssue({
          code: 'custom',
          path: ['secrets', index, 'name'],
          message: `"${secret.name}" is listed twice`,
        });
      }
      seen.add(secret.name);
      // Least privilege: a service reads only its own Vault subtree.
      const ownPrefix = `localplus/${values.name}/`;
      if (!secret.vaultPath.startsWith(ownPrefix)) {
        ctx.addIssue({
          code: 'custom',
          path: ['secrets', index, 'vaultPath'],
          message: `must be under ${ownPrefix} (a service reads only its own secrets)`,
        });
      }
    });
  });

export type ServiceParameters = z.output<typeof serviceParametersSchema>;

/** One line per problem, each naming the field: `secrets[1].vaultPath: must be ...`. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map(issue => {
    const field = issue.path
      .map((part, index) =>
        typeof part === 'number'
          ? `[${part}]`
          : `${index ? '.' : ''}${String(part)}`,
      )
      .join('');
    return `${field || 'parameters'}: ${issue.message}`;
  });
}

/**
 * Secrets the generated service needs whatever the developer listed: the
 * connection strings of the managed data services carry credentials, so they
 * come from Vault like every other secret. Each holds one key the app reads:
 * DATABASE_URL, VALKEY_URL, KAFKA_BOOTSTRAP_SERVERS (with its SASL settings).
 */
export function withRequiredSecrets(
  values: ServiceParameters,
): ServiceParameters {
  const required = [
    values.database === 'postgresql' ? 'database' : undefined,
    values.cache === 'valkey' ? 'valkey' : undefined,
    values.kafka !== 'none' ? 'kafka' : undefined,
  ].filter((name): name is string => Boolean(name));
  const missing = required
    .filter(name => !values.secrets.some(secret => secret.name === name))
    .map(name => ({ name, vaultPath: `localplus/${values.name}/${name}` }));
  return { ...values, secrets: [...missing, ...values.secrets] };
}
