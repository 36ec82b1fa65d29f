import {
  longestRetention,
  readLokiRetention,
} from '../configFiles/lokiRetention';
import {
  ConfigFileError,
  parseConfigYaml,
} from '../configFiles/parseConfigYaml';
import { readConfigMapKey } from '../configFiles/readConfigMapKey';
import {
  configMapKey,
  ConfigMapKey,
  onlyKeys,
  wholeNumber,
} from './checkParams';
import { configMapPath, examinedObject } from './examined';
import type { ClusterCheck } from './types';

type LogRetentionParams = ConfigMapKey & { maxDays: number };

export const logRetentionCheck: ClusterCheck<LogRetentionParams> = {
  id: 'log-retention',
  title: 'Logs are kept no longer than allowed',
  description:
    "Loki's configuration (parameters namespace, configMap, key; default observability/loki, config.yaml) keeps logs at most maxDays (default 30): limits_config.retention_period and every retention_stream period within it, with the compactor's retention_enabled true. A period of 0, none at all, or retention not enabled fails.",
  readParams(params) {
    onlyKeys(params, ['namespace', 'configMap', 'key', 'maxDays']);
    return {
      ...configMapKey(params, {
        namespace: 'observability',
        configMap: 'loki',
        key: 'config.yaml',
      }),
      maxDays: wholeNumber(params, 'maxDays', [1, 3650], 30),
    };
  },
  async examine(cluster, params, catalog) {
    const { namespace, configMap, key, maxDays } = params;
    const path = configMapPath(namespace, configMap);
    const base = {
      subject: cluster.subject,
      entityRef: catalog.clusterEntities.get(cluster.name),
      method: 'examine' as const,
      examined: [
        examinedObject(cluster.name, 'ConfigMap', namespace, configMap, path),
      ],
    };
    const details = { configMap: `${namespace}/${configMap}`, key, maxDays };
    const read = await readConfigMapKey(cluster, path, params);
    if ('missing' in read) {
      return [
        {
          ...base,
          result: 'fail',
          summary: `${read.missing}: no Loki retention to examine.`,
          details,
        },
      ];
    }
    try {
      const retention = readLokiRetention(
        parseConfigYaml(read.text, `${namespace}/${configMap} ${key}`),
      );
      if (retention.kind === 'forever') {
        return [
          {
            ...base,
            result: 'fail',
            summary: `Loki in ${cluster.name}: ${retention.reason}.`,
            details,
          },
        ];
      }
      if (retention.kind === 'not-enforced') {
        return [
          {
            ...base,
            result: 'fail',
            summary: `Loki in ${cluster.name} sets retention_period ${retention.period} but its compactor does not have retention_enabled true, so nothing is deleted.`,
            details: { ...details, retentionPeriod: retention.period },
          },
        ];
      }
      const longest = longestRetention(retention);
      const facts = {
        ...details,
        retentionPeriod: retention.period,
        longest: longest.period,
        streams: retention.streams.length,
      };
      return longest.withinDays(maxDays)
        ? [
            {
              ...base,
              result: 'pass',
              summary: `Loki in ${cluster.name} keeps logs ${longest.days} (${longest.what} ${longest.period}), within ${maxDays} days.`,
              details: facts,
            },
          ]
        : [
            {
              ...base,
              result: 'fail',
              summary: `Loki in ${cluster.name} keeps logs ${longest.days} (${longest.what} ${longest.period}), longer than ${maxDays} days.`,
              details: facts,
            },
          ];
    } catch (error) {
      if (!(error instanceof ConfigFileError)) throw error;
      return [
        {
          ...base,
          result: 'error',
          summary: `Loki in ${cluster.name}: ${error.message}.`,
          details,
        },
      ];
    }
  },
};
