import { ALLOWED_VALUES } from './oscalAllowedValues';
import {
  jsonPointer,
  objectsAt,
  oscalNodes,
  stringsAt,
  type JsonObject,
  type OscalNode,
  type ReportViolation,
} from './oscalDocumentNodes';
import {
  ASSESSMENT_COMMON,
  IMPLEMENTATION_COMMON,
  METADATA,
} from './oscalMetaschemaSources';
import {
  LINK_RELS,
  LINK_SOURCE,
  PROP_NAMES,
  PROP_VALUES,
  UNIVERSAL_PROP_NAMES,
  type PropValues,
} from './oscalPropertyConstraints';
import { checkOscalReferences } from './oscalReferences';
import { isAbsoluteUri, NIST_OSCAL_NAMESPACE } from './oscalValues';

/**
 * Checks an OSCAL 1.0.6 assessment-results document against the
 * constraints of NIST's metaschema that its JSON Schema cannot express and
 * that NIST's oscal-cli and other OSCAL tools enforce: allowed values (of
 * fields, property names and values, link relations), references that must
 * resolve (roles, parties, back-matter resources, observations, risks,
 * subjects, actors, components), uniqueness, cardinality and expectations.
 *
 * The document is read loosely and never trusted: any JSON can be given.
 * Where NIST's list of values is open (`allow-other="yes"`), a value
 * outside it is reported too: OSCAL tolerates it, no tool knows what it
 * means, and an export never writes one.
 *
 * @returns one line per violation: the JSON pointer of the value at fault,
 *   what is wrong, and in brackets the constraint and where NIST declares it.
 */
export function checkOscalConstraints(document: unknown): string[] {
  const violations: string[] = [];
  const report: ReportViolation = (path, message, constraint) => {
    violations.push(`${jsonPointer(path)}: ${message} [${constraint}]`);
  };
  const nodes = oscalNodes(document);
  for (const node of nodes) {
    checkAllowedValues(node, report);
    if (node.assembly === 'property') checkProperty(node, report);
    if (node.assembly === 'link') checkLink(node, report);
  }
  checkUniqueness(nodes, report);
  checkCardinality(nodes, report);
  checkOscalReferences(nodes, report);
  return violations;
}

function checkAllowedValues(node: OscalNode, report: ReportViolation) {
  for (const rule of ALLOWED_VALUES) {
    if (rule.assembly !== node.assembly) continue;
    for (const { value, path } of stringsAt(node, rule.field)) {
      if (rule.values.includes(value)) continue;
      report(
        path,
        `${quote(value)} is not one of NIST's values for ${rule.assembly} ${
          rule.field
        }: ${rule.values.join(', ')}`,
        `allowed-values, ${rule.source}${openNote(rule.nistAllowsOther)}`,
      );
    }
  }
}

function openNote(nistAllowsOther: boolean): string {
  return nistAllowsOther ? '; open in OSCAL, closed in an export' : '';
}

/** A property without `ns`, or with NIST's, is NIST's: its name must be one NIST defines. */
function isNistProp(prop: JsonObject): boolean {
  return prop.ns === undefined || prop.ns === NIST_OSCAL_NAMESPACE;
}

