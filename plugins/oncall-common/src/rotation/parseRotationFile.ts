import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { MAX_ROTATION_FILE_BYTES } from '../annotations';
import { checkRotationSpec } from './checkRotationSpec';
import {
  RotationFile,
  rotationFileSchema,
  ROTATION_API_VERSION,
  ROTATION_KIND,
} from './fileSchema';
import { handoffDescription } from './handoffDescription';
import type {
  RotationDefinition,
  RotationLayer,
  RotationProblem,
} from './types';

/** Caps alias expansion so "billion laughs" style anchors cannot blow up memory. */
export const MAX_ROTATION_YAML_ALIASES = 50;
/** More problems than this are summed up in one last line. */
const MAX_PROBLEMS = 20;

export interface ParseRotationFileOptions {
  /** Where the text came from, e.g. `./oncall/localplus-weekly.yaml`. */
  source: string;
  /** The owning group's ref; problems are reported on it. */
  owner: string;
}

export interface ParseRotationFileResult {
  /** Set only when there are no problems. */
  definition?: RotationDefinition;
  problems: RotationProblem[];
}

type Problem = { field?: string; message: string };

/**
 * Reads a rotation file (YAML, format in the README) into the engine's
 * model. Never throws: anything wrong, hostile input included, comes back as
 * problems naming the field at fault.
 */
export function parseRotationFile(
  text: string,
  options: ParseRotationFileOptions,
): ParseRotationFileResult {
  let result: { definition?: RotationDefinition; problems: Problem[] };
  try {
    result = parseSafely(text, options.owner);
  } catch (error) {
    // Deep nesting can exhaust the stack inside the YAML library itself.
    result = {
      problems: [{ message: `could not be read: ${describe(error)}` }],
    };
  }
  const problems = capped(result.problems).map(problem => ({
    entityRef: options.owner,
    source: options.source,
    ...(problem.field ? { field: problem.field } : {}),
    message: problem.message,
  }));
  return problems.length > 0
    ? { problems }
    : { definition: result.definition, problems };
}

function parseSafely(
  text: unknown,
  owner: string,
): { definition?: RotationDefinition; problems: Problem[] } {
  if (typeof text !== 'string') {
    return { problems: [{ message: 'must be a text of YAML' }] };
  }
  // Counting characters first avoids encoding a huge string just to refuse it.
  if (
    text.length > MAX_ROTATION_FILE_BYTES ||
    new TextEncoder().encode(text).length > MAX_ROTATION_FILE_BYTES
  ) {
    return {
      problems: [
        { message: `is larger than ${MAX_ROTATION_FILE_BYTES / 1024} KiB` },
      ],
    };
  }
  const document = parseDocument(text, { uniqueKeys: true });
  if (document.errors.length > 0) {
    return {
      problems: document.errors.map(error => ({
        message: `is not valid YAML: ${describe(error)}`,
      })),
    };
  }
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: MAX_ROTATION_YAML_ALIASES });
  } catch (error) {
    return { problems: [{ message: `could not be read: ${describe(error)}` }] };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {
      problems: [
        {
          message: 'must be a mapping with apiVersion, kind, metadata and spec',
        },
      ],
    };
  }
  // Another kind of file entirely: its other fields are not worth reporting.
  const { apiVersion, kind } = value as Record<string, unknown>;
  const header: Problem[] = [];
  if (apiVersion !== ROTATION_API_VERSION) {
    header.push({
      field: 'apiVersion',
      message: `must be ${ROTATION_API_VERSION}`,
    });
  }
  if (kind !== ROTATION_KIND) {
    header.push({ field: 'kind', message: `must be ${ROTATION_KIND}` });
  }
  if (header.length > 0) {
    return { problems: header };
  }

  const parsed = rotationFileSchema.safeParse(value);
  if (!parsed.success) {
    return { problems: parsed.error.issues.flatMap(issueProblems) };
  }
  const specProblems = checkRotationSpec(parsed.data.spec);
  if (specProblems.length > 0) {
    return { problems: specProblems };
  }
  return { definition: toDefinition(parsed.data, owner), problems: [] };
}

function toDefinition(file: RotationFile, owner: string): RotationDefinition {
  const { metadata, spec } = file;
  const layers: RotationLayer[] = spec.layers.map(layer => ({
    name: layer.name,
    role: layer.role,
    start: layer.start,
    shiftLength: layer.shiftLength,
    members: layer.members,
    ...(layer.restrictions ? { restrictions: layer.restrictions } : {}),
    ...(layer.end ? { end: layer.end } : {}),
  }));
  const syncMinutes = spec.handoff?.syncMinutes ?? 0;
  const firstPrimary = layers.find(layer => layer.role === 'primary')!;
  const acknowledgeTargets: RotationDefinition['acknowledgeTargets'] = {};
  for (const [severity, minutes] of Object.entries(
    spec.acknowledgeTargets ?? {},
  )) {
    if (minutes !== undefined) {
      acknowledgeTargets[severity as keyof typeof acknowledgeTargets] = minutes;
    }
  }
  return {
    name: metadata.name,
    title: metadata.title ?? metadata.name,
    ...(metadata.description ? { description: metadata.description } : {}),
    owner,
    covers: spec.covers && spec.covers.length > 0 ? spec.covers : [owner],
    timeZone: spec.timeZone,
    handoff: {
      description: handoffDescription(firstPrimary, spec.timeZone, syncMinutes),
      syncMinutes,
    },
    layers,
    // Without a policy, the primary is the one and only step.
    escalation: (
      spec.escalation ?? [
        {
          after: 0,
          title: 'Primary on call',
          target: { type: 'role', role: 'primary' },
        },
      ]
    ).map(step => ({
      afterMinutes: step.after,
      title: step.title,
      target: step.target,
    })),
    acknowledgeTargets,
  };
}

function issueProblems(issue: z.core.$ZodIssue): Problem[] {
  if (issue.code === 'unrecognized_keys') {
    // One problem per key, at the key's own path: a typo is found at once.
    return issue.keys.map(key => ({
      field: formatPath([...issue.path, key]),
      message: 'is not a field of a rotation file',
    }));
  }
  return [
    { field: formatPath(issue.path) || undefined, message: issue.message },
  ];
}

/** `spec.layers[1].members[2]` from zod's path. */
function formatPath(path: z.core.$ZodIssue['path']): string {
  return path
    .map((key, position) =>
      typeof key === 'number'
        ? `[${key}]`
        : `${position === 0 ? '' : '.'}${String(key)}`,
    )
    .join('');
}

function capped(problems: Problem[]): Problem[] {
  if (problems.length <= MAX_PROBLEMS) {
    return problems;
  }
  return [
    ...problems.slice(0, MAX_PROBLEMS),
    { message: `and ${problems.length - MAX_PROBLEMS} more problems` },
  ];
}

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // Library messages can quote the input back; keep reports short.
  return message.length > 300 ? `${message.slice(0, 300)}…` : message;
}
