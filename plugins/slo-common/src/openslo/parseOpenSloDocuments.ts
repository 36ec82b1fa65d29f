import { parseAllDocuments } from 'yaml';
import type { z } from 'zod';
import {
  alertConditionDocumentSchema,
  alertPolicyDocumentSchema,
} from './alertSchema';
import { resolveAlertPolicies } from './resolveAlertPolicies';
import {
  OpenSloDocument,
  serviceDocumentSchema,
  sloDocumentSchema,
} from './schema';

/** Larger inputs are refused before parsing: SLO files are a few KiB. */
export const MAX_OPENSLO_BYTES = 256 * 1024;
export const MAX_OPENSLO_DOCUMENTS = 50;
/** Caps alias expansion so "billion laughs" style anchors cannot blow up memory. */
export const MAX_YAML_ALIASES = 50;

// A Map, not an object literal, so kinds like "constructor" find nothing.
const SCHEMA_BY_KIND = new Map<unknown, z.ZodType<OpenSloDocument>>([
  ['SLO', sloDocumentSchema],
  ['Service', serviceDocumentSchema],
  ['AlertPolicy', alertPolicyDocumentSchema],
  ['AlertCondition', alertConditionDocumentSchema],
]);

/** Kinds from OpenSLO v1 that the portal does not read, and what to do instead. */
const UNSUPPORTED_KINDS = new Map<unknown, string>([
  [
    'SLI',
    'SLI documents are not supported: write the indicator inline in the SLO (spec.indicator)',
  ],
  [
    'DataSource',
    'DataSource documents are not supported: give each query its metricSource inline (type: Prometheus, spec.query); the portal reads Prometheus from its own configuration',
  ],
  [
    'AlertNotificationTarget',
    'AlertNotificationTarget documents are not supported: the portal does not deliver notifications. Alertmanager does, routing on the alert labels; name the target in the AlertPolicy (notificationTargets: - targetRef: <name>) to get it as the notification_targets label',
  ],
]);

export type OpenSloProblem = {
  /** Zero-based position of the YAML document in the stream; -1 for the whole input. */
  documentIndex: number;
  /** Field path such as `spec.objectives[0].target`; empty for the document itself. */
  path: string;
  message: string;
};

export type OpenSloParseResult = {
  documents: OpenSloDocument[];
  problems: OpenSloProblem[];
};

/** One line per problem, e.g. `document 2: spec.objectives[0].target: must be between 0 and 1`. */
export function formatOpenSloProblem(problem: OpenSloProblem): string {
  const where =
    problem.documentIndex < 0 ? 'input' : `document ${problem.documentIndex}`;
  return [where, problem.path, problem.message].filter(Boolean).join(': ');
}

/**
 * Reads a multi-document OpenSLO v1 YAML stream. Never throws: anything wrong,
 * hostile input included, comes back as problems, and only documents without
 * problems are returned.
 */
export function parseOpenSloDocuments(yamlText: unknown): OpenSloParseResult {
  try {
    return parseSafely(yamlText);
  } catch (error) {
    // Deep nesting can exhaust the stack inside the YAML library itself.
    return {
      documents: [],
      problems: [whole(`could not be read: ${describe(error)}`)],
    };
  }
}

function parseSafely(yamlText: unknown): OpenSloParseResult {
  if (typeof yamlText !== 'string') {
    return { documents: [], problems: [whole('must be a string of YAML')] };
  }
  // Counting characters first avoids encoding a huge string just to refuse it.
  if (
    yamlText.length > MAX_OPENSLO_BYTES ||
    new TextEncoder().encode(yamlText).length > MAX_OPENSLO_BYTES
  ) {
    return {
      documents: [],
      problems: [whole(`is larger than ${MAX_OPENSLO_BYTES} bytes`)],
    };
  }
  const parsed = parseAllDocuments(yamlText, { uniqueKeys: true });
  const yamlDocuments = Array.isArray(parsed) ? parsed : [];
  if (yamlDocuments.length > MAX_OPENSLO_DOCUMENTS) {
    return {
      documents: [],
      problems: [whole(`holds more than ${MAX_OPENSLO_DOCUMENTS} documents`)],
    };
  }
  const documents: OpenSloDocument[] = [];
  const documentIndexes: number[] = [];
  const problems: OpenSloProblem[] = [];
  yamlDocuments.forEach((yamlDocument, index) => {
    if (yamlDocument.errors.length > 0) {
      for (const error of yamlDocument.errors) {
        problems.push({
          documentIndex: index,
          path: '',
          message: error.message,
        });
      }
      return;
    }
    let value: unknown;
    try {
      value = yamlDocument.toJS({ maxAliasCount: MAX_YAML_ALIASES });
    } catch (error) {
      problems.push({
        documentIndex: index,
        path: '',
        message: describe(error),
      });
      return;
    }
    const result = validateDocument(value, index);
    if ('document' in result) {
      documents.push(result.document);
      documentIndexes.push(index);
    } else {
      problems.push(...result.problems);
    }
  });
  if (
    yamlDocuments.length === 0 ||
    (documents.length === 0 && problems.length === 0)
  ) {
    problems.push(whole('holds no OpenSLO documents'));
  }
  const resolved = resolveAlertPolicies(documents, documentIndexes);
  return {
    documents: resolved.documents,
    problems: [...problems, ...resolved.problems],
  };
}

function validateDocument(
  value: unknown,
  index: number,
): { document: OpenSloDocument } | { problems: OpenSloProblem[] } {
  const problem = (path: string, message: string) => ({
    problems: [{ documentIndex: index, path, message }],
  });
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return problem(
      '',
      'must be a mapping with apiVersion, kind, metadata and spec',
    );
  }
  const { apiVersion, kind } = value as Record<string, unknown>;
  if (apiVersion !== 'openslo/v1') {
    return problem('apiVersion', 'must be openslo/v1');
  }
  const unsupported = UNSUPPORTED_KINDS.get(kind);
  if (unsupported) {
    return problem('kind', unsupported);
  }
  const schema = SCHEMA_BY_KIND.get(kind);
  if (!schema) {
    return problem(
      'kind',
      'must be SLO, Service, AlertPolicy or AlertCondition',
    );
  }
  const result = schema.safeParse(value);
  if (result.success) {
    return { document: result.data };
  }
  return {
    problems: result.error.issues.map(issue => ({
      documentIndex: index,
      path: formatPath(issue.path),
      message: issue.message,
    })),
  };
}

function formatPath(path: z.core.$ZodIssue['path']): string {
  return path
    .map((key, position) =>
      typeof key === 'number'
        ? `[${key}]`
        : `${position === 0 ? '' : '.'}${String(key)}`,
    )
    .join('');
}

function whole(message: string): OpenSloProblem {
  return { documentIndex: -1, path: '', message };
}

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // Library messages can quote the input back; keep reports short.
  return message.length > 300 ? `${message.slice(0, 300)}…` : message;
}
