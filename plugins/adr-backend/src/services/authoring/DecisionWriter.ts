import type { DecisionFolder } from '../sources/DecisionFolder';

/** A rendered record, ready to be proposed. */
export interface DecisionWriteRequest {
  folder: DecisionFolder;
  /** `0021-use-kafka-for-audit-events.md` */
  fileName: string;
  number: number;
  title: string;
  /** The whole file (MADR 4 front matter and body). */
  content: string;
  /** The user proposing it, as an entity ref. */
  author: string;
}

export interface DecisionWriteResult {
  /** The file's URL on its branch, or its local path. */
  location: string;
  pullRequestUrl?: string;
}

/**
 * Proposes a new record: `github` opens a pull request on the folder's
 * repository; `local` commits it to the development repository, where the
 * index reads it at the next refresh of the entity.
 */
export interface DecisionWriter {
  readonly target: 'github' | 'local';
  write(request: DecisionWriteRequest): Promise<DecisionWriteResult>;
}
