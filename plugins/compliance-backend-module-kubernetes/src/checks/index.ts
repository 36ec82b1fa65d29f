import { clusterRegionCheck } from './clusterRegionCheck';
import { logRetentionCheck } from './logRetentionCheck';
import { logScrubbingCheck } from './logScrubbingCheck';
import { podEncryptionCheck } from './podEncryptionCheck';
import { storageEncryptionCheck } from './storageEncryptionCheck';
import type { ClusterCheck } from './types';
import { workloadPolicyCheck } from './workloadPolicyCheck';

/** The checks made on every configured cluster, in the order the auditor reads them. */
export const CLUSTER_CHECKS: ClusterCheck<any>[] = [
  workloadPolicyCheck,
  clusterRegionCheck,
  storageEncryptionCheck,
  podEncryptionCheck,
  logRetentionCheck,
  logScrubbingCheck,
];
