import fs from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';

/** The fields of an entity that lead to further catalog files. */
interface LocationFields {
  kind: string;
  spec?: { target?: string; targets?: string[] };
}

/**
 * Every entity of the catalog files reached from `startFiles` (absolute
 * paths), following Location entities as the catalog does; each with the
 * absolute path of the file it comes from. Locations themselves are left out.
 */
export function followLocations<T extends LocationFields>(
  startFiles: string[],
): Array<{ entity: T; file: string }> {
  const pending = [...startFiles];
  const seen = new Set<string>();
  const found: Array<{ entity: T; file: string }> = [];
  while (pending.length > 0) {
    const file = pending.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const document of parseAllDocuments(fs.readFileSync(file, 'utf8'))) {
      const entity = document.toJS() as T | null;
      if (!entity) continue;
      if (entity.kind === 'Location') {
        const targets = [
          ...(entity.spec?.target ? [entity.spec.target] : []),
          ...(entity.spec?.targets ?? []),
        ];
        pending.push(...targets.map(t => path.resolve(path.dirname(file), t)));
      } else {
        found.push({ entity, file });
      }
    }
  }
  return found;
}
