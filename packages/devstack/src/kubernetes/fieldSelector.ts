import { MAX_SELECTOR_LENGTH } from './labelSelector';

/**
 * Field selectors (`fieldSelector=involvedObject.name=x`), limited like the
 * API server to a few fields per kind; the Backstage Kubernetes plugin uses
 * them to read the events of one object.
 */

export class FieldSelectorError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FieldSelectorError';
  }
}

interface FieldRequirement {
  path: string;
  negate: boolean;
  value: string;
}

export type FieldSelector = FieldRequirement[];

const COMMON_FIELDS = ['metadata.name', 'metadata.namespace'];
const FIELDS_BY_KIND: Record<string, string[]> = {
  Event: [
    'involvedObject.kind',
    'involvedObject.name',
    'involvedObject.namespace',
    'involvedObject.uid',
    'reason',
    'type',
  ],
  Pod: ['spec.nodeName', 'status.phase'],
};

export function parseFieldSelector(
  selector: string,
  kind: string,
): FieldSelector {
  if (selector.length > MAX_SELECTOR_LENGTH) {
    throw new FieldSelectorError(
      `field selector is longer than ${MAX_SELECTOR_LENGTH} characters`,
    );
  }
  if (selector.trim() === '') {
    return [];
  }
  const allowed = [...COMMON_FIELDS, ...(FIELDS_BY_KIND[kind] ?? [])];
  return selector.split(',').map(part => {
    const match = /^\s*([A-Za-z.]+)\s*(==|=|!=)\s*([^\s]*)\s*$/.exec(part);
    if (!match) {
      throw new FieldSelectorError(
        `invalid field selector requirement "${part}"`,
      );
    }
    const [, path, operator, value] = match;
    if (!allowed.includes(path)) {
      throw new FieldSelectorError(`field label not supported: ${path}`);
    }
    return { path, negate: operator === '!=', value };
  });
}

function readPath(object: unknown, path: string): string {
  let current: unknown = object;
  for (const key of path.split('.')) {
    current =
      current && typeof current === 'object'
        ? (current as Record<string, unknown>)[key]
        : undefined;
  }
  return current === undefined || current === null ? '' : String(current);
}

export function matchesFieldSelector(
  object: unknown,
  selector: FieldSelector,
): boolean {
  return selector.every(
    ({ path, negate, value }) => (readPath(object, path) === value) !== negate,
  );
}
