import {
  processorType,
  readLogsPipelines,
} from '../configFiles/otelLogPipelines';
import {
  ConfigFileError,
  parseConfigYaml,
} from '../configFiles/parseConfigYaml';
import { readConfigMapKey } from '../configFiles/readConfigMapKey';
import { configMapKey, ConfigMapKey, onlyKeys, textList } from './checkParams';
import { configMapPath, examinedObject } from './examined';
import type { ClusterCheck } from './types';

type LogScrubbingParams = ConfigMapKey & { processors: string[] };

export const logScrubbingCheck: ClusterCheck<LogScrubbingParams> = {
  id: 'log-scrubbing',
  title: 'Logs are scrubbed of personal data',
  description:
    "The OpenTelemetry Collector's configuration (parameters namespace, configMap, key; default observability/otel-collector, config.yaml) runs one of the processors of parameter processors (default ['redaction'], matched by type: redaction/pii is a redaction) in every logs pipeline (service.pipelines.logs and logs/<name>), and defines it. No logs pipeline at all fails: nothing shows the logs are scrubbed.",
  readParams(params) {
    onlyKeys(params, ['namespace', 'configMap', 'key', 'processors']);
    return {
      ...configMapKey(params, {
        namespace: 'observability',
        configMap: 'otel-collector',
        key: 'config.yaml',
      }),
      processors: textList(
        params,
        'processors',
        /^[a-z0-9_]{1,63}$/,
        'processor types',
      ) ?? ['redaction'],
    };
  },
  async examine(cluster, params, catalog) {
    const { namespace, configMap, key, processors } = params;
    const path = configMapPath(namespace, configMap);
    const base = {
      subject: cluster.subject,
      entityRef: catalog.clusterEntities.get(cluster.name),
      method: 'examine' as const,
      examined: [
        examinedObject(cluster.name, 'ConfigMap', namespace, configMap, path),
      ],
    };
    const details = { configMap: `${namespace}/${configMap}`, key, processors };
    const read = await readConfigMapKey(cluster, path, params);
    if ('missing' in read) {
      return [
        {
          ...base,
          result: 'fail',
          summary: `${read.missing}: no collector configuration to examine.`,
          details,
        },
      ];
    }
    try {
      const { pipelines, defined } = readLogsPipelines(
        parseConfigYaml(read.text, `${namespace}/${configMap} ${key}`),
      );
      if (pipelines.length === 0) {
        return [
          {
            ...base,
            result: 'fail',
            summary: `The OpenTelemetry Collector of ${cluster.name} has no logs pipeline, so nothing shows its logs are scrubbed.`,
            details,
          },
        ];
      }
      const scrubbing = (processor: string) =>
        processors.includes(processorType(processor)) && defined.has(processor);
      const unscrubbed = pipelines
        .filter(p => !p.processors.some(scrubbing))
        .map(p => p.name);
      const facts = {
        ...details,
        pipelines: Object.fromEntries(
          pipelines.slice(0, 50).map(p => [p.name, p.processors.slice(0, 50)]),
        ),
      };
      return unscrubbed.length > 0
        ? [
            {
              ...base,
              result: 'fail',
              summary: `${unscrubbed.length} of ${
                pipelines.length
              } logs pipelines of the OpenTelemetry Collector in ${
                cluster.name
              } run no defined ${processors.join(
                ' or ',
              )} processor: ${unscrubbed.slice(0, 10).join(', ')}.`,
              details: { ...facts, unscrubbed: unscrubbed.slice(0, 50) },
            },
          ]
        : [
            {
              ...base,
              result: 'pass',
              summary: `Every logs pipeline of the OpenTelemetry Collector in ${
                cluster.name
              } runs ${[
                ...new Set(
                  pipelines.flatMap(p => p.processors.filter(scrubbing)),
                ),
              ].join(', ')} (${pipelines.map(p => p.name).join(', ')}).`,
              details: facts,
            },
          ];
    } catch (error) {
      if (!(error instanceof ConfigFileError)) throw error;
      return [
        {
          ...base,
          result: 'error',
          summary: `OpenTelemetry Collector in ${cluster.name}: ${error.message}.`,
          details,
        },
      ];
    }
  },
};
