import {
  type DecisionSummary,
  type NewDecisionRequest,
  parseDecisionId,
} from '@localplus/plugin-adr-common';
import { stringify } from 'yaml';
import {
  containedMarkdown,
  linkDestination,
  plainInline,
} from './markdownSafety';

/** What the record needs to know of a decision it supersedes. */
export type SupersededDecision = Pick<
  DecisionSummary,
  'id' | 'title' | 'fileName'
>;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A front-matter list entry: one line, however it was sent. */
const entry = (value: string) => value.replace(/\s+/g, ' ').trim();

interface SupersededFile {
  title: string;
  fileName: string;
}

function frontMatter(
  request: NewDecisionRequest,
  date: string,
  superseded: SupersededFile[],
): string {
  const lists: Array<[string, string[] | undefined]> = [
    ['decision-makers', request.decisionMakers],
    ['consulted', request.consulted],
    ['informed', request.informed],
    ['tags', request.tags],
    // Not a MADR 4 key, but the one place every parser of the log reads
    // a supersedes relation from; More Information repeats it for people.
    ['supersedes', superseded.map(s => s.fileName)],
  ];
  const data: Record<string, string | string[]> = {
    status: request.status ?? 'proposed',
    date,
  };
  for (const [key, values] of lists) {
    const written = (values ?? []).map(entry).filter(Boolean);
    if (written.length > 0) data[key] = written;
  }
  // The yaml library quotes whatever needs it, so no value can close the
  // front matter or add a key.
  return `---\n${stringify(data)}---\n`;
}

/** The title and file of a superseded decision, from what the index knows or from its id. */
function supersededFile(
  id: string,
  known: SupersededDecision[],
): SupersededFile {
  const decision = known.find(k => k.id === id);
  const slug = parseDecisionId(id)?.slug ?? id;
  return {
    fileName: decision?.fileName ?? `${slug}.md`,
    title: decision?.title ?? slug,
  };
}

/**
 * A new record in the MADR 4.0 layout: front matter (status, date,
 * decision-makers, consulted, informed, tags, and the file names of the
 * decisions it supersedes under `supersedes`), the title, context, the
 * considered options, the outcome and its consequences, and links to the
 * decisions it supersedes under More Information. Titles and list entries
 * are written as plain text; the markdown sections keep their markdown but
 * cannot add a section of their own (see `containedMarkdown`).
 * `superseded` gives the titles and file names of the decisions named in
 * `request.supersedes`; an id it lacks is linked by the file name its id
 * implies.
 */
export function renderMadr4Record(
  request: NewDecisionRequest,
  number: number,
  date: string,
  superseded: SupersededDecision[] = [],
): string {
  if (!Number.isSafeInteger(number) || number < 1) {
    throw new RangeError(
      `A decision number is a whole number of at least 1, not ${number}`,
    );
  }
  if (!DATE.test(date)) {
    throw new RangeError(`A decision date is written YYYY-MM-DD, not ${date}`);
  }
  const sections = [
    `# ${plainInline(request.title)}`,
    '## Context and Problem Statement',
    containedMarkdown(request.context),
  ];
  const options = (request.options ?? []).map(plainInline).filter(Boolean);
  if (options.length > 0) {
    sections.push(
      '## Considered Options',
      options.map(option => `* ${option}`).join('\n'),
    );
  }
  sections.push('## Decision Outcome', containedMarkdown(request.decision));
  if (request.consequences?.trim()) {
    sections.push('### Consequences', containedMarkdown(request.consequences));
  }
  const supersededFiles = (request.supersedes ?? []).map(id =>
    supersededFile(id, superseded),
  );
  if (supersededFiles.length > 0) {
    sections.push(
      '## More Information',
      supersededFiles
        .map(
          ({ title, fileName }) =>
            `* Supersedes [${plainInline(title)}](${linkDestination(
              fileName,
            )})`,
        )
        .join('\n'),
    );
  }
  return `${frontMatter(request, date, supersededFiles)}\n${sections.join(
    '\n\n',
  )}\n`;
}
