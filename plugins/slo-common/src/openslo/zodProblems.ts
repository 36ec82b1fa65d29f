import type { z } from 'zod';
import type { OpenSloProblem } from './parseOpenSloDocuments';

/** The problems of a failed schema check, each at its field path in the document. */
export function zodProblems(
  error: z.ZodError,
  documentIndex: number,
): OpenSloProblem[] {
  return error.issues.map(issue => ({
    documentIndex,
    path: formatPath(issue.path),
    message: issue.message,
  }));
}

/** `['spec', 'objectives', 0, 'target']` as `spec.objectives[0].target`. */
export function formatPath(path: z.core.$ZodIssue['path']): string {
  return path
    .map((key, position) =>
      typeof key === 'number'
        ? `[${key}]`
        : `${position === 0 ? '' : '.'}${String(key)}`,
    )
    .join('');
}
