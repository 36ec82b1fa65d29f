import type { ClusterReader } from '../client/ClusterReader';
import type { ConfigMapKey } from '../checks/checkParams';
import { asObject } from '../policy/kubernetesObjects';

/** The text under one key of a ConfigMap, or why there is none. */
export async function readConfigMapKey(
  cluster: ClusterReader,
  path: string,
  { namespace, configMap, key }: ConfigMapKey,
): Promise<{ text: string } | { missing: string }> {
  const object = asObject(await cluster.get(path));
  if (!object) {
    return {
      missing: `${cluster.name} has no ConfigMap ${namespace}/${configMap}`,
    };
  }
  const value = asObject(object.data)?.[key];
  if (typeof value !== 'string') {
    return {
      missing: `The ConfigMap ${namespace}/${configMap} of ${cluster.name} has no key ${key}`,
    };
  }
  return { text: value };
}
