import { onlyKeys } from '@localplus/plugin-compliance-node';
import { asObject } from '../policy/kubernetesObjects';
import { configMapPath, examinedObject, onCluster } from './examined';
import type { ClusterCheck } from './types';

const NAMESPACE = 'kube-system';
const NAME = 'cilium-config';

export const podEncryptionCheck: ClusterCheck<void> = {
  id: 'pod-encryption',
  title: 'Pod-to-pod traffic is encrypted',
  description: `Cilium's transparent encryption is on: the ConfigMap ${NAMESPACE}/${NAME} has enable-wireguard "true" or enable-ipsec "true". A cluster without that ConfigMap fails.`,
  readParams: params => onlyKeys(params, []),
  async examine(cluster, _params, catalog) {
    const path = configMapPath(NAMESPACE, NAME);
    const configMap = asObject(await cluster.get(path));
    const base = onCluster(
      cluster,
      catalog,
      examinedObject(cluster.name, 'ConfigMap', NAMESPACE, NAME, path),
    );
    if (!configMap) {
      return [
        {
          ...base,
          result: 'fail',
          summary: `${cluster.name} has no ConfigMap ${NAMESPACE}/${NAME}: Cilium's transparent encryption is not configured.`,
        },
      ];
    }
    const data = asObject(configMap.data) ?? {};
    const mode = ['wireguard', 'ipsec'].find(
      m => data[`enable-${m}`] === 'true',
    );
    const details = {
      'enable-wireguard':
        typeof data['enable-wireguard'] === 'string'
          ? data['enable-wireguard']
          : null,
      'enable-ipsec':
        typeof data['enable-ipsec'] === 'string' ? data['enable-ipsec'] : null,
    };
    return mode
      ? [
          {
            ...base,
            result: 'pass',
            summary: `Cilium encrypts pod-to-pod traffic in ${
              cluster.name
            } with ${mode === 'wireguard' ? 'WireGuard' : 'IPsec'}.`,
            details,
          },
        ]
      : [
          {
            ...base,
            result: 'fail',
            summary: `Cilium in ${cluster.name} has neither enable-wireguard nor enable-ipsec set to "true": pod-to-pod traffic is not encrypted.`,
            details,
          },
        ];
  },
};
