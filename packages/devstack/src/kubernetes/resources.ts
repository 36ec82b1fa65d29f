/** The resource types of data/resources.yaml and their discovery documents. */
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

export const SERVED_RESOURCES = RESOURCE_DATA.resources.map(
  ([groupVersion, plural, kind, shortName, scope]) => {
    const [version, group = ''] = groupVersion.split('/').reverse();
    const namespaced = scope !== 'cluster';
    const builtIn = scope !== 'custom';
    return {
      group,
      version,
      groupVersion,
      plural,
      kind,
      namespaced,
      builtIn,
      shortName: shortName ?? undefined,
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
  const grouped = SERVED_RESOURCES.filter(r => r.group !== '');
  const groups = [...new Set(grouped.map(r => r.group))].map(name => {
    const versions = [
      ...new Set(
        grouped.filter(r => r.group === name).map(r => r.groupVersion),
      ),
    ].map(groupVersion => ({
      groupVersion,
      version: groupVersion.split('/')[1],
    }));
    return { name, versions, preferredVersion: versions[0] };
  });
  return { kind: 'APIGroupList', apiVersion: 'v1', groups };
}

/** The resources of one group version, or undefined when none is served. */
export function apiResourceList(group: string, version: string) {
  const resources = SERVED_RESOURCES.filter(
    r => r.group === group && r.version === version,
  );
  if (resources.length === 0) return undefined;
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
