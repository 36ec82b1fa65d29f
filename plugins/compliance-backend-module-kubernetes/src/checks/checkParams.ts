import type { JsonValue } from '@localplus/plugin-compliance-common';

export type Params = { [key: string]: JsonValue } | undefined;

/** A control gave a check parameters it cannot use; the message names the key. */
export class CheckParamsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CheckParamsError';
  }
}

export const DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
export const DNS_SUBDOMAIN =
  /^(?=.{1,253}$)[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
/** A ConfigMap key, as the API server accepts them. */
export const CONFIG_MAP_KEY = /^[-._a-zA-Z0-9]{1,253}$/;

/** Refuses keys the check does not know, so a typo never silently changes a check. */
export function onlyKeys(params: Params, allowed: string[]): void {
  const unknown = Object.keys(params ?? {}).filter(k => !allowed.includes(k));
  if (unknown.length > 0) {
    throw new CheckParamsError(
      `unknown parameter ${unknown
        .slice(0, 3)
        .map(k => JSON.stringify(k.slice(0, 40)))
        .join(', ')}; this check takes ${allowed.join(', ') || 'none'}`,
    );
  }
}

export function textList(
  params: Params,
  key: string,
  pattern: RegExp,
  what: string,
): string[] | undefined {
  const value = params?.[key];
  if (value === undefined) return undefined;
  if (
    !Array.isArray(value) ||
    value.length === 0 ||
    value.length > 100 ||
    value.some(item => typeof item !== 'string' || !pattern.test(item))
  ) {
    throw new CheckParamsError(
      `${key} must be a non-empty list of at most 100 ${what}`,
    );
  }
  return value as string[];
}

export function text(
  params: Params,
  key: string,
  pattern: RegExp,
  what: string,
  fallback: string,
): string {
  const value = params?.[key];
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !pattern.test(value)) {
    throw new CheckParamsError(`${key} must be ${what}`);
  }
  return value;
}

export function wholeNumber(
  params: Params,
  key: string,
  range: [number, number],
  fallback: number,
): number {
  const value = params?.[key];
  if (value === undefined) return fallback;
  if (
    typeof value !== 'number' ||
    !Number.isInteger(value) ||
    value < range[0] ||
    value > range[1]
  ) {
    throw new CheckParamsError(
      `${key} must be a whole number from ${range[0]} to ${range[1]}`,
    );
  }
  return value;
}

/** Where a configuration file lives: a ConfigMap's key. */
export interface ConfigMapKey {
  namespace: string;
  configMap: string;
  key: string;
}

export function configMapKey(
  params: Params,
  defaults: ConfigMapKey,
): ConfigMapKey {
  return {
    namespace: text(
      params,
      'namespace',
      DNS_LABEL,
      'a namespace name',
      defaults.namespace,
    ),
    configMap: text(
      params,
      'configMap',
      DNS_SUBDOMAIN,
      'a ConfigMap name',
      defaults.configMap,
    ),
    key: text(params, 'key', CONFIG_MAP_KEY, 'a ConfigMap key', defaults.key),
  };
}