function checkProperty(node: OscalNode, report: ReportViolation) {
  const prop = node.value;
  const owner = node.parent?.assembly;
  const name = prop.name;
  if (typeof name !== 'string' || !node.parent) return;
  const namePath = [...node.path, 'name'];
  const nameRules = PROP_NAMES.filter(rule => rule.assembly === owner);
  for (const rule of nameRules) {
    if (!rule.anyNamespace && !isNistProp(prop)) continue;
    if (rule.nistAllowsOther || rule.names.includes(name)) continue;
    report(
      namePath,
      `${quote(name)} is not a property name NIST allows on ${onA(owner)}` +
        `${rule.anyNamespace ? ' in any namespace' : ''}: ${rule.names.join(
          ', ',
        )}`,
      `allowed-values, ${rule.source}`,
    );
  }
  if (isNistProp(prop)) {
    const defined = [
      ...UNIVERSAL_PROP_NAMES,
      ...nameRules.flatMap(rule => rule.names),
    ];
    if (!defined.includes(name)) {
      report(
        namePath,
        `${quote(name)} is in NIST's namespace (no ns) but NIST defines ` +
          `no such property on ${onA(owner)}; ` +
          'give it the namespace of whoever defines it',
        `${METADATA} property/@ns: without ns, a name of the OSCAL model`,
      );
    }
  }
  const value = prop.value;
  if (typeof value !== 'string') return;
  for (const rule of PROP_VALUES) {
    if (rule.assembly !== owner || rule.name !== name) continue;
    if (!rule.anyNamespace && !isNistProp(prop)) continue;
    const problem = valueProblem(value, rule);
    if (problem) {
      report(
        [...node.path, 'value'],
        `${quote(value)} ${problem} for property ${name} of ${onA(owner)}`,
        `${rule.values ? 'allowed-values' : 'matches'}, ${
          rule.source
        }${openNote(rule.nistAllowsOther)}`,
      );
    }
  }
}

const DATATYPES: Record<NonNullable<PropValues['datatype']>, RegExp> = {
  integer: /^[+-]?\d+$/,
  date: /^\d{4}-\d{2}-\d{2}(Z|[+-]\d{2}:\d{2})?$/,
  dateTime: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/,
  uuid: /^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[45][0-9A-Fa-f]{3}-[89ABab][0-9A-Fa-f]{3}-[0-9A-Fa-f]{12}$/,
};

function valueProblem(value: string, rule: PropValues): string | undefined {
  if (rule.values && !rule.values.includes(value)) {
    return `is not one of NIST's values (${rule.values.join(', ')})`;
  }
  if (rule.datatype && !DATATYPES[rule.datatype].test(value)) {
    return `is not of type ${rule.datatype}`;
  }
  return undefined;
}

function checkLink(node: OscalNode, report: ReportViolation) {
  const rel = node.value.rel;
  if (typeof rel !== 'string') return;
  const owner = node.parent?.assembly;
  const rels = ['reference', ...((owner && LINK_RELS[owner]) ?? [])];
  if (!rels.includes(rel)) {
    report(
      [...node.path, 'rel'],
      `${quote(rel)} is not a link relation NIST defines on ${onA(
        owner,
      )}: ${rels.join(', ')}`,
      `allowed-values, ${LINK_SOURCE}${openNote(true)}`,
    );
  }
  const href = node.value.href;
  if (
    rel === 'reference' &&
    typeof href === 'string' &&
    !href.startsWith('#')
  ) {
    if (!isAbsoluteUri(href)) {
      report(
        [...node.path, 'href'],
        `${quote(
          href,
        )} is neither a back-matter resource (#uuid) nor an absolute URI, as a link with rel reference must be`,
        `matches datatype uri, ${METADATA} link`,
      );
    }
  }
}

