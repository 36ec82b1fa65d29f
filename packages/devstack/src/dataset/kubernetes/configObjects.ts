import { PLATFORM_NAMESPACE, SERVICE_TEMPLATE } from '../seedFacts';
import { WorkloadPlan } from '../workloadPlan';
import { iso, KubeObject, objectMeta, workloadLabels } from './objectMeta';

/** Non-secret settings only: secrets come from Vault through External Secrets (002). */
export function buildConfigMap(plan: WorkloadPlan): KubeObject {
  const id = plan.component.kubernetesId;
  return {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: objectMeta('ConfigMap', {
      name: `${id}-config`,
      namespace: plan.namespace,
      cluster: plan.env.cluster,
      createdAt: plan.history[0].deployStartedAt,
      labels: workloadLabels(plan),
    }),
    data: {
      SERVICE_NAME: id,
      ENVIRONMENT: plan.env.environment,
      PORT: String(SERVICE_TEMPLATE.port.containerPort),
      LOG_FORMAT: 'json',
      LOG_LEVEL: plan.env.environment === 'dev' ? 'DEBUG' : 'INFO',
      OTEL_SERVICE_NAME: id,
      OTEL_EXPORTER_OTLP_ENDPOINT: `http://otel-collector.${PLATFORM_NAMESPACE}.svc.cluster.local:4317`,
      OTEL_TRACES_SAMPLER: 'parentbased_traceidratio',
      OTEL_TRACES_SAMPLER_ARG: String(plan.env.traceSampleRatio),
      OTEL_RESOURCE_ATTRIBUTES: `deployment.environment=${plan.env.environment}`,
    },
  };
}

/** 002 "Horizontal Pod Autoscaler": CPU 70 %, memory 80 %, 2 to 10 replicas. */
export function buildHorizontalPodAutoscaler(plan: WorkloadPlan): KubeObject {
  const id = plan.component.kubernetesId;
  const hpa = plan.autoscaler;
  const since = iso(hpa.lastScaleTime);
  const averageCpu = Math.round(
    (SERVICE_TEMPLATE.requestMillicores * hpa.cpuUtilization) / 100,
  );
  const averageMemoryBytes = Math.round(
    (SERVICE_TEMPLATE.requestMebibytes * 1024 * 1024 * hpa.memoryUtilization) /
      100,
  );
  const limited = hpa.atMaximum
    ? {
        status: 'True',
        reason: 'TooManyReplicas',
        message:
          'the desired replica count is more than the maximum replica count',
      }
    : {
        status: 'False',
        reason: 'DesiredWithinRange',
        message: 'the desired count is within the acceptable range',
      };
  return {
    apiVersion: 'autoscaling/v2',
    kind: 'HorizontalPodAutoscaler',
    metadata: objectMeta('HorizontalPodAutoscaler', {
      name: id,
      namespace: plan.namespace,
      cluster: plan.env.cluster,
      createdAt: plan.history[0].deployStartedAt,
      labels: workloadLabels(plan),
    }),
    spec: {
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: id },
      minReplicas: SERVICE_TEMPLATE.minReplicas,
      maxReplicas: SERVICE_TEMPLATE.maxReplicas,
      metrics: [
        {
          type: 'Resource',
          resource: {
            name: 'cpu',
            target: {
              type: 'Utilization',
              averageUtilization: SERVICE_TEMPLATE.cpuTargetUtilization,
            },
          },
        },
        {
          type: 'Resource',
          resource: {
            name: 'memory',
            target: {
              type: 'Utilization',
              averageUtilization: SERVICE_TEMPLATE.memoryTargetUtilization,
            },
          },
        },
      ],
    },
    status: {
      currentReplicas: hpa.currentReplicas,
      desiredReplicas: hpa.desiredReplicas,
      lastScaleTime: since,
      currentMetrics: [
        {
          type: 'Resource',
          resource: {
            name: 'cpu',
            current: {
              averageUtilization: hpa.cpuUtilization,
              averageValue: `${averageCpu}m`,
            },
          },
        },
        {
          type: 'Resource',
          resource: {
            name: 'memory',
            current: {
              averageUtilization: hpa.memoryUtilization,
              averageValue: String(averageMemoryBytes),
            },
          },
        },
      ],
      conditions: [
        {
          type: 'AbleToScale',
          status: 'True',
          reason: 'ReadyForNewScale',
          message: 'recommended size matches current size',
          lastTransitionTime: since,
        },
        {
          type: 'ScalingActive',
          status: 'True',
          reason: 'ValidMetricFound',
          message:
            'the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)',
          lastTransitionTime: since,
        },
        { type: 'ScalingLimited', ...limited, lastTransitionTime: since },
      ],
    },
  };
}
