import {
  objectsAt,
  stringsAt,
  type OscalAssembly,
  type OscalNode,
  type ReportViolation,
} from './oscalDocumentNodes';
import {
  ASSESSMENT_COMMON,
  ASSESSMENT_RESULTS,
  IMPLEMENTATION_COMMON,
  METADATA,
} from './oscalMetaschemaSources';

/** What the identifiers of a document name, by kind. */
interface Indexes {
  roles: Set<string>;
  parties: Map<string, unknown>;
  locations: Set<string>;
  resources: Set<string>;
  tools: Set<string>;
  platforms: Set<string>;
  components: Set<string>;
  inventoryItems: Set<string>;
  users: Set<string>;
}

function uuidsOf(nodes: OscalNode[], where: (node: OscalNode) => boolean) {
  return new Set(
    nodes
      .filter(where)
      .flatMap(node => stringsAt(node, 'uuid'))
      .map(item => item.value),
  );
}

function indexes(nodes: OscalNode[]): Indexes {
  const is =
    (assembly: OscalAssembly, parent?: OscalAssembly) => (node: OscalNode) =>
      node.assembly === assembly &&
      (!parent || node.parent?.assembly === parent);
  return {
    roles: new Set(
      nodes
        .filter(is('role', 'metadata'))
        .flatMap(node => stringsAt(node, 'id'))
        .map(item => item.value),
    ),
    parties: new Map(
      nodes
        .filter(is('party', 'metadata'))
        .map(node => [String(node.value.uuid), node.value.type]),
    ),
    locations: uuidsOf(nodes, is('location', 'metadata')),
    resources: uuidsOf(nodes, is('resource', 'back-matter')),
    tools: uuidsOf(nodes, is('system-component', 'assessment-assets')),
    platforms: uuidsOf(nodes, is('assessment-platform')),
    components: uuidsOf(
      nodes,
      node =>
        node.assembly === 'system-component' &&
        node.parent?.assembly !== 'assessment-assets',
    ),
    inventoryItems: uuidsOf(nodes, is('inventory-item')),
    users: uuidsOf(nodes, is('system-user')),
  };
}

/** A field that names something the document must define. */
interface Reference {
  assemblies: readonly OscalAssembly[];
  field: string;
  known(index: Indexes, node: OscalNode): { has(key: string): boolean };
  what: string;
  constraint: string;
}

const ROLE = 'role of metadata.roles';
const PARTY = 'party of metadata.parties';

const REFERENCES: readonly Reference[] = [
  {
    assemblies: ['responsible-party', 'responsible-role'],
    field: 'role-id',
    known: index => index.roles,
    what: ROLE,
    constraint: `index-has-key index-metadata-role-id, ${METADATA} responsible-party`,
  },
  {
    assemblies: ['responsible-party', 'responsible-role'],
    field: 'party-uuids',
    known: index => index.parties,
    what: PARTY,
    constraint: `index-has-key index-metadata-party-uuid, ${METADATA} party-uuid`,
  },
  {
    assemblies: ['system-user'],
    field: 'role-ids',
    known: index => index.roles,
    what: ROLE,
    constraint: `index-has-key index-metadata-role-id, ${METADATA} role-id`,
  },
  {
    assemblies: ['party'],
    field: 'location-uuids',
    known: index => index.locations,
    what: 'location of metadata.locations',
    constraint: `index-has-key index-metadata-location-uuid, ${METADATA} location-uuid`,
  },
  {
    assemblies: ['logged-by'],
    field: 'party-uuid',
    known: index => index.parties,
    what: PARTY,
    constraint: `identifier reference, ${ASSESSMENT_COMMON} logged-by/@party-uuid`,
  },
  {
    assemblies: ['logged-by', 'origin-actor'],
    field: 'role-id',
    known: index => index.roles,
    what: ROLE,
    constraint: `identifier reference, ${ASSESSMENT_COMMON} logged-by and origin-actor/@role-id`,
  },
  {
    assemblies: ['related-observation'],
    field: 'observation-uuid',
    known: (_index, node) => resultItems(node, 'observations'),
    what: 'observation of its result',
    constraint: `identifier reference, ${ASSESSMENT_RESULTS} related-observation/@observation-uuid`,
  },
  {
    assemblies: ['associated-risk'],
    field: 'risk-uuid',
    known: (_index, node) => resultItems(node, 'risks'),
    what: 'risk of its result',
    constraint: `identifier reference, ${ASSESSMENT_RESULTS} associated-risk/@risk-uuid`,
  },
  {
    assemblies: ['uses-component'],
    field: 'component-uuid',
    known: index => index.tools,
    what: 'component of the assessment assets',
    constraint: `identifier reference, ${ASSESSMENT_COMMON} assessment-platform/uses-component`,
  },
  {
    assemblies: ['implemented-component'],
    field: 'component-uuid',
    known: index => index.components,
    what: 'component of the local definitions',
    constraint: `identifier reference, ${IMPLEMENTATION_COMMON} implemented-component`,
  },
];

/**
 * The index and index-has-key constraints of the 1.0.6 metaschema, and the
 * identifier references it declares in prose ("a machine-oriented
 * identifier reference to ..."), which OSCAL tools resolve: every role id,
 * party, location, back-matter resource, actor, subject, observation, risk
 * and component a document points at must be defined in it. An export is
 * self-contained (its `import-ap` is not an OSCAL plan, so nothing can be
 * imported from one): everything must resolve inside the document.
 */
