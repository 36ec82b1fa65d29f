/** A JSON object of an OSCAL document. */
export type JsonObject = { [key: string]: unknown };

/** The OSCAL definitions the constraint checks know objects as. */
export type OscalAssembly =
  | 'activity'
  | 'address'
  | 'assessment-assets'
  | 'assessment-platform'
  | 'assessment-results'
  | 'assessment-subject'
  | 'associated-risk'
  | 'at-frequency'
  | 'back-matter'
  | 'base64'
  | 'citation'
  | 'component-status'
  | 'facet'
  | 'finding'
  | 'finding-target'
  | 'hash'
  | 'implementation-status'
  | 'implemented-component'
  | 'inventory-item'
  | 'link'
  | 'location'
  | 'logged-by'
  | 'metadata'
  | 'objective-status'
  | 'observation'
  | 'origin'
  | 'origin-actor'
  | 'part'
  | 'party'
  | 'port-range'
  | 'property'
  | 'related-observation'
  | 'resource'
  | 'response'
  | 'responsible-party'
  | 'responsible-role'
  | 'result'
  | 'reviewed-controls'
  | 'revision'
  | 'risk'
  | 'risk-log-entry'
  | 'role'
  | 'select-objective-by-id'
  | 'select-subject-by-id'
  | 'subject-reference'
  | 'system-component'
  | 'system-user'
  | 'task'
  | 'telephone-number'
  | 'threat-id'
  | 'uses-component';

/** One object of the document, where it is and what it is. */
export interface OscalNode {
  value: JsonObject;
  /** Keys and indexes from the root of the document. */
  path: ReadonlyArray<string | number>;
  /** The definition it is an instance of, when the checks know it. */
  assembly?: OscalAssembly;
  /** The nearest object holding it (a property's or a link's owner). */
  parent?: OscalNode;
}

/** Reports one violation: where, what is wrong, and the constraint it breaks. */
export type ReportViolation = (
  path: ReadonlyArray<string | number>,
  message: string,
  constraint: string,
) => void;

/** Items of arrays, known by the array's key. */
const ITEMS: Record<string, OscalAssembly> = {
  actors: 'origin-actor',
  activities: 'activity',
  addresses: 'address',
  'assessment-platforms': 'assessment-platform',
  components: 'system-component',
  'exclude-subjects': 'select-subject-by-id',
  facets: 'facet',
  findings: 'finding',
  hashes: 'hash',
  'implemented-components': 'implemented-component',
  'include-objectives': 'select-objective-by-id',
  'include-subjects': 'select-subject-by-id',
  'inventory-items': 'inventory-item',
  links: 'link',
  locations: 'location',
  'logged-by': 'logged-by',
  observations: 'observation',
  origins: 'origin',
  parties: 'party',
  parts: 'part',
  'port-ranges': 'port-range',
  props: 'property',
  'related-observations': 'related-observation',
  'related-risks': 'associated-risk',
  remediations: 'response',
  resources: 'resource',
  'responsible-parties': 'responsible-party',
  'responsible-roles': 'responsible-role',
  results: 'result',
  revisions: 'revision',
  risks: 'risk',
  roles: 'role',
  tasks: 'task',
  'telephone-numbers': 'telephone-number',
  'threat-ids': 'threat-id',
  users: 'system-user',
  'uses-components': 'uses-component',
};

/** Objects held under a key. */
const OBJECTS: Record<string, OscalAssembly> = {
  address: 'address',
  'assessment-assets': 'assessment-assets',
  'assessment-results': 'assessment-results',
  'at-frequency': 'at-frequency',
  'back-matter': 'back-matter',
  base64: 'base64',
  citation: 'citation',
  'implementation-status': 'implementation-status',
  metadata: 'metadata',
  'reviewed-controls': 'reviewed-controls',
  target: 'finding-target',
};

function assemblyOf(
  key: string | number | undefined,
  arrayKey: string | number | undefined,
  value: JsonObject,
  parent: OscalNode | undefined,
): OscalAssembly | undefined {
  if (typeof key === 'number' && typeof arrayKey === 'string') {
    if (arrayKey === 'entries') {
      return parent?.path.at(-1) === 'risk-log' ? 'risk-log-entry' : undefined;
    }
    if (arrayKey === 'subjects') {
      return 'subject-uuid' in value
        ? 'subject-reference'
        : 'assessment-subject';
    }
    return ITEMS[arrayKey];
  }
  if (key === 'status') {
    if (parent?.assembly === 'finding-target') return 'objective-status';
    if (parent?.assembly === 'system-component') return 'component-status';
    return undefined;
  }
  return typeof key === 'string' ? OBJECTS[key] : undefined;
}

/** Every object of the document, depth first, each with what it is. */
export function oscalNodes(document: unknown): OscalNode[] {
  const nodes: OscalNode[] = [];
  const visit = (
    value: unknown,
    path: Array<string | number>,
    parent: OscalNode | undefined,
  ) => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, [...path, index], parent));
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    const object = value as JsonObject;
    const node: OscalNode = {
      value: object,
      path,
      assembly: assemblyOf(path.at(-1), path.at(-2), object, parent),
      parent,
    };
    nodes.push(node);
    for (const [key, child] of Object.entries(object)) {
      visit(child, [...path, key], node);
    }
  };
  visit(document, [], undefined);
  return nodes;
}

/** The JSON pointer (RFC 6901) of a path. */
export function jsonPointer(path: ReadonlyArray<string | number>): string {
  if (path.length === 0) return '/';
  return path
    .map(key => `/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`)
    .join('');
}

/** The strings a field holds: itself, or the strings of its array. */
export function stringsAt(
  node: OscalNode,
  field: string,
): Array<{ value: string; path: Array<string | number> }> {
  const held = node.value[field];
  if (typeof held === 'string') {
    return [{ value: held, path: [...node.path, field] }];
  }
  if (!Array.isArray(held)) return [];
  return held.flatMap((item, index) =>
    typeof item === 'string'
      ? [{ value: item, path: [...node.path, field, index] }]
      : [],
  );
}

/** The objects of a field that is an array of objects. */
export function objectsAt(value: JsonObject, field: string): JsonObject[] {
  const held = value[field];
  return Array.isArray(held)
    ? held.filter(
        (item): item is JsonObject =>
          typeof item === 'object' && item !== null && !Array.isArray(item),
      )
    : [];
}
