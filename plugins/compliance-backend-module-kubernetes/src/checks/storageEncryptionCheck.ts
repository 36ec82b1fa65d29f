import { onlyKeys } from '@localplus/plugin-compliance-node';
import { asObject } from '../policy/kubernetesObjects';
import { examinedList, onCluster } from './examined';
import type { ClusterCheck } from './types';

const STORAGE_CLASSES = '/apis/storage.k8s.io/v1/storageclasses';

export const storageEncryptionCheck: ClusterCheck<void> = {
  id: 'storage-encryption',
  title: 'Volumes are encrypted at rest',
  description:
    'Every StorageClass of the cluster has parameters.encrypted "true", so every volume provisioned from it is encrypted. A cluster without StorageClasses is not applicable.',
  readParams: params => onlyKeys(params, []),
  async examine(cluster, _params, catalog) {
    const classes = (await cluster.list(STORAGE_CLASSES)).map(item => {
      const object = asObject(item);
      const name = asObject(object?.metadata)?.name;
      return {
        name: typeof name === 'string' ? name : '(unnamed)',
        encrypted: asObject(object?.parameters)?.encrypted === 'true',
      };
    });
    const base = onCluster(
      cluster,
      catalog,
      examinedList(cluster.name, 'StorageClass', STORAGE_CLASSES),
    );
    const plain = classes.filter(c => !c.encrypted).map(c => c.name);
    const names = classes.map(c => c.name);
    if (classes.length === 0) {
      return [
        {
          ...base,
          result: 'not-applicable',
          summary: `${cluster.name} has no StorageClass.`,
        },
      ];
    }
    return plain.length > 0
      ? [
          {
            ...base,
            result: 'fail',
            summary: `${plain.length} of ${classes.length} StorageClasses of ${
              cluster.name
            } do not set encrypted "true": ${plain.slice(0, 10).join(', ')}.`,
            details: {
              storageClasses: names.slice(0, 100),
              unencrypted: plain.slice(0, 100),
            },
          },
        ]
      : [
          {
            ...base,
            result: 'pass',
            summary: `Every StorageClass of ${
              cluster.name
            } encrypts its volumes (${names.slice(0, 10).join(', ')}).`,
            details: { storageClasses: names.slice(0, 100) },
          },
        ];
  },
};
