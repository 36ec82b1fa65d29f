import { ClusterDataset } from '../dataset/buildDevstackDataset';
import { KubeObject } from '../dataset/kubernetes/objectMeta';
import { renderPodLog } from '../dataset/kubernetes/podLogs';
import { FieldSelector, matchesFieldSelector } from './fieldSelector';
import { KubernetesApiError } from './kubernetesStatus';
import { LabelSelector, matchesLabelSelector } from './labelSelector';
import {
  groupVersionOf,
  ServedResource,
  servedResourceOf,
  SERVED_RESOURCES,
} from './servedResources';

export interface ListQuery {
  namespace?: string;
  labelSelector: LabelSelector;
  fieldSelector: FieldSelector;
  limit?: number;
  continueToken?: string;
}

function encodeContinue(offset: number): string {
  return Buffer.from(JSON.stringify({ offset }), 'utf8').toString('base64url');
}

function decodeContinue(token: string): number {
  try {
    const { offset } = JSON.parse(
      Buffer.from(token, 'base64url').toString('utf8'),
    );
    if (Number.isInteger(offset) && offset >= 0) {
      return offset;
    }
  } catch {
    // Falls through to the error below.
  }
  throw KubernetesApiError.badRequest('invalid continue token');
}

/** The read-only object store of one simulated cluster. */
export class ClusterStore {
  private readonly byResource = new Map<ServedResource, KubeObject[]>();
  private readonly resourceVersion: string;

  constructor(
    private readonly dataset: ClusterDataset,
    private readonly now: Date,
  ) {
    for (const resource of SERVED_RESOURCES) {
      this.byResource.set(resource, []);
    }
    let highest = 0;
    for (const object of dataset.objects) {
      const resource = servedResourceOf(object.apiVersion, object.kind);
      if (!resource) {
        throw new Error(
          `The dataset holds a ${object.apiVersion} ${object.kind}, which no served resource describes`,
        );
      }
      this.byResource.get(resource)!.push(object);
      highest = Math.max(highest, Number(object.metadata.resourceVersion) || 0);
    }
    this.resourceVersion = String(highest + 1);
  }

  get name(): string {
    return this.dataset.name;
  }

  list(resource: ServedResource, query: ListQuery): Record<string, unknown> {
    const matching = this.byResource
      .get(resource)!
      .filter(
        object =>
          (!query.namespace || object.metadata.namespace === query.namespace) &&
          matchesLabelSelector(object.metadata.labels, query.labelSelector) &&
          matchesFieldSelector(object, query.fieldSelector),
      );
    const offset = query.continueToken
      ? decodeContinue(query.continueToken)
      : 0;
    const end = query.limit ? offset + query.limit : matching.length;
    const page = matching.slice(offset, end);
    const items = resource.builtIn
      ? page.map(({ apiVersion: _apiVersion, kind: _kind, ...rest }) => rest)
      : page;
    return {
      kind: `${resource.kind}List`,
      apiVersion: groupVersionOf(resource),
      metadata: {
        resourceVersion: this.resourceVersion,
        ...(end < matching.length && {
          continue: encodeContinue(end),
          remainingItemCount: matching.length - end,
        }),
      },
      items,
    };
  }

  get(
    resource: ServedResource,
    namespace: string | undefined,
    name: string,
  ): KubeObject {
    const found = this.byResource
      .get(resource)!
      .find(
        object =>
          object.metadata.name === name &&
          object.metadata.namespace === namespace,
      );
    if (!found) {
      throw KubernetesApiError.notFound(resource.plural, name, resource.group);
    }
    return found;
  }

  podLog(
    namespace: string,
    name: string,
    container: string | undefined,
    tailLines?: number,
  ): string {
    const pods = SERVED_RESOURCES.find(
      r => r.group === '' && r.plural === 'pods',
    )!;
    const pod = this.get(pods, namespace, name);
    const containers = (pod.spec as { containers: Array<{ name: string }> })
      .containers;
    if (container && !containers.some(c => c.name === container)) {
      throw KubernetesApiError.badRequest(
        `container ${container} is not valid for pod ${name}`,
      );
    }
    return renderPodLog(pod, this.now, tailLines);
  }
}
