import { type CheckParams, onlyKeys } from '@localplus/plugin-compliance-node';
import {
  ConfigFileError,
  parseConfigYaml,
} from '../configFiles/parseConfigYaml';
import { readConfigMapKey } from '../configFiles/readConfigMapKey';
import { configMapKey, ConfigMapKey } from './checkParams';
import { configMapPath, examinedObject, onCluster } from './examined';
import type { ClusterCheck, Details } from './types';

/** What a check concluded from one configuration file. */
export interface ConfigFileVerdict {
  result: 'pass' | 'fail';
  summary: string;
  /** Added to the file's name and the check's own parameters. */
  details?: Details;
}

export interface ConfigFileCheckOptions<Own extends Details> {
  id: string;
  title: string;
  description: string;
  /** The software the file configures, for summaries: `Loki`. */
  software: string;
  /** What a missing file leaves unexamined: `Loki retention`. */
  unexamined: string;
  /** The file read when the control names none. */
  defaultFile: ConfigMapKey;
  /** The check's own parameters, besides namespace, configMap and key. */
  ownParams: string[];
  /** Reads them; throws a `CheckParamsError` naming the key at fault. */
  readOwnParams(params: CheckParams): Own;
  /** Judges the parsed file; throws a `ConfigFileError` for a field it cannot read. */
  judge(
    config: Record<string, unknown>,
    own: Own,
    clusterName: string,
  ): ConfigFileVerdict;
}

/**
 * A cluster check of one configuration file kept under a ConfigMap key
 * (parameters namespace, configMap and key). A missing ConfigMap or key
 * fails: nothing shows the rule is kept. A file that is not readable YAML,
 * or has a field of the wrong type, is an `error` naming it.
 */
export function configFileCheck<Own extends Details>(
  options: ConfigFileCheckOptions<Own>,
): ClusterCheck<{ file: ConfigMapKey; own: Own }> {
  const { id, title, description, software } = options;
  return {
    id,
    title,
    description,
    readParams(params) {
      onlyKeys(params, ['namespace', 'configMap', 'key', ...options.ownParams]);
      return {
        file: configMapKey(params, options.defaultFile),
        own: options.readOwnParams(params),
      };
    },
    async examine(cluster, { file, own }, catalog) {
      const { namespace, configMap, key } = file;
      const path = configMapPath(namespace, configMap);
      const base = onCluster(
        cluster,
        catalog,
        examinedObject(cluster.name, 'ConfigMap', namespace, configMap, path),
      );
      const details = { configMap: `${namespace}/${configMap}`, key, ...own };
      const read = await readConfigMapKey(cluster, path, file);
      if ('missing' in read) {
        return [
          {
            ...base,
            result: 'fail',
            summary: `${read.missing}: no ${options.unexamined} to examine.`,
            details,
          },
        ];
      }
      try {
        const config = parseConfigYaml(
          read.text,
          `${namespace}/${configMap} ${key}`,
        );
        const verdict = options.judge(config, own, cluster.name);
        return [
          {
            ...base,
            result: verdict.result,
            summary: verdict.summary,
            details: { ...details, ...verdict.details },
          },
        ];
      } catch (error) {
        if (!(error instanceof ConfigFileError)) throw error;
        return [
          {
            ...base,
            result: 'error',
            summary: `${software} in ${cluster.name}: ${error.message}.`,
            details,
          },
        ];
      }
    },
  };
}
