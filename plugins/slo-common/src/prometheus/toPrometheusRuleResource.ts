import type { PrometheusRuleFile } from './generatePrometheusRules';

export type PrometheusRuleResource = {
  apiVersion: 'monitoring.coreos.com/v1';
  kind: 'PrometheusRule';
  metadata: {
    name: string;
    namespace?: string;
    labels?: Record<string, string>;
  };
  spec: PrometheusRuleFile;
};

/**
 * Wraps a rule file as a Prometheus Operator PrometheusRule. The operator only
 * loads rules whose labels match its `ruleSelector`, so callers pass them.
 */
export function toPrometheusRuleResource(
  name: string,
  ruleFile: PrometheusRuleFile,
  options: { namespace?: string; labels?: Record<string, string> } = {},
): PrometheusRuleResource {
  if (!/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/.test(name) || name.length > 253) {
    throw new TypeError(`"${name}" is not a valid Kubernetes resource name`);
  }
  const metadata: PrometheusRuleResource['metadata'] = { name };
  if (options.namespace) {
    metadata.namespace = options.namespace;
  }
  if (options.labels) {
    metadata.labels = options.labels;
  }
  return {
    apiVersion: 'monitoring.coreos.com/v1',
    kind: 'PrometheusRule',
    metadata,
    spec: ruleFile,
  };
}
