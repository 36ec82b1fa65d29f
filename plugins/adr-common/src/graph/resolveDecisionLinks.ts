import type { DecisionLink, DecisionSummary } from '../api/types';

/** `ADR-0012`, `ADR 12`, `adr_12`, `ADR0012`, `12`. */
const NUMBER_TARGET = /^(?:adr[\s_-]*)?0*(\d{1,9})$/i;
/** `https:`, `mailto:` ...: a target with a scheme is only ever compared as a location. */
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

interface DecisionIndex {
  byLocation: Map<string, DecisionSummary[]>;
  byFileName: Map<string, DecisionSummary[]>;
  byNumber: Map<string, DecisionSummary[]>;
}

const entityKey = (entityRef: string) => entityRef.toLocaleLowerCase('en-US');
const fileKey = (entityRef: string, fileName: string) =>
  `${entityKey(entityRef)}\n${fileName.toLocaleLowerCase('en-US')}`;
const numberKey = (entityRef: string, value: number) =>
  `${entityKey(entityRef)}\n${value}`;

function addTo(
  map: Map<string, DecisionSummary[]>,
  key: string,
  decision: DecisionSummary,
) {
  const list = map.get(key);
  if (list) list.push(decision);
  else map.set(key, [decision]);
}

function indexDecisions(decisions: DecisionSummary[]): DecisionIndex {
  const index: DecisionIndex = {
    byLocation: new Map(),
    byFileName: new Map(),
    byNumber: new Map(),
  };
  for (const decision of decisions) {
    addTo(index.byLocation, withoutFragment(decision.location), decision);
    addTo(
      index.byFileName,
      fileKey(decision.entityRef, decision.fileName),
      decision,
    );
    if (decision.number !== undefined) {
      addTo(
        index.byNumber,
        numberKey(decision.entityRef, decision.number),
        decision,
      );
    }
  }
  return index;
}

function withoutFragment(target: string): string {
  const hash = target.indexOf('#');
  return (hash === -1 ? target : target.slice(0, hash)).trim();
}

/**
 * The one candidate other than the source; when several match, the one of
 * the source's entity, if it alone matches there. Anything more ambiguous
 * stays unresolved rather than pointing at a guess.
 */
function single(
  candidates: DecisionSummary[] | undefined,
  source: DecisionSummary,
): DecisionSummary | undefined {
  const others = (candidates ?? []).filter(c => c.id !== source.id);
  if (others.length === 1) return others[0];
  const sameEntity = others.filter(
    c => entityKey(c.entityRef) === entityKey(source.entityRef),
  );
  return sameEntity.length === 1 ? sameEntity[0] : undefined;
}

function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/** The name of the folder the decision was read from, when its location shows it. */
function folderNameOf(location: string): string | undefined {
  let path = location;
  if (HAS_SCHEME.test(location)) {
    try {
      path = new URL(location).pathname;
    } catch {
      return undefined;
    }
  }
  const segments = path.split(/[\\/]/).filter(s => s !== '' && s !== '.');
  return segments.length >= 2
    ? decodeSegment(segments[segments.length - 2])
    : undefined;
}

/**
 * The file name a relative link names when the link stays in the source's
 * own folder: `x.md`, `./x.md`, or `../<the folder's own name>/x.md`.
 */
function fileNameInSameFolder(
  target: string,
  source: DecisionSummary,
): string | undefined {
  if (HAS_SCHEME.test(target) || /^[\\/]/.test(target)) return undefined;
  const query = target.indexOf('?');
  const path = query === -1 ? target : target.slice(0, query);
  const segments = path.split(/[\\/]/).filter(s => s !== '' && s !== '.');
  const fileName = decodeSegment(segments[segments.length - 1] ?? '');
  if (!fileName || fileName === '..') return undefined;
  const folders = segments.slice(0, -1);
  if (folders.length === 0) return fileName;
  if (folders.length === 2 && folders[0] === '..') {
    const ownFolder = folderNameOf(source.location);
    const named = decodeSegment(folders[1]);
    if (ownFolder === undefined || ownFolder === named) return fileName;
  }
  return undefined;
}

function resolveTarget(
  target: string,
  source: DecisionSummary,
  index: DecisionIndex,
): DecisionSummary | undefined {
  const written = withoutFragment(target);
  if (written === '') return undefined;

  // A relative location means something only inside its own entity's folder.
  const sameLocation = (index.byLocation.get(written) ?? []).filter(
    candidate =>
      HAS_SCHEME.test(written) ||
      entityKey(candidate.entityRef) === entityKey(source.entityRef),
  );
  const byLocation = single(sameLocation, source);
  if (byLocation) return byLocation;

  const number = NUMBER_TARGET.exec(written);
  if (number) {
    return single(
      index.byNumber.get(numberKey(source.entityRef, Number(number[1]))),
      source,
    );
  }

  const fileName = fileNameInSameFolder(written, source);
  return fileName === undefined
    ? undefined
    : single(index.byFileName.get(fileKey(source.entityRef, fileName)), source);
}

/**
 * Copies of the decisions whose links carry the id of the indexed decision
 * they name. A target resolves when it is
 * - a file name or relative path in the same entity's folder
 *   (`0012-x.md`, `./0012-x.md`, `../adr/0012-x.md`);
 * - a number of the same entity (`ADR-0012`, `ADR 12`, `12`), when exactly
 *   one of its decisions carries it;
 * - a URL equal to another decision's location, in any entity, or a
 *   relative location equal to one of the same entity.
 * Fragments (`#decision-outcome`) are ignored. A link never resolves to its
 * own decision, and an unresolved link carries no id (a stale one is
 * dropped), so the function can be run again on its own output.
 */
export function resolveDecisionLinks(
  decisions: DecisionSummary[],
): DecisionSummary[] {
  const index = indexDecisions(decisions);
  return decisions.map(decision => ({
    ...decision,
    links: decision.links.map((link): DecisionLink => {
      const { decisionId: _stale, ...written } = link;
      const resolved = resolveTarget(link.target, decision, index);
      return resolved ? { ...written, decisionId: resolved.id } : written;
    }),
  }));
}
