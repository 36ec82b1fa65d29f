/** One thing wrong in the control files, located as precisely as possible. */
export interface ControlFileProblem {
  /** The file as configured plus its path inside the folder, e.g. `./compliance/soc2.yaml`. */
  file: string;
  /** 0-based index of the YAML document in the file, when the problem is in one. */
  document?: number;
  /** Path of the bad field inside the document, e.g. `spec.evidence[0].check`. */
  path?: string;
  message: string;
}

/** How many problems the error message spells out; the rest are counted. */
const SHOWN_PROBLEMS = 20;

export function describeProblem(problem: ControlFileProblem): string {
  const place = [
    problem.file,
    problem.document === undefined ? undefined : `document ${problem.document}`,
    problem.path || undefined,
  ]
    .filter(Boolean)
    .join(', ');
  return `${place}: ${problem.message}`;
}

/**
 * The control files cannot be used. Controls are code: a broken file stops
 * the backend at startup, the way broken configuration does, rather than
 * silently dropping a control an auditor expects to see.
 */
export class ControlFileError extends Error {
  readonly problems: ControlFileProblem[];

  constructor(problems: ControlFileProblem[]) {
    const shown = problems.slice(0, SHOWN_PROBLEMS).map(describeProblem);
    const more = problems.length - shown.length;
    super(
      [
        `The compliance control files have ${problems.length} problem(s):`,
        ...shown.map(line => `  - ${line}`),
        ...(more > 0 ? [`  ... and ${more} more`] : []),
      ].join('\n'),
    );
    this.name = 'ControlFileError';
    this.problems = problems;
  }
}
