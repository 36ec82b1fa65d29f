/**
 * Kubernetes label selectors (the `labelSelector` query parameter, and Argo
 * CD's `selector`), with the API server's grammar and matching rules:
 * `k=v`, `k==v`, `k!=v`, `k in (a,b)`, `k notin (a,b)`, `k`, `!k`, and the
 * numeric `k>n`, `k<n`. Requirements are joined by commas and all must hold.
 * And field selectors (`fieldSelector=involvedObject.name=x`), limited like
 * the API server to a few fields per kind.
 */
import { InputError } from '../http';
import { RESOURCE_DATA } from './resources';

type Labels = Record<string, string>;

/** Each requirement, as a test of an object's labels; all must hold. */
export type LabelSelector = Array<(labels: Labels) => boolean>;

const has = (labels: Labels, key: string) =>
  Object.prototype.hasOwnProperty.call(labels, key);

/** Far above any real selector; stops pathological input early. */
export const MAX_SELECTOR_LENGTH = 4096;

const NAME_PART = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const DNS_SUBDOMAIN =
  /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const NAME_RULE =
  "consist of alphanumeric characters, '-', '_' or '.', start and end with an alphanumeric character, and be at most 63 characters";

function checkKey(key: string): void {
  const slash = key.indexOf('/');
  const prefix = slash >= 0 ? key.slice(0, slash) : undefined;
  const name = key.slice(slash + 1);
  if (
    prefix !== undefined &&
    (prefix.length > 253 || !DNS_SUBDOMAIN.test(prefix))
  ) {
    throw new InputError(
      `invalid label key "${key}": prefix part must be a lowercase RFC 1123 subdomain`,
    );
  }
  if (name.length === 0 || name.length > 63 || !NAME_PART.test(name)) {
    throw new InputError(
      `invalid label key "${key}": name part must ${NAME_RULE}`,
    );
  }
}

function checkValue(key: string, value: string): void {
  if (value.length > 63 || (value !== '' && !NAME_PART.test(value))) {
    throw new InputError(
      `invalid label value "${value}" for key "${key}": a valid label value must be an empty string or ${NAME_RULE}`,
    );
  }
}

/** Splits on the commas that separate requirements, not those inside `( )`. */
function splitRequirements(selector: string): string[] {
  const parts = [''];
  let depth = 0;
  for (const char of selector) {
    depth += Number(char === '(') - Number(char === ')');
    if (depth < 0 || depth > 1) {
      throw new InputError('unbalanced parentheses in selector');
    }
    if (char === ',' && depth === 0) {
      parts.push('');
    } else {
      parts[parts.length - 1] += char;
    }
  }
  if (depth !== 0) {
    throw new InputError('unbalanced parentheses in selector');
  }
  return parts.map(part => part.trim());
}

const SET_REQUIREMENT = /^(\S+?)\s+(in|notin)\s*\((.*)\)$/;
const BINARY_REQUIREMENT = /^([^\s=!<>]+)\s*(==|=|!=|>|<)\s*(.*)$/;

function parseRequirement(text: string): LabelSelector[number] {
  if (text === '') {
    throw new InputError('found empty requirement in selector');
  }
  const set = SET_REQUIREMENT.exec(text);
  const binary = BINARY_REQUIREMENT.exec(text);
  if (set) {
    const [, key, operator, list] = set;
    if (list.trim() === '') {
      throw new InputError(
        `for 'in', 'notin' operators, values set can't be empty (key "${key}")`,
      );
    }
    const values = list.split(',').map(v => v.trim());
    checkKey(key);
    values.forEach(value => checkValue(key, value));
    const isIn = (labels: Labels) =>
      has(labels, key) && values.includes(labels[key]);
    // As in Kubernetes: an object without the label matches `notin` and `!=`.
    return operator === 'in' ? isIn : labels => !isIn(labels);
  }
  if (text.startsWith('!')) {
    const key = text.slice(1).trim();
    checkKey(key);
    return labels => !has(labels, key);
  }
  if (!binary) {
    checkKey(text);
    return labels => has(labels, text);
  }
  const [, key, symbol, rawValue] = binary;
  const value = rawValue.trim();
  checkKey(key);
  if (symbol !== '>' && symbol !== '<') {
    checkValue(key, value);
    const equal = (labels: Labels) => has(labels, key) && labels[key] === value;
    return symbol === '!=' ? labels => !equal(labels) : equal;
  }
  if (!/^-?\d+$/.test(value)) {
    throw new InputError(
      `for 'Gt', 'Lt' operators, the value must be an integer (key "${key}")`,
    );
  }
  const sign = symbol === '>' ? 1 : -1;
  return labels =>
    has(labels, key) &&
    /^-?\d+$/.test(labels[key]) &&
    sign * (Number(labels[key]) - Number(value)) > 0;
}

/** Parses a selector; an empty or blank selector selects everything. */
export function parseLabelSelector(selector: string): LabelSelector {
  if (selector.length > MAX_SELECTOR_LENGTH) {
    throw new InputError(
      `selector is ${selector.length} characters long; the limit is ${MAX_SELECTOR_LENGTH}`,
    );
  }
  return selector.trim() === ''
    ? []
    : splitRequirements(selector).map(parseRequirement);
}

export function matchesLabelSelector(
  labels: Record<string, string> | undefined,
  selector: LabelSelector,
): boolean {
  return selector.every(matches => matches(labels ?? {}));
}

export type FieldSelector = Array<{
  path: string;
  negate: boolean;
  value: string;
}>;

export function parseFieldSelector(
  selector: string,
  kind: string,
): FieldSelector {
  if (selector.length > MAX_SELECTOR_LENGTH) {
    throw new InputError(
      `field selector is longer than ${MAX_SELECTOR_LENGTH} characters`,
    );
  }
  if (selector.trim() === '') {
    return [];
  }
  const allowed = [
    'metadata.name',
    'metadata.namespace',
    ...(RESOURCE_DATA.selectableFields[kind] ?? []),
  ];
  return selector.split(',').map(part => {
    const match = /^\s*([A-Za-z.]+)\s*(==|=|!=)\s*([^\s]*)\s*$/.exec(part);
    if (!match) {
      throw new InputError(`invalid field selector requirement "${part}"`);
    }
    const [, path, operator, value] = match;
    if (!allowed.includes(path)) {
      throw new InputError(`field label not supported: ${path}`);
    }
    return { path, negate: operator === '!=', value };
  });
}

export function matchesFieldSelector(object: unknown, selector: FieldSelector) {
  return selector.every(({ path, negate, value }) => {
    const found = path
      .split('.')
      .reduce(
        (current: unknown, key) =>
          (current as Record<string, unknown> | undefined)?.[key],
        object,
      );
    return (String(found ?? '') === value) !== negate;
  });
}
