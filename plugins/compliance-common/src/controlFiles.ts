/**
 * The documents of controls as code. A compliance folder holds YAML files,
 * each with one or more documents of these two kinds:
 *
 * ```yaml
 * apiVersion: compliance.localplus.io/v1
 * kind: Framework
 * metadata: { id: soc2, title: SOC 2 }
 * spec:
 *   version: 2017 Trust Services Criteria
 *   requirements:
 *     - { id: CC6.1, title: Logical access security }
 * ---
 * apiVersion: compliance.localplus.io/v1
 * kind: Control
 * metadata: { id: access-control, title: Access is granted by role }
 * spec:
 *   description: ...
 *   owner: group:default/team-security
 *   frequency: daily
 *   requirements: [soc2:CC6.1, pci-dss:7.2.1]
 *   evidence:
 *     - check: access.policy
 * ```
 *
 * The schemas are strict: an unknown key is an error, so a typo never
 * silently drops evidence.
 */
import { z } from 'zod';

export const COMPLIANCE_API_VERSION = 'compliance.localplus.io/v1';

const id = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9-]{0,62}$/,
    'must be lower-case letters, digits and dashes (at most 63)',
  );
const text = (max: number) => z.string().trim().min(1).max(max);
const jsonValue: z.ZodType<unknown> = z.lazy(() =>
  z.union([
    z.string().max(4000),
    z.number(),
    z.boolean(),
    z.null(),
    z.array(jsonValue).max(200),
    z.record(z.string().max(100), jsonValue),
  ]),
);

/**
 * How deep evidence parameters may nest. zod checks nested values by
 * recursion, so a hostile document nested a few thousand levels deep would
 * overflow the stack and make `safeParse` throw instead of reporting an
 * issue; the depth is measured first, without recursion.
 */
export const MAX_PARAMS_DEPTH = 32;

function exceedsDepth(value: unknown, maxDepth: number): boolean {
  const pending: Array<{ value: unknown; depth: number }> = [
    { value, depth: 0 },
  ];
  while (pending.length > 0) {
    const next = pending.pop()!;
    if (typeof next.value !== 'object' || next.value === null) continue;
    if (next.depth >= maxDepth) return true;
    for (const child of Object.values(next.value)) {
      pending.push({ value: child, depth: next.depth + 1 });
    }
  }
  return false;
}

const evidenceParams = z
  .unknown()
  .refine(value => !exceedsDepth(value, MAX_PARAMS_DEPTH), {
    message: `must not nest deeper than ${MAX_PARAMS_DEPTH} levels`,
    abort: true,
  })
  .pipe(z.record(z.string().max(100), jsonValue));

export const frameworkDocumentSchema = z.strictObject({
  apiVersion: z.literal(COMPLIANCE_API_VERSION),
  kind: z.literal('Framework'),
  metadata: z.strictObject({ id, title: text(200) }),
  spec: z.strictObject({
    version: text(200).optional(),
    description: text(4000).optional(),
    documentation: text(2000).optional(),
    requirements: z
      .array(
        z.strictObject({
          id: z
            .string()
            .regex(
              /^[A-Za-z0-9][A-Za-z0-9.()\-_]{0,39}$/,
              'must be the framework reference (letters, digits, . ( ) - _; at most 40)',
            ),
          title: text(300),
          description: text(4000).optional(),
        }),
      )
      .min(1)
      .max(2000),
  }),
});

/** `<framework id>:<requirement id>` */
export const requirementRefPattern =
  /^[a-z0-9][a-z0-9-]{0,62}:[A-Za-z0-9][A-Za-z0-9.()\-_]{0,39}$/;

/** `<collector>.<check>` */
export const checkIdPattern =
  /^[a-z0-9][a-z0-9-]{0,62}\.[a-z0-9][a-z0-9-]{0,62}$/;

export const controlDocumentSchema = z.strictObject({
  apiVersion: z.literal(COMPLIANCE_API_VERSION),
  kind: z.literal('Control'),
  metadata: z.strictObject({ id, title: text(200) }),
  spec: z.strictObject({
    description: text(4000),
    owner: z
      .string()
      .regex(
        /^group:[a-z0-9-]+\/[a-z0-9][a-z0-9._-]*$/i,
        'must be a group entity ref like group:default/team-security',
      ),
    frequency: z.enum([
      'continuous',
      'daily',
      'weekly',
      'monthly',
      'quarterly',
    ]),
    documentation: text(2000).optional(),
    requirements: z
      .array(
        z
          .string()
          .regex(
            requirementRefPattern,
            'must be <framework>:<requirement>, e.g. soc2:CC6.1',
          ),
      )
      .min(1)
      .max(100),
    evidence: z
      .array(
        z.strictObject({
          check: z
            .string()
            .regex(
              checkIdPattern,
              'must be <collector>.<check>, e.g. catalog.owner',
            ),
          description: text(1000).optional(),
          params: evidenceParams.optional(),
        }),
      )
      .min(1)
      .max(50),
  }),
});

export const complianceDocumentSchema = z.discriminatedUnion('kind', [
  frameworkDocumentSchema,
  controlDocumentSchema,
]);

export type FrameworkDocument = z.infer<typeof frameworkDocumentSchema>;
export type ControlDocument = z.infer<typeof controlDocumentSchema>;
export type ComplianceDocument = z.infer<typeof complianceDocumentSchema>;
