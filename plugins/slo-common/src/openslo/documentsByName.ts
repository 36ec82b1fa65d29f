import type { OpenSloProblem } from './parseOpenSloDocuments';
import type { WrittenOpenSloDocument } from './schema';

/** A document that references can name, and whether another one shares its name. */
export type NamedDocument<T> = { document: T; shared: boolean };

/**
 * The documents of one kind by `metadata.name`, in a Map so that names such
 * as `constructor` find only documents. The first document of a name is the
 * one kept; each later one gets a problem, and the name is marked as shared
 * so that a reference to it is refused rather than resolved by order.
 */
export function documentsByName<T extends WrittenOpenSloDocument>(
  documents: WrittenOpenSloDocument[],
  indexes: number[],
  is: (document: WrittenOpenSloDocument) => document is T,
  problems: OpenSloProblem[],
): Map<string, NamedDocument<T>> {
  const named = new Map<string, NamedDocument<T>>();
  documents.forEach((document, i) => {
    if (!is(document)) {
      return;
    }
    const first = named.get(document.metadata.name);
    if (first) {
      first.shared = true;
      problems.push({
        documentIndex: indexes[i],
        path: 'metadata.name',
        message: `another ${document.kind} in this file has this name`,
      });
      return;
    }
    named.set(document.metadata.name, { document, shared: false });
  });
  return named;
}

/** Whether the document is the one `documentsByName` kept for its name. */
export function isKept<T extends WrittenOpenSloDocument>(
  named: Map<string, NamedDocument<T>>,
  document: T,
): boolean {
  return named.get(document.metadata.name)?.document === document;
}
