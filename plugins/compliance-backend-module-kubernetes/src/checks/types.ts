import type { JsonValue } from '@localplus/plugin-compliance-common';
import type {
  CheckParams,
  CollectedObservation,
} from '@localplus/plugin-compliance-node';
import type { ClusterReader } from '../client/ClusterReader';

/** Catalog facts the cluster checks attach to their subjects. */
export interface CatalogIndex {
  /** `backstage.io/kubernetes-id` -> the component's ref. */
  componentsByKubernetesId: Map<string, string>;
  /** Cluster name -> the ref of the Resource entity of that name, when the catalog has one. */
  clusterEntities: Map<string, string>;
}

/** A check made on each configured cluster: `kubernetes.<id>`. */
export interface ClusterCheck<P = unknown> {
  id: string;
  title: string;
  description: string;
  /** Reads the control's `params`; throws a `CheckParamsError` naming the key at fault. */
  readParams(params: CheckParams): P;
  /**
   * Observes one cluster. A `KubernetesRequestError` thrown here becomes one
   * `error` observation on `cluster:<name>`.
   */
  examine(
    cluster: ClusterReader,
    params: P,
    catalog: CatalogIndex,
  ): Promise<ClusterObservation[]>;
}

/** An observation without the fields the collector fills in (check id). */
export type ClusterObservation = Omit<CollectedObservation, 'check'>;

export type Details = { [key: string]: JsonValue };
