import {
  type CheckParams,
  optionalText,
} from '@localplus/plugin-compliance-node';

export const DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
export const DNS_SUBDOMAIN =
  /^(?=.{1,253}$)[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
/** A ConfigMap key, as the API server accepts them. */
export const CONFIG_MAP_KEY = /^[-._a-zA-Z0-9]{1,253}$/;

/** Where a configuration file lives: a ConfigMap's key. */
export interface ConfigMapKey {
  namespace: string;
  configMap: string;
  key: string;
}

/** The parameters namespace, configMap and key, each defaulting to the check's own. */
export function configMapKey(
  params: CheckParams,
  defaults: ConfigMapKey,
): ConfigMapKey {
  return {
    namespace:
      optionalText(params, 'namespace', DNS_LABEL, 'a namespace name') ??
      defaults.namespace,
    configMap:
      optionalText(params, 'configMap', DNS_SUBDOMAIN, 'a ConfigMap name') ??
      defaults.configMap,
    key:
      optionalText(params, 'key', CONFIG_MAP_KEY, 'a ConfigMap key') ??
      defaults.key,
  };
}
