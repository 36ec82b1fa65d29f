/**
 * The resource types the simulated API servers know and their discovery
 * documents, from data/resources.yaml (checked at load).
 */
import { z } from 'zod';
import { loadDataFile } from '../dataFiles';

const text = z.string().min(1);
const resourcesSchema = z.object({
  resources: z.array(
    z.tuple([
      z.string().regex(/^([a-z0-9.-]+\/)?v\d\w*$/, 'must be a group version'),
      text,
      text,
      text.nullable().optional(),
      z.enum(['cluster', 'custom']).optional(),
    ]),
  ),
  selectableFields: z.record(text, z.array(text)),
  versionInfo: z.record(text, z.string()),
  rootPaths: z.array(z.string().startsWith('/')),
  statusReasons: z.record(z.string().regex(/^\d{3}$/), text),
});

export const RESOURCE_DATA = loadDataFile('resources.yaml', resourcesSchema);

/**
 * `groupVersion` is the `apiVersion` of the objects; lists of built-in types
 * omit `apiVersion` and `kind` on each item, lists of custom resources keep them.
 */
export const SERVED_RESOURCES = RESOURCE_DATA.resources.map(
  ([groupVersion, plural, kind, shortName, scope]) => {
    const [group, version] = groupVersion.includes('/')
      ? groupVersion.split('/')
      : ['', groupVersion];
    const namespaced = scope !== 'cluster';
    const builtIn = scope !== 'custom';
    return {
      group,
      version,
      groupVersion,
      plural,
      kind,
      namespaced,
      shortName: shortName ?? undefined,
      builtIn,
    };
  },
);

export type ServedResource = (typeof SERVED_RESOURCES)[number];

/** The `apiVersion` of a kind the simulator serves. */
export function apiVersionOf(kind: string): string {
  const resource = SERVED_RESOURCES.find(r => r.kind === kind);
  if (!resource) {
    throw new Error(`No served resource describes the kind ${kind}`);
  }
  return resource.groupVersion;
}

export function apiVersions(serverAddress: string) {
  const cidrs = [{ clientCIDR: '0.0.0.0/0', serverAddress }];
  return {
    kind: 'APIVersions',
    versions: ['v1'],
    serverAddressByClientCIDRs: cidrs,
  };
}

export function apiGroupList() {
  const groups = [...new Set(SERVED_RESOURCES.map(r => r.group))].filter(
    Boolean,
  );
  return {
    kind: 'APIGroupList',
    apiVersion: 'v1',
    groups: groups.map(name => {
      const versions = [
        ...new Set(
          SERVED_RESOURCES.filter(r => r.group === name).map(r => r.version),
        ),
      ].map(version => ({ groupVersion: `${name}/${version}`, version }));
      return { name, versions, preferredVersion: versions[0] };
    }),
  };
}

/** The resources of one group version, or undefined when none is served. */
export function apiResourceList(group: string, version: string) {
  const resources = SERVED_RESOURCES.filter(
    r => r.group === group && r.version === version,
  );
  if (resources.length === 0) {
    return undefined;
  }
  const listed = resources.map(r => ({
    name: r.plural,
    singularName: r.kind.toLowerCase(),
    namespaced: r.namespaced,
    kind: r.kind,
    verbs: ['get', 'list'],
    ...(r.shortName && { shortNames: [r.shortName] }),
  }));
  if (group === '') {
    const log = { name: 'pods/log', singularName: '', namespaced: true };
    listed.push({ ...log, kind: 'Pod', verbs: ['get'] });
  }
  return {
    kind: 'APIResourceList',
    apiVersion: 'v1',
    groupVersion: resources[0].groupVersion,
    resources: listed,
  };
}
