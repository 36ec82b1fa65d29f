import {
  ComplianceDocument,
  complianceDocumentSchema,
} from '@localplus/plugin-compliance-common';
import { parseAllDocuments } from 'yaml';
import type { z } from 'zod';
import type { ControlFileProblem } from './ControlFileError';

/**
 * Aliases a document may expand. Control files have no reason to use many;
 * a low limit makes a "billion laughs" file fail instead of eating memory.
 */
const MAX_ALIAS_COUNT = 20;

/** A validated document and where it came from. */
export interface LocatedDocument {
  file: string;
  /** 0-based position of the document in its file. */
  document: number;
  value: ComplianceDocument;
}

/**
 * Reads the YAML documents of one control file and validates each against
 * the control-file schemas. Returns the valid documents and a problem per
 * invalid one; one bad document does not hide the others' problems.
 */
export function parseControlFile(
  file: string,
  text: string,
): { documents: LocatedDocument[]; problems: ControlFileProblem[] } {
  const documents: LocatedDocument[] = [];
  const problems: ControlFileProblem[] = [];
  const parsed = parseAllDocuments(text, { uniqueKeys: true, strict: true });

  parsed.forEach((yamlDocument, index) => {
    const yamlProblems = [...yamlDocument.errors, ...yamlDocument.warnings];
    if (yamlProblems.length > 0) {
      for (const problem of yamlProblems) {
        problems.push({
          file,
          document: index,
          message: `is not valid YAML: ${firstLine(problem.message)}`,
        });
      }
      return;
    }
    let value: unknown;
    try {
      value = yamlDocument.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      problems.push({
        file,
        document: index,
        message: `cannot be read: ${firstLine((error as Error).message)}`,
      });
      return;
    }
    // An empty document (a trailing `---`) holds nothing to check.
    if (value === null || value === undefined) return;

    const result = complianceDocumentSchema.safeParse(value);
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push({
          file,
          document: index,
          path: formatIssuePath(issue.path),
          message: issue.message,
        });
      }
      return;
    }
    documents.push({ file, document: index, value: result.data });
  });

  return { documents, problems };
}

/** `['spec', 'evidence', 0, 'check']` → `spec.evidence[0].check`. */
export function formatIssuePath(issuePath: z.core.$ZodIssue['path']): string {
  return issuePath.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    const name = String(key);
    return text ? `${text}.${name}` : name;
  }, '');
}

function firstLine(message: string): string {
  return message.split('\n')[0];
}
