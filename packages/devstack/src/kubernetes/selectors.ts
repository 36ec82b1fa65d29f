/**
 * Label selectors (Kubernetes' `labelSelector`, Argo CD's `selector`) with
 * the API server's grammar and matching rules: `k=v`, `k==v`, `k!=v`,
 * `k in (a,b)`, `k notin (a,b)`, `k`, `!k`, `k>n`, `k<n`, joined by commas.
 * Field selectors are limited like the API server's to a few fields per kind.
 */
import { InputError } from '../http';
import { RESOURCE_DATA } from './resources';

type Labels = Record<string, string>;

/** Each requirement, as a test of an object's labels; all must hold. */
type LabelSelector = Array<(labels: Labels) => boolean>;

const has = (labels: Labels, key: string) =>
  Object.prototype.hasOwnProperty.call(labels, key);

/** Far above any real selector; stops pathological input early. */
export const MAX_SELECTOR_LENGTH = 4096;

/** A label value, or a key's name part when not empty. */
const LABEL_TEXT = /^(([A-Za-z0-9][-A-Za-z0-9_.]{0,61})?[A-Za-z0-9])?$/;
const DNS_SUBDOMAIN =
  /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const TEXT_RULE =
  "consist of alphanumeric characters, '-', '_' or '.', start and end with an alphanumeric character, and be at most 63 characters";

/** `name` or `prefix/name`, the prefix a lowercase RFC 1123 subdomain. */
function checkKey(key: string): void {
  const slash = key.indexOf('/');
  const prefix = key.slice(0, Math.max(slash, 0));
  const name = key.slice(slash + 1);
  if (
    (slash >= 0 && (prefix.length > 253 || !DNS_SUBDOMAIN.test(prefix))) ||
    name === '' ||
    !LABEL_TEXT.test(name)
  ) {
    throw new InputError(
      `invalid label key "${key}": an optional lowercase RFC 1123 subdomain and '/', then a name that must ${TEXT_RULE}`,
    );
  }
}

function checkValue(key: string, value: string): void {
  if (!LABEL_TEXT.test(value)) {
    throw new InputError(
      `invalid label value "${value}" for key "${key}": a valid label value must be an empty string or ${TEXT_RULE}`,
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

function checkLength(selector: string): void {
  if (selector.length > MAX_SELECTOR_LENGTH) {
    throw new InputError(
      `selector is ${selector.length} characters long; the limit is ${MAX_SELECTOR_LENGTH}`,
    );
  }
}

/** Parses a selector; an empty or blank selector selects everything. */
export function parseLabelSelector(selector: string): LabelSelector {
  checkLength(selector);
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

/** `path=value`, `path==value` or `path!=value` requirements, as tests of an object. */
export function parseFieldSelector(selector: string, kind: string) {
  checkLength(selector);
  const allowed = [
    'metadata.name',
    'metadata.namespace',
    ...(RESOURCE_DATA.selectableFields[kind] ?? []),
  ];
  const parts = selector.trim() === '' ? [] : selector.split(',');
  return parts.map(part => {
    const match = /^\s*([A-Za-z.]+)\s*(==|=|!=)\s*([^\s]*)\s*$/.exec(part);
    if (!match) {
      throw new InputError(`invalid field selector requirement "${part}"`);
    }
    const [, path, operator, value] = match;
    if (!allowed.includes(path)) {
      throw new InputError(`field label not supported: ${path}`);
    }
    return (object: unknown) => {
      const found = path
        .split('.')
        .reduce(
          (at: unknown, key) => (at as Record<string, unknown>)?.[key],
          object,
        );
      return (String(found ?? '') === value) !== (operator === '!=');
    };
  });
}