function checkUniqueness(nodes: OscalNode[], report: ReportViolation) {
  // Identifier declarations: a uuid names one object of the document.
  const uuids = new Map<string, ReadonlyArray<string | number>>();
  for (const node of nodes) {
    const uuid = node.value.uuid;
    if (typeof uuid !== 'string') continue;
    const first = uuids.get(uuid);
    if (first) {
      report(
        [...node.path, 'uuid'],
        `uuid ${uuid} is already the uuid of ${jsonPointer(first)}`,
        'is-unique: a uuid identifies one object (OSCAL identifier declarations; unique-ar-local-definitions-component, index-metadata-party-uuid, index-back-matter-resource)',
      );
    } else {
      uuids.set(uuid, node.path);
    }
  }
  for (const node of nodes) {
    for (const list of ['responsible-parties', 'responsible-roles']) {
      unique(
        node,
        list,
        item => [item['role-id']],
        'role-id',
        report,
        `is-unique, ${METADATA} and others: each role listed once in ${list} (unique-metadata-responsible-party)`,
      );
    }
    if (node.assembly === 'metadata') {
      unique(
        node,
        'roles',
        item => [item.id],
        'role id',
        report,
        `index, ${METADATA} metadata (index-metadata-role-id)`,
      );
      unique(
        node,
        'props',
        item => [item.name, item.ns, item.class, item.value],
        'property',
        report,
        `is-unique, ${METADATA} metadata (unique-metadata-property)`,
      );
      unique(
        node,
        'links',
        item => [item.href, item.rel, item['media-type']],
        'link',
        report,
        `is-unique, ${METADATA} metadata (unique-metadata-link)`,
      );
      unique(
        node,
        'document-ids',
        item => [item.scheme, item.identifier],
        'document id',
        report,
        `is-unique, ${METADATA} metadata (unique-metadata-doc-id)`,
      );
    }
    if (node.assembly === 'resource') {
      unique(
        node,
        'rlinks',
        item => [item.href],
        'rlink href',
        report,
        `is-unique, ${METADATA} back-matter/resource (unique-resource-rlink-href)`,
      );
    }
  }
}

function unique(
  node: OscalNode,
  list: string,
  key: (item: JsonObject) => unknown[],
  what: string,
  report: ReportViolation,
  constraint: string,
) {
  const seen = new Set<string>();
  objectsAt(node.value, list).forEach((item, index) => {
    const text = JSON.stringify(key(item));
    if (seen.has(text)) {
      report(
        [...node.path, list, index],
        `the same ${what} is listed twice: ${text}`,
        constraint,
      );
    }
    seen.add(text);
  });
}

function checkCardinality(nodes: OscalNode[], report: ReportViolation) {
  for (const node of nodes) {
    const value = node.value;
    if (node.assembly === 'resource') {
      if (objectsAt(value, 'rlinks').length === 0 && !value.base64) {
        report(
          node.path,
          'a back-matter resource holds neither an rlink nor base64 content',
          `has-cardinality rlink|base64 min 1 (level WARNING), ${METADATA} back-matter/resource`,
        );
      }
      if (value.citation && value.title === undefined) {
        report(
          node.path,
          'a back-matter resource with a citation has no title',
          `expect .[citation] title, ${METADATA} back-matter/resource`,
        );
      }
    }
    if (
      node.assembly === 'activity' &&
      !objectsAt(value, 'props').some(prop => prop.name === 'method')
    ) {
      report(
        node.path,
        'an activity has no method property',
        `has-cardinality prop[@name=method] min 1, ${ASSESSMENT_COMMON} activity`,
      );
    }
    if (
      node.assembly === 'revision' &&
      value.published === undefined &&
      value['last-modified'] === undefined &&
      !objectsAt(value, 'links').some(link => link.rel === 'canonical')
    ) {
      report(
        node.path,
        'a revision has neither published, last-modified nor a canonical link',
        `has-cardinality published|last-modified|link[@rel=canonical] min 1, ${METADATA} revision`,
      );
    }
    if (
      node.assembly === 'system-component' &&
      value.type !== 'service' &&
      objectsAt(value, 'protocols').length > 0
    ) {
      report(
        [...node.path, 'protocols'],
        'only a component of type service has protocols',
        `expect not(exists((.)[not(@type='service')]/protocol)), ${IMPLEMENTATION_COMMON} system-component`,
      );
    }
  }
}

/** `a risk`, `an observation`, or `this object` when the checks do not know what it is. */
function onA(assembly: string | undefined): string {
  if (!assembly) return 'this object';
  return `${/^[aeiou]/.test(assembly) ? 'an' : 'a'} ${assembly}`;
}

/** A value as it appears in a message, cut short. */
export function quote(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
