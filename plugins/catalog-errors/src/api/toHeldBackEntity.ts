import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  HeldBackEntity,
  HeldBackError,
  HeldBackReason,
} from './CatalogErrorsApi';

const LOCATION_ANNOTATION = 'backstage.io/managed-by-location';

type UnknownRecord = Record<string, unknown>;

function asRecord(value: unknown): UnknownRecord | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as UnknownRecord)
    : undefined;
}

function asText(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

function entityRefOf(entity: UnknownRecord | undefined): string | undefined {
  const metadata = asRecord(entity?.metadata);
  const kind = asText(entity?.kind);
  const name = asText(metadata?.name);
  if (!kind || !name) {
    return undefined;
  }
  return stringifyEntityRef({
    kind,
    namespace: asText(metadata?.namespace),
    name,
  });
}

function toError(value: unknown): HeldBackError | undefined {
  const error = asRecord(value);
  if (!error) {
    return typeof value === 'string'
      ? { name: 'Error', message: value }
      : undefined;
  }
  const message = asText(error.message);
  // A wrapping error may say little; the processor's own words are its cause.
  const cause = asText(asRecord(error.cause)?.message);
  const fullMessage =
    cause && cause !== message && !message?.includes(cause)
      ? [message, cause].filter(Boolean).join(': ')
      : message;
  return {
    name: asText(error.name) ?? 'Error',
    message: fullMessage ?? '(no message)',
  };
}

function toIsoDate(value: unknown): string | undefined {
  if (typeof value !== 'string' && !(value instanceof Date)) {
    return undefined;
  }
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/**
 * Turns one row of an unprocessed-entities answer into a held-back entity,
 * keeping whatever the row carries. Rows are stored JSON and the pending
 * list answers `entity_ref: null`, so nothing is assumed present. Answers
 * undefined only for a row that is not an object. `index`, the row's place
 * in its list, names a row that has neither an id nor a ref.
 */
export function toHeldBackEntity(
  row: unknown,
  reason: HeldBackReason,
  index: number,
): HeldBackEntity | undefined {
  const record = asRecord(row);
  if (!record) {
    return undefined;
  }
  const entity = asRecord(record.unprocessed_entity);
  const metadata = asRecord(entity?.metadata);
  const spec = asRecord(entity?.spec);
  const entityRef = asText(record.entity_ref) ?? entityRefOf(entity);
  const errors = Array.isArray(record.errors) ? record.errors : [];
  return {
    id: asText(record.entity_id) ?? entityRef ?? `${reason}:${index}`,
    entityRef,
    kind: asText(entity?.kind),
    owner: asText(spec?.owner),
    location: asText(asRecord(metadata?.annotations)?.[LOCATION_ANNOTATION]),
    reason,
    errors: errors.flatMap(error => toError(error) ?? []),
    lastDiscoveryAt: toIsoDate(record.last_discovery_at),
    unprocessedEntity: entity,
  };
}
