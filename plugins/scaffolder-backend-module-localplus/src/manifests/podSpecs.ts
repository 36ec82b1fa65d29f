/** A Kubernetes object as rendered by kustomize: only the fields policies read are typed. */
export interface KubernetesObject {
  apiVersion?: string;
  kind?: string;
  metadata?: { name?: string; labels?: Record<string, string> };
  spec?: any;
}

export interface PodTemplate {
  labels: Record<string, string>;
  spec: any;
}

/** Where each workload kind keeps its pod template. */
export function podTemplateOf(
  object: KubernetesObject,
): PodTemplate | undefined {
  const spec = object.spec ?? {};
  switch (object.kind) {
    case 'Pod':
      return { labels: object.metadata?.labels ?? {}, spec };
    case 'Deployment':
    case 'StatefulSet':
    case 'DaemonSet':
    case 'ReplicaSet':
    case 'Job':
      return spec.template
        ? {
            labels: spec.template.metadata?.labels ?? {},
            spec: spec.template.spec ?? {},
          }
        : undefined;
    case 'CronJob': {
      const template = spec.jobTemplate?.spec?.template;
      return template
        ? { labels: template.metadata?.labels ?? {}, spec: template.spec ?? {} }
        : undefined;
    }
    default:
      return undefined;
  }
}

export function describeObject(object: KubernetesObject): string {
  return `${object.kind ?? 'Unknown'}/${object.metadata?.name ?? '(unnamed)'}`;
}
