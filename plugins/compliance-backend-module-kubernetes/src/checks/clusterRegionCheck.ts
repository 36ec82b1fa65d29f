import {
  CheckParamsError,
  onlyKeys,
  optionalTextList,
} from '@localplus/plugin-compliance-node';
import { asObject, stringMap } from '../policy/kubernetesObjects';
import { examinedList, onCluster } from './examined';
import type { ClusterCheck } from './types';

const REGION_LABEL = 'topology.kubernetes.io/region';
const NODES = '/api/v1/nodes';

export const clusterRegionCheck: ClusterCheck<{ regions: string[] }> = {
  id: 'cluster-region',
  title: 'Clusters run only in the allowed regions',
  description: `Every Node of the cluster carries the label ${REGION_LABEL} with one of the regions of parameter regions (required, e.g. ['eu-west-1']). A node without the label fails; a cluster without nodes is not applicable.`,
  readParams(params) {
    onlyKeys(params, ['regions']);
    const regions = optionalTextList(
      params,
      'regions',
      /^[a-z0-9-]{1,40}$/,
      'region names',
    );
    if (!regions) {
      throw new CheckParamsError("regions is required, e.g. ['eu-west-1']");
    }
    return { regions };
  },
  async examine(cluster, { regions }, catalog) {
    const nodes = await cluster.list(NODES);
    const byRegion = new Map<string, string[]>();
    for (const node of nodes) {
      const metadata = asObject(asObject(node)?.metadata);
      const region =
        stringMap(metadata?.labels)[REGION_LABEL] ?? '(no region label)';
      const name =
        typeof metadata?.name === 'string' ? metadata.name : '(unnamed)';
      byRegion.set(region, [...(byRegion.get(region) ?? []), name]);
    }
    const outside = [...byRegion].filter(
      ([region]) => !regions.includes(region),
    );
    const base = onCluster(
      cluster,
      catalog,
      examinedList(cluster.name, 'Node', NODES),
    );
    const counts = Object.fromEntries(
      [...byRegion].map(([r, names]) => [r, names.length]),
    );
    if (nodes.length === 0) {
      return [
        {
          ...base,
          result: 'not-applicable',
          summary: `${cluster.name} has no nodes.`,
          details: { regions },
        },
      ];
    }
    if (outside.length > 0) {
      const listed = outside
        .map(
          ([region, names]) =>
            `${names.length} in ${region} (${names.slice(0, 3).join(', ')}${
              names.length > 3 ? ', ...' : ''
            })`,
        )
        .join('; ');
      return [
        {
          ...base,
          result: 'fail',
          summary: `${cluster.name} has nodes outside ${regions.join(
            ', ',
          )}: ${listed}.`,
          details: {
            regions,
            nodesByRegion: counts,
            nodesOutside: outside.flatMap(([, n]) => n).slice(0, 50),
          },
        },
      ];
    }
    return [
      {
        ...base,
        result: 'pass',
        summary: `All ${nodes.length} nodes of ${cluster.name} run in ${[
          ...byRegion.keys(),
        ].join(', ')}.`,
        details: { regions, nodesByRegion: counts },
      },
    ];
  },
};
