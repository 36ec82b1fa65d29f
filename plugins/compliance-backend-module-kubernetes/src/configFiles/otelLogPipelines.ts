import { asObject } from '../policy/kubernetesObjects';
import { ConfigFileError } from './parseConfigYaml';

/** One logs pipeline of an OpenTelemetry Collector configuration. */
export interface LogsPipeline {
  /** `logs` or `logs/<name>`. */
  name: string;
  processors: string[];
}

/** `redaction/pii` is a processor of type `redaction`. */
export function processorType(id: string): string {
  return id.split('/')[0];
}

/**
 * The logs pipelines of `service.pipelines` (`logs`, `logs/<name>`) and
 * the processors the configuration defines. Values of the wrong type are
 * errors naming the field: a collector would refuse to start with them.
 */
export function readLogsPipelines(config: Record<string, unknown>): {
  pipelines: LogsPipeline[];
  defined: Set<string>;
} {
  const pipelines = asObject(asObject(config.service)?.pipelines);
  if (!pipelines) {
    throw new ConfigFileError('service.pipelines is missing or not a mapping');
  }
  const processors = config.processors ?? {};
  if (!asObject(processors)) {
    throw new ConfigFileError('processors must be a mapping');
  }
  const found = Object.entries(pipelines)
    .filter(([name]) => name === 'logs' || name.startsWith('logs/'))
    .map(([name, value]) => {
      const listed = asObject(value)?.processors ?? [];
      if (!Array.isArray(listed) || listed.some(p => typeof p !== 'string')) {
        throw new ConfigFileError(
          `service.pipelines.${name}.processors must be a list of processor names`,
        );
      }
      return { name, processors: listed as string[] };
    });
  return {
    pipelines: found,
    defined: new Set(Object.keys(asObject(processors)!)),
  };
}
