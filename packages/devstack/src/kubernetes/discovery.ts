import {
  groupVersionOf,
  ServedResource,
  SERVED_RESOURCES,
} from './servedResources';

/**
 * Discovery documents: enough for clients that look up which groups and
 * resources exist before they call them (kubectl, client libraries).
 */

/** An EKS 1.33 API server. */
export function versionInfo() {
  return {
    major: '1',
    minor: '33',
    gitVersion: 'v1.33.5-eks-3025e55',
    gitCommit: '4bd6b1b3f2e8c4cf6b0d8a3a1a6e5bd2c4f7e9a1',
    gitTreeState: 'clean',
    buildDate: '2025-09-24T18:12:51Z',
    goVersion: 'go1.24.6',
    compiler: 'gc',
    platform: 'linux/amd64',
  };
}

export function coreApiVersions(serverAddress: string) {
  return {
    kind: 'APIVersions',
    versions: ['v1'],
    serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress }],
  };
}

function groupNames(): string[] {
  return [...new Set(SERVED_RESOURCES.map(r => r.group).filter(g => g !== ''))];
}

export function apiGroupList() {
  return {
    kind: 'APIGroupList',
    apiVersion: 'v1',
    groups: groupNames().map(name => {
      const versions = [
        ...new Set(
          SERVED_RESOURCES.filter(r => r.group === name).map(r => r.version),
        ),
      ].map(version => ({ groupVersion: `${name}/${version}`, version }));
      return { name, versions, preferredVersion: versions[0] };
    }),
  };
}

function apiResource(resource: ServedResource) {
  return {
    name: resource.plural,
    singularName: resource.singular,
    namespaced: resource.namespaced,
    kind: resource.kind,
    verbs: ['get', 'list'],
    ...(resource.shortNames && { shortNames: resource.shortNames }),
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
  const listed = resources.map(apiResource);
  if (group === '' && version === 'v1') {
    listed.push({
      name: 'pods/log',
      singularName: '',
      namespaced: true,
      kind: 'Pod',
      verbs: ['get'],
    });
  }
  return {
    kind: 'APIResourceList',
    apiVersion: 'v1',
    groupVersion: groupVersionOf(resources[0]),
    resources: listed,
  };
}
