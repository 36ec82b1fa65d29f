import {
  makeValidator,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { SEVERITIES, type Severity } from '@localplus/plugin-oncall-common';
import type { AlertmanagerAlert } from './alertmanagerPayload';

/** When neither a `priority` nor a known `severity` label says otherwise. */
export const FALLBACK_SEVERITY: Severity = 'P3';

const validator = makeValidator();

/**
 * The component an alert concerns: a `backstage_entity` label holding a full
 * ref wins, else the `service` label names a component in the default
 * namespace (the golden path's rules label every alert with it). A value
 * that is no valid ref leaves the page without entity rather than refusing
 * the alert: the page still reaches someone.
 */
export function entityRefOf(
  labels: Record<string, string>,
): string | undefined {
  if (labels.backstage_entity) {
    const ref = validRef(labels.backstage_entity);
    if (ref) {
      return ref;
    }
  }
  if (labels.service && validator.isValidEntityName(labels.service)) {
    return `component:default/${labels.service}`;
  }
  return undefined;
}

function validRef(value: string): string | undefined {
  try {
    const ref = parseEntityRef(value, {
      defaultKind: 'component',
      defaultNamespace: 'default',
    });
    const valid =
      validator.isValidKind(ref.kind) &&
      validator.isValidNamespace(ref.namespace) &&
      validator.isValidEntityName(ref.name);
    return valid ? stringifyEntityRef(ref) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * An alert's own `priority` label (P1..P4) wins; else its `severity` label
 * through the configured map; else {@link FALLBACK_SEVERITY}.
 */
export function severityOf(
  labels: Record<string, string>,
  severityFromLabels: Readonly<Record<string, Severity>>,
): Severity {
  const priority = labels.priority?.toUpperCase();
  if (SEVERITIES.includes(priority as Severity)) {
    return priority as Severity;
  }
  const key = labels.severity?.toLowerCase();
  // Own keys only: a label value such as `__proto__` must not reach Object's.
  return key !== undefined && Object.hasOwn(severityFromLabels, key)
    ? severityFromLabels[key]
    : FALLBACK_SEVERITY;
}

/** The one line a person reads first. */
export function summaryOf(alert: AlertmanagerAlert): string {
  const { annotations, labels } = alert;
  return (
    annotations.summary?.trim() ||
    annotations.description?.trim() ||
    labels.alertname ||
    `Alert ${alert.fingerprint}`
  );
}

/** Only web links are kept: a label is not a place to smuggle `javascript:`. */
export function webUrlOf(value: string | undefined): string | undefined {
  if (!value) {
    return undefined;
  }
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:'
      ? url.toString()
      : undefined;
  } catch {
    return undefined;
  }
}
