/**
 * Kubernetes label selectors (the `labelSelector` query parameter, and Argo
 * CD's `selector`), with the API server's grammar and matching rules:
 * `k=v`, `k==v`, `k!=v`, `k in (a,b)`, `k notin (a,b)`, `k`, `!k`, and the
 * numeric `k>n`, `k<n`. Requirements are joined by commas and all must hold.
 */

export type Operator =
  | 'equals'
  | 'notEquals'
  | 'in'
  | 'notIn'
  | 'exists'
  | 'doesNotExist'
  | 'greaterThan'
  | 'lessThan';

export interface Requirement {
  key: string;
  operator: Operator;
  values: string[];
}

export type LabelSelector = Requirement[];

export class LabelSelectorError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LabelSelectorError';
  }
}

/** Far above any real selector; stops pathological input early. */
export const MAX_SELECTOR_LENGTH = 4096;

const NAME_PART = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const DNS_SUBDOMAIN =
  /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

function checkKey(key: string): void {
  const slash = key.indexOf('/');
  const prefix = slash >= 0 ? key.slice(0, slash) : undefined;
  const name = slash >= 0 ? key.slice(slash + 1) : key;
  if (
    prefix !== undefined &&
    (prefix.length > 253 || !DNS_SUBDOMAIN.test(prefix))
  ) {
    throw new LabelSelectorError(
      `invalid label key "${key}": prefix part must be a lowercase RFC 1123 subdomain`,
    );
  }
  if (name.length === 0 || name.length > 63 || !NAME_PART.test(name)) {
    throw new LabelSelectorError(
      `invalid label key "${key}": name part must consist of alphanumeric characters, '-', '_' or '.', start and end with an alphanumeric character, and be at most 63 characters`,
    );
  }
}

function checkValue(key: string, value: string): void {
  if (value.length > 63 || (value !== '' && !NAME_PART.test(value))) {
    throw new LabelSelectorError(
      `invalid label value "${value}" for key "${key}": a valid label value must be an empty string or consist of alphanumeric characters, '-', '_' or '.', start and end with an alphanumeric character, and be at most 63 characters`,
    );
  }
}

/** Splits on the commas that separate requirements, not those inside `( )`. */
function splitRequirements(selector: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of selector) {
    if (char === '(') depth++;
    if (char === ')') depth--;
    if (depth < 0 || depth > 1) {
      throw new LabelSelectorError('unbalanced parentheses in selector');
    }
    if (char === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  if (depth !== 0) {
    throw new LabelSelectorError('unbalanced parentheses in selector');
  }
  parts.push(current);
  return parts.map(part => part.trim());
}

const SET_REQUIREMENT = /^(\S+?)\s+(in|notin)\s*\((.*)\)$/;
const BINARY_REQUIREMENT = /^([^\s=!<>]+)\s*(==|=|!=|>|<)\s*(.*)$/;

function parseRequirement(text: string): Requirement {
  if (text === '') {
    throw new LabelSelectorError('found empty requirement in selector');
  }
  const set = SET_REQUIREMENT.exec(text);
  if (set) {
    const [, key, word, list] = set;
    const values = list.split(',').map(v => v.trim());
    if (list.trim() === '') {
      throw new LabelSelectorError(
        `for 'in', 'notin' operators, values set can't be empty (key "${key}")`,
      );
    }
    checkKey(key);
    values.forEach(value => checkValue(key, value));
    return { key, operator: word === 'in' ? 'in' : 'notIn', values };
  }
  if (text.startsWith('!')) {
    const key = text.slice(1).trim();
    checkKey(key);
    return { key, operator: 'doesNotExist', values: [] };
  }
  const binary = BINARY_REQUIREMENT.exec(text);
  if (binary) {
    const [, key, symbol, rawValue] = binary;
    const value = rawValue.trim();
    checkKey(key);
    if (symbol === '>' || symbol === '<') {
      if (!/^-?\d+$/.test(value)) {
        throw new LabelSelectorError(
          `for 'Gt', 'Lt' operators, the value must be an integer (key "${key}")`,
        );
      }
      return {
        key,
        operator: symbol === '>' ? 'greaterThan' : 'lessThan',
        values: [value],
      };
    }
    checkValue(key, value);
    return {
      key,
      operator: symbol === '!=' ? 'notEquals' : 'equals',
      values: [value],
    };
  }
  checkKey(text);
  return { key: text, operator: 'exists', values: [] };
}

/** Parses a selector; an empty or blank selector selects everything. */
export function parseLabelSelector(selector: string): LabelSelector {
  if (selector.length > MAX_SELECTOR_LENGTH) {
    throw new LabelSelectorError(
      `selector is ${selector.length} characters long; the limit is ${MAX_SELECTOR_LENGTH}`,
    );
  }
  if (selector.trim() === '') {
    return [];
  }
  return splitRequirements(selector).map(parseRequirement);
}

function matchesRequirement(
  labels: Record<string, string>,
  requirement: Requirement,
): boolean {
  const has = Object.prototype.hasOwnProperty.call(labels, requirement.key);
  const value = has ? labels[requirement.key] : undefined;
  switch (requirement.operator) {
    case 'equals':
    case 'in':
      return has && requirement.values.includes(value!);
    case 'notEquals':
    case 'notIn':
      // As in Kubernetes: an object without the label matches `!=` and `notin`.
      return !has || !requirement.values.includes(value!);
    case 'exists':
      return has;
    case 'doesNotExist':
      return !has;
    case 'greaterThan':
    case 'lessThan': {
      if (!has || !/^-?\d+$/.test(value!)) {
        return false;
      }
      const actual = Number(value);
      const bound = Number(requirement.values[0]);
      return requirement.operator === 'greaterThan'
        ? actual > bound
        : actual < bound;
    }
    default:
      return false;
  }
}

export function matchesLabelSelector(
  labels: Record<string, string> | undefined,
  selector: LabelSelector,
): boolean {
  return selector.every(requirement =>
    matchesRequirement(labels ?? {}, requirement),
  );
}
