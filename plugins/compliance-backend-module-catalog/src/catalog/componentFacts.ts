import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';

/**
 * The annotations the catalog checks read; the tier's is the tier model's
 * (`TierIds`).
 */
export const ANNOTATIONS = {
  runbook: 'localplus.io/runbook',
  ownedTables: 'localplus.io/owned-tables',
  dataClassification: 'localplus.io/data-classification',
  erasureProcedure: 'localplus.io/erasure-procedure',
  lawfulBasis: 'localplus.io/lawful-basis',
} as const;

/** The entity fields the collector asks the catalog for, and nothing more. */
export const COMPONENT_FIELDS = [
  'kind',
  'metadata.name',
  'metadata.namespace',
  'metadata.annotations',
  'metadata.tags',
  'metadata.links',
  'spec.type',
  'spec.owner',
  'relations',
];

/** What the checks know about one component, read once per run. */
export interface ComponentFacts {
  /** `component:default/svc-ledger`. */
  ref: string;
  type: string;
  /** `spec.owner` as written, trimmed; undefined when missing or not text. */
  owner?: string;
  /** The owner as a full ref, when `spec.owner` parses as one. */
  ownerRef?: string;
  annotations: Record<string, string>;
  tags: string[];
  links: Array<{ title: string; url: string }>;
  /** Lower-cased target refs of `consumesApi` and `dependsOn` relations. */
  dependencies: string[];
}

const DEPENDENCY_RELATIONS = new Set(['consumesApi', 'dependsOn']);

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== ''
    ? value.trim()
    : undefined;
}

function parseOwner(owner: string, namespace: string): string | undefined {
  try {
    return stringifyEntityRef(
      parseEntityRef(owner, {
        defaultKind: 'group',
        defaultNamespace: namespace,
      }),
    ).toLowerCase();
  } catch {
    return undefined;
  }
}

/**
 * Reads what the checks need from an entity as the catalog returned it,
 * tolerating fields of the wrong type (they count as missing) so that one
 * malformed entity cannot stop the run.
 */
export function componentFacts(entity: Entity): ComponentFacts {
  const namespace = entity.metadata.namespace ?? 'default';
  const spec = (entity.spec ?? {}) as Record<string, unknown>;
  const owner = text(spec.owner);
  const annotations = Object.fromEntries(
    Object.entries(entity.metadata.annotations ?? {}).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    ),
  );
  const tags = (Array.isArray(entity.metadata.tags) ? entity.metadata.tags : [])
    .filter((tag): tag is string => typeof tag === 'string')
    .map(tag => tag.toLowerCase());
  const links = (
    Array.isArray(entity.metadata.links) ? entity.metadata.links : []
  )
    .filter(link => link && typeof link.url === 'string')
    .map(link => ({
      title: typeof link.title === 'string' ? link.title : '',
      url: link.url,
    }));
  const dependencies = (entity.relations ?? [])
    .filter(relation => DEPENDENCY_RELATIONS.has(relation.type))
    .map(relation => relation.targetRef.toLowerCase());
  return {
    ref: stringifyEntityRef(entity),
    type: text(spec.type) ?? '',
    owner,
    ownerRef: owner ? parseOwner(owner, namespace) : undefined,
    annotations,
    tags,
    links,
    dependencies,
  };
}
