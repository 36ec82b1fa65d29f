import { v5 as uuidv5 } from 'uuid';
import { fullFormats } from 'ajv-formats/dist/formats';
import type { OscalProperty } from './oscalDocument';

/** The OSCAL version of the bundled schema and of every document written. */
export const OSCAL_VERSION = '1.0.6';

/** The namespace of the properties this project adds to OSCAL documents. */
export const LOCALPLUS_OSCAL_NAMESPACE = 'https://localplus.example/ns/oscal';

/** NIST's namespace: a property without `ns` is in it, and only names the OSCAL model defines belong there. */
export const NIST_OSCAL_NAMESPACE = 'http://csrc.nist.gov/ns/oscal';

/**
 * The name space of every uuid in an export (uuid v5): fixed, so the same
 * content always gets the same uuid and an export is reproducible.
 */
const EXPORT_UUID_NAMESPACE = 'a3c6f0d2-5e41-4b8f-9c27-6d1e8b4f2a90';

/** A uuid derived from `parts` only (uuid v5). */
export function stableUuid(...parts: string[]): string {
  return uuidv5(JSON.stringify(parts), EXPORT_UUID_NAMESPACE);
}

const TOKEN = /^(\p{L}|_)(\p{L}|\p{N}|[.\-_])*$/u;

/** Whether OSCAL accepts `value` as a token (ids, prop names and classes). */
export function isOscalToken(value: string): boolean {
  return TOKEN.test(value);
}

/**
 * A control id as an OSCAL token: lower case, as OSCAL catalogs write
 * them. Control files allow a leading digit, which a token does not, so
 * such ids get a leading underscore (`2fa-admins` becomes `_2fa-admins`).
 */
export function oscalControlId(controlId: string): string {
  const lower = controlId.toLowerCase().replace(/[^\p{L}\p{N}._-]/gu, '-');
  return isOscalToken(lower) ? lower : `_${lower}`;
}

/** The objective of a control that a finding targets, as OSCAL catalogs name them (`ac-1_obj`). */
export function oscalObjectiveId(controlId: string): string {
  return `${oscalControlId(controlId)}_obj`;
}

/**
 * Text for a field of OSCAL's string type, which allows neither line
 * breaks nor surrounding white space. Undefined when nothing is left.
 */
export function oscalString(text: string | undefined): string | undefined {
  const single = text?.replace(/\s+/g, ' ').trim();
  return single ? single : undefined;
}

/**
 * An instant in OSCAL's date-time-with-timezone form (UTC, milliseconds).
 *
 * @throws Error naming `what` when the text is not a date OSCAL can hold.
 */
export function oscalDateTime(instant: string, what: string): string {
  const time = Date.parse(instant);
  if (Number.isNaN(time)) {
    throw new Error(`${what} is not a date: ${JSON.stringify(instant)}`);
  }
  const text = new Date(time).toISOString();
  // OSCAL's pattern only knows the years 1900 to 2999.
  if (!/^(19|2\d)\d\d-/.test(text)) {
    throw new Error(`${what} is outside the years OSCAL accepts: ${text}`);
  }
  return text;
}

/** A property in the project's namespace; undefined when the value is empty. */
export function localProp(
  name: string,
  value: string | number | undefined,
  propClass?: string,
): OscalProperty | undefined {
  const text = oscalString(value === undefined ? undefined : String(value));
  if (!text) return undefined;
  return {
    name,
    ns: LOCALPLUS_OSCAL_NAMESPACE,
    value: text,
    ...(propClass && isOscalToken(propClass) ? { class: propClass } : {}),
  };
}

/**
 * A property NIST defines for the object it is on (`asset-id` of an
 * inventory item, `version` of a resource): no `ns`, so it is in NIST's
 * namespace. Undefined when the value is empty.
 */
export function nistProp(
  name: string,
  value: string | undefined,
): OscalProperty | undefined {
  const text = oscalString(value);
  return text ? { name, value: text } : undefined;
}

/** The array without its undefined items, or undefined when none is left (OSCAL arrays hold at least one item). */
export function someOf<T>(items: Array<T | undefined>): T[] | undefined {
  const present = items.filter((item): item is T => item !== undefined);
  return present.length > 0 ? present : undefined;
}

const uriReference = fullFormats['uri-reference'] as RegExp;
const absoluteUri = fullFormats.uri as (text: string) => boolean;

/** Whether OSCAL accepts `href` as a link target (an RFC 3986 URI reference). */
export function isUriReference(href: string): boolean {
  return uriReference.test(href);
}

/**
 * Whether `text` is an absolute URI (RFC 3986 with a scheme): OSCAL's `uri`
 * type, which a link with `rel: reference` to anything but a back-matter
 * resource (`#uuid`) must hold.
 */
export function isAbsoluteUri(text: string): boolean {
  return absoluteUri(text);
}
