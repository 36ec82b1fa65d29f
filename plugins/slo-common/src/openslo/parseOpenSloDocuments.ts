import type { z } from 'zod';
import {
  alertConditionDocumentSchema,
  alertNotificationTargetDocumentSchema,
  alertPolicyDocumentSchema,
} from './alertSchema';
import { apiVersionProblem } from './apiVersionProblem';
import { dataSourceDocumentSchema } from './dataSourceSchema';
import { writtenSliSchema } from './indicatorSchema';
import { resolveAlertPolicies } from './resolveAlertPolicies';
import { resolveIndicators } from './resolveIndicators';
import { resolveMetricSources } from './resolveMetricSources';
import {
  OpenSloDocument,
  serviceDocumentSchema,
  WrittenOpenSloDocument,
  writtenSloSchema,
} from './schema';
import { shortMessage, yamlDocuments } from './yamlDocuments';
import { zodProblems } from './zodProblems';

/** Larger inputs are refused before parsing: SLO files are a few KiB. */
export const MAX_OPENSLO_BYTES = 256 * 1024;
/** Counts every document: each `---` document, or each item of a top-level sequence. */
export const MAX_OPENSLO_DOCUMENTS = 50;
/** Caps alias expansion so "billion laughs" style anchors cannot blow up memory. */
export const MAX_YAML_ALIASES = 50;

// A Map, not an object literal, so kinds like "constructor" find nothing.
const SCHEMA_BY_KIND = new Map<unknown, z.ZodType<WrittenOpenSloDocument>>([
  ['SLO', writtenSloSchema],
  ['SLI', writtenSliSchema],
  ['Service', serviceDocumentSchema],
  ['DataSource', dataSourceDocumentSchema],
  ['AlertPolicy', alertPolicyDocumentSchema],
  ['AlertCondition', alertConditionDocumentSchema],
  ['AlertNotificationTarget', alertNotificationTargetDocumentSchema],
]);

export type OpenSloProblem = {
  /**
   * Zero-based position of the document in the file, counting each `---`
   * document or each item of a top-level sequence; -1 for the whole input.
   */
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
 * Reads OpenSLO v1 YAML: a `---` stream of documents, a sequence of them (as
 * OpenSLO's CLI writes), or both. References between documents of the file
 * (indicatorRef, metricSourceRef, alertPolicyRef, conditionRef) are resolved,
 * so that every SLO returned carries its indicator and alert policies inline.
 * Never throws: anything wrong, hostile input included, comes back as
 * problems, and only documents without problems are returned.
 */
export function parseOpenSloDocuments(yamlText: unknown): OpenSloParseResult {
  try {
    return parseSafely(yamlText);
  } catch (error) {
    // Deep nesting can exhaust the stack inside the YAML library itself.
    return {
      documents: [],
      problems: [whole(`could not be read: ${shortMessage(error)}`)],
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
  const documentsRead = yamlDocuments(yamlText, MAX_YAML_ALIASES);
  if (documentsRead.length > MAX_OPENSLO_DOCUMENTS) {
    return {
      documents: [],
      problems: [whole(`holds more than ${MAX_OPENSLO_DOCUMENTS} documents`)],
    };
  }
  const documents: WrittenOpenSloDocument[] = [];
  const documentIndexes: number[] = [];
  const problems: OpenSloProblem[] = [];
  documentsRead.forEach((read, index) => {
    if ('errors' in read) {
      for (const message of read.errors) {
        problems.push({ documentIndex: index, path: '', message });
      }
      return;
    }
    const result = validateDocument(read.value, index);
    if ('document' in result) {
      documents.push(result.document);
      documentIndexes.push(index);
    } else {
      problems.push(...result.problems);
    }
  });
  if (documents.length === 0 && problems.length === 0) {
    problems.push(whole('holds no OpenSLO documents'));
  }
  // Each step works on the documents the one before kept: alert policies
  // need the SLO's indicator inline, the indicator needs its metric sources typed.
  const typed = resolveMetricSources(documents, documentIndexes);
  const inline = resolveIndicators(typed.documents, typed.indexes);
  const alerting = resolveAlertPolicies(inline.documents, inline.indexes);
  return {
    documents: alerting.documents,
    problems: [
      ...problems,
      ...typed.problems,
      ...inline.problems,
      ...alerting.problems,
    ],
  };
}

function validateDocument(
  value: unknown,
  index: number,
): { document: WrittenOpenSloDocument } | { problems: OpenSloProblem[] } {
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
  const versionProblem = apiVersionProblem(apiVersion);
  if (versionProblem) {
    return problem('apiVersion', versionProblem);
  }
  const schema = SCHEMA_BY_KIND.get(kind);
  if (!schema) {
    return problem(
      'kind',
      'must be SLO, SLI, Service, DataSource, AlertPolicy, AlertCondition or AlertNotificationTarget',
    );
  }
  const result = schema.safeParse(value);
  if (result.success) {
    return { document: result.data };
  }
  return { problems: zodProblems(result.error, index) };
}

function whole(message: string): OpenSloProblem {
  return { documentIndex: -1, path: '', message };
}
