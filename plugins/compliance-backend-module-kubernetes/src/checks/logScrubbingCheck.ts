import { optionalTextList } from '@localplus/plugin-compliance-node';
import {
  processorType,
  readLogsPipelines,
} from '../configFiles/otelLogPipelines';
import { configFileCheck, ConfigFileVerdict } from './configFileCheck';

export const logScrubbingCheck = configFileCheck({
  id: 'log-scrubbing',
  title: 'Logs are scrubbed of personal data',
  description:
    "The OpenTelemetry Collector's configuration (parameters namespace, configMap, key; default observability/otel-collector, config.yaml) runs one of the processors of parameter processors (default ['redaction'], matched by type: redaction/pii is a redaction) in every logs pipeline (service.pipelines.logs and logs/<name>), and defines it. No logs pipeline at all fails: nothing shows the logs are scrubbed.",
  software: 'OpenTelemetry Collector',
  unexamined: 'collector configuration',
  defaultFile: {
    namespace: 'observability',
    configMap: 'otel-collector',
    key: 'config.yaml',
  },
  ownParams: ['processors'],
  readOwnParams: params => ({
    processors: optionalTextList(
      params,
      'processors',
      /^[a-z0-9_]{1,63}$/,
      'processor types',
    ) ?? ['redaction'],
  }),
  judge(config, { processors }, clusterName): ConfigFileVerdict {
    const { pipelines, defined } = readLogsPipelines(config);
    if (pipelines.length === 0) {
      return {
        result: 'fail',
        summary: `The OpenTelemetry Collector of ${clusterName} has no logs pipeline, so nothing shows its logs are scrubbed.`,
      };
    }
    const scrubbing = (processor: string) =>
      processors.includes(processorType(processor)) && defined.has(processor);
    const unscrubbed = pipelines
      .filter(p => !p.processors.some(scrubbing))
      .map(p => p.name);
    const details = {
      pipelines: Object.fromEntries(
        pipelines.slice(0, 50).map(p => [p.name, p.processors.slice(0, 50)]),
      ),
    };
    const collector = `the OpenTelemetry Collector in ${clusterName}`;
    if (unscrubbed.length > 0) {
      const wanted = processors.join(' or ');
      const named = unscrubbed.slice(0, 10).join(', ');
      return {
        result: 'fail',
        summary: `${unscrubbed.length} of ${pipelines.length} logs pipelines of ${collector} run no defined ${wanted} processor: ${named}.`,
        details: { ...details, unscrubbed: unscrubbed.slice(0, 50) },
      };
    }
    const used = [
      ...new Set(pipelines.flatMap(p => p.processors.filter(scrubbing))),
    ];
    const names = pipelines.map(p => p.name);
    return {
      result: 'pass',
      summary: `Every logs pipeline of ${collector} runs ${used.join(
        ', ',
      )} (${names.join(', ')}).`,
      details,
    };
  },
});
