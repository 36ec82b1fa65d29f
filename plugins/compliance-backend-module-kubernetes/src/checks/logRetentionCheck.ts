import { optionalWholeNumber } from '@localplus/plugin-compliance-node';
import {
  longestRetention,
  readLokiRetention,
} from '../configFiles/lokiRetention';
import { configFileCheck, ConfigFileVerdict } from './configFileCheck';

export const logRetentionCheck = configFileCheck({
  id: 'log-retention',
  title: 'Logs are kept no longer than allowed',
  description:
    "Loki's configuration (parameters namespace, configMap, key; default observability/loki, config.yaml) keeps logs at most maxDays (default 30): limits_config.retention_period and every retention_stream period within it, with the compactor's retention_enabled true. A period of 0, none at all, or retention not enabled fails.",
  software: 'Loki',
  unexamined: 'Loki retention',
  defaultFile: {
    namespace: 'observability',
    configMap: 'loki',
    key: 'config.yaml',
  },
  ownParams: ['maxDays'],
  readOwnParams: params => ({
    maxDays: optionalWholeNumber(params, 'maxDays', [1, 3650]) ?? 30,
  }),
  judge(config, { maxDays }, clusterName): ConfigFileVerdict {
    const retention = readLokiRetention(config);
    if (retention.kind === 'forever') {
      return {
        result: 'fail',
        summary: `Loki in ${clusterName}: ${retention.reason}.`,
      };
    }
    if (retention.kind === 'not-enforced') {
      return {
        result: 'fail',
        summary: `Loki in ${clusterName} sets retention_period ${retention.period} but its compactor does not have retention_enabled true, so nothing is deleted.`,
        details: { retentionPeriod: retention.period },
      };
    }
    const longest = longestRetention(retention);
    const kept = `Loki in ${clusterName} keeps logs ${longest.days} (${longest.what} ${longest.period})`;
    const within = longest.withinDays(maxDays);
    return {
      result: within ? 'pass' : 'fail',
      summary: within
        ? `${kept}, within ${maxDays} days.`
        : `${kept}, longer than ${maxDays} days.`,
      details: {
        retentionPeriod: retention.period,
        longest: longest.period,
        streams: retention.streams.length,
      },
    };
  },
});
