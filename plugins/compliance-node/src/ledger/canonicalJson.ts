import canonicalize from 'canonicalize';

/**
 * How deep a value may nest. Ledger payloads are a few levels deep; the
 * limit keeps a hostile payload from exhausting the stack of the recursive
 * serialiser.
 */
const MAX_DEPTH = 64;

const LONE_SURROGATE =
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * The RFC 8785 JSON Canonicalization Scheme (JCS) text of a JSON value:
 * object keys sorted by UTF-16 code units, no white space, numbers in their
 * ECMAScript shortest form, strings escaped as `JSON.stringify` does.
 *
 * The value must be plain JSON. Anything `JSON.stringify` would silently
 * drop or change (undefined, NaN, Infinity, a Date, a Map, a class instance,
 * a function, a bigint) is refused, as are strings with an unpaired
 * surrogate (RFC 8785 requires I-JSON): two implementations must never
 * hash different texts for what looks like one record.
 *
 * @throws TypeError naming the path of the first value that is not plain JSON.
 */
export function canonicalJson(value: unknown): string {
  assertPlainJson(value, null, 0, new Set());
  const text = canonicalize(value);
  if (text === undefined) {
    // Unreachable once assertPlainJson passed; kept so the type is a string.
    throw new TypeError('$ cannot be canonicalised');
  }
  return text;
}

/**
 * Where a value sits, as a linked list from the value up to the root: the
 * path text is only built for the message of a refusal, not for every
 * value of every record hashed.
 */
interface Location {
  parent: Location | null;
  key: string | number;
}

function assertPlainJson(
  value: unknown,
  location: Location | null,
  depth: number,
  ancestors: Set<object>,
): void {
  if (value === null || typeof value === 'boolean') return;
  if (typeof value === 'string') {
    if (LONE_SURROGATE.test(value)) {
      refuse(location, 'is a string with an unpaired surrogate');
    }
    return;
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      refuse(location, `is ${value}, which JSON cannot represent`);
    }
    return;
  }
  if (typeof value !== 'object') {
    refuse(location, `is ${describe(value)}, not a JSON value`);
  }
  if (depth >= MAX_DEPTH) {
    refuse(location, `nests deeper than ${MAX_DEPTH} levels`);
  }
  if (ancestors.has(value)) {
    refuse(location, 'refers back to one of its parents');
  }
  ancestors.add(value);
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      if (!(index in value)) {
        refuse({ parent: location, key: index }, 'is a hole in the array');
      }
      assertPlainJson(
        value[index],
        { parent: location, key: index },
        depth + 1,
        ancestors,
      );
    }
  } else {
    const prototype = Object.getPrototypeOf(value);
    if (prototype !== Object.prototype && prototype !== null) {
      refuse(location, `is ${describe(value)}, not a plain object`);
    }
    if (Object.getOwnPropertySymbols(value).length > 0) {
      refuse(location, 'has symbol keys');
    }
    for (const [key, child] of Object.entries(value)) {
      if (LONE_SURROGATE.test(key)) {
        refuse(location, 'has a key with an unpaired surrogate');
      }
      assertPlainJson(child, { parent: location, key }, depth + 1, ancestors);
    }
  }
  ancestors.delete(value);
}

function refuse(location: Location | null, problem: string): never {
  throw new TypeError(`${pathOf(location)} ${problem}`);
}

/** `$.a[2]["odd key"]` */
function pathOf(location: Location | null): string {
  const segments: string[] = [];
  for (let at = location; at; at = at.parent) {
    if (typeof at.key === 'number') segments.push(`[${at.key}]`);
    else if (/^[A-Za-z_$][\w$]*$/.test(at.key)) segments.push(`.${at.key}`);
    else segments.push(`[${JSON.stringify(at.key)}]`);
  }
  return `$${segments.reverse().join('')}`;
}

function describe(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'bigint') return 'a bigint';
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'symbol') return 'a symbol';
  const name = (value as object).constructor?.name;
  return name ? `a ${name}` : 'an object without a plain prototype';
}