export function checkOscalReferences(
  nodes: OscalNode[],
  report: ReportViolation,
) {
  const index = indexes(nodes);
  for (const node of nodes) {
    for (const reference of REFERENCES) {
      if (!node.assembly || !reference.assemblies.includes(node.assembly)) {
        continue;
      }
      const known = reference.known(index, node);
      for (const { value, path } of stringsAt(node, reference.field)) {
        if (known.has(value)) continue;
        report(
          path,
          `${reference.field} ${JSON.stringify(value)} names no ${
            reference.what
          }`,
          reference.constraint,
        );
      }
    }
    switch (node.assembly) {
      case 'origin-actor':
        checkActor(node, index, report);
        break;
      case 'party':
        checkOrganizations(node, index, report);
        break;
      case 'subject-reference':
      case 'select-subject-by-id':
        checkSubject(node, index, report);
        break;
      case 'finding-target':
        checkTarget(node, report);
        break;
      case 'link':
        if (node.value.rel === 'reference') {
          checkFragment(
            node,
            index,
            report,
            `index-has-key index-back-matter-resource, ${METADATA} link`,
          );
        }
        break;
      default:
        if (node.path.length === 2 && node.path[1] === 'import-ap') {
          checkFragment(
            node,
            index,
            report,
            `identifier reference, ${ASSESSMENT_RESULTS} import-ap/@href`,
          );
        }
    }
  }
}

const ACTOR_KINDS: Record<string, { index: keyof Indexes; what: string }> = {
  tool: { index: 'tools', what: 'tool (component of the assessment assets)' },
  'assessment-platform': {
    index: 'platforms',
    what: 'assessment platform of the assessment assets',
  },
  party: { index: 'parties', what: 'party of metadata.parties' },
};

function checkActor(node: OscalNode, index: Indexes, report: ReportViolation) {
  const kind = ACTOR_KINDS[String(node.value.type)];
  const uuid = node.value['actor-uuid'];
  if (!kind || typeof uuid !== 'string' || index[kind.index].has(uuid)) return;
  report(
    [...node.path, 'actor-uuid'],
    `actor-uuid ${JSON.stringify(uuid)} of type ${String(
      node.value.type,
    )} names no ${kind.what}`,
    `identifier reference, ${ASSESSMENT_COMMON} origin-actor/@actor-uuid`,
  );
}

const SUBJECT_KINDS: Record<string, { index: keyof Indexes; what: string }> = {
  component: {
    index: 'components',
    what: 'component of the local definitions',
  },
  'inventory-item': { index: 'inventoryItems', what: 'inventory item' },
  location: { index: 'locations', what: 'location of metadata.locations' },
  party: { index: 'parties', what: 'party of metadata.parties' },
  user: { index: 'users', what: 'user of the local definitions' },
  resource: { index: 'resources', what: 'back-matter resource' },
};

function checkSubject(
  node: OscalNode,
  index: Indexes,
  report: ReportViolation,
) {
  const kind = SUBJECT_KINDS[String(node.value.type)];
  const uuid = node.value['subject-uuid'];
  if (!kind || typeof uuid !== 'string' || index[kind.index].has(uuid)) return;
  report(
    [...node.path, 'subject-uuid'],
    `subject-uuid ${JSON.stringify(uuid)} of type ${String(
      node.value.type,
    )} names no ${kind.what}`,
    `identifier reference, ${ASSESSMENT_COMMON} subject-uuid`,
  );
}

function checkOrganizations(
  node: OscalNode,
  index: Indexes,
  report: ReportViolation,
) {
  for (const { value, path } of stringsAt(node, 'member-of-organizations')) {
    if (index.parties.get(value) !== 'organization') {
      report(
        path,
        `member-of-organizations ${JSON.stringify(
          value,
        )} names no party of type organization`,
        `index-has-key index-metadata-party-organizations-uuid, ${METADATA} party`,
      );
    }
  }
}

/** A `#uuid` href must name a back-matter resource. */
function checkFragment(
  node: OscalNode,
  index: Indexes,
  report: ReportViolation,
  constraint: string,
) {
  const href = node.value.href;
  if (typeof href !== 'string' || !href.startsWith('#')) return;
  if (!index.resources.has(href.slice(1))) {
    report(
      [...node.path, 'href'],
      `${JSON.stringify(href)} names no back-matter resource`,
      constraint,
    );
  }
}

/** The result a node belongs to (observations and risks are known within it). */
function resultOf(node: OscalNode): OscalNode | undefined {
  let current: OscalNode | undefined = node;
  while (current && current.assembly !== 'result') current = current.parent;
  return current;
}

function resultItems(node: OscalNode, list: string): Set<string> {
  const result = resultOf(node);
  return new Set(
    result
      ? objectsAt(result.value, list).flatMap(item =>
          typeof item.uuid === 'string' ? [item.uuid] : [],
        )
      : [],
  );
}

/**
 * A finding's objective must be one its result reviewed, when the result
 * lists them (`include-objectives` without `include-all`).
 */
function checkTarget(node: OscalNode, report: ReportViolation) {
  const target = node.value['target-id'];
  const result = resultOf(node);
  const reviewed = result?.value['reviewed-controls'];
  if (
    node.value.type !== 'objective-id' ||
    typeof target !== 'string' ||
    typeof reviewed !== 'object' ||
    reviewed === null
  ) {
    return;
  }
  const selections = objectsAt(
    reviewed as { [key: string]: unknown },
    'control-objective-selections',
  );
  if (selections.length === 0 || selections.some(item => item['include-all'])) {
    return;
  }
  const objectives = new Set(
    selections.flatMap(item =>
      objectsAt(item, 'include-objectives').map(selected =>
        String(selected['objective-id']),
      ),
    ),
  );
  if (!objectives.has(target)) {
    report(
      [...node.path, 'target-id'],
      `target-id ${JSON.stringify(
        target,
      )} is no objective of the result's reviewed-controls`,
      `identifier reference, ${ASSESSMENT_COMMON} finding-target/@target-id and reviewed-controls/control-objective-selection`,
    );
  }
}
