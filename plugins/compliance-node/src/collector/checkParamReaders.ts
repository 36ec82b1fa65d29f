import type { JsonValue } from '@localplus/plugin-compliance-common';

/** A check's parameters as a control file gives them. */
export type CheckParams = { [key: string]: JsonValue } | undefined;

/** A control gave a check parameters it cannot use; the message names the key. */
export class CheckParamsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CheckParamsError';
  }
}

/** Refuses keys the check does not know, so a typo never silently changes a check. */
export function onlyKeys(params: CheckParams, allowed: string[]): void {
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

/** An optional list of 1 to 100 texts, each matching `pattern`. */
export function optionalTextList(
  params: CheckParams,
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

/** An optional text of at most 300 characters matching `pattern`. */
export function optionalText(
  params: CheckParams,
  key: string,
  pattern: RegExp,
  what: string,
): string | undefined {
  const value = params?.[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.length > 300 || !pattern.test(value)) {
    throw new CheckParamsError(`${key} must be ${what}`);
  }
  return value;
}

/** An optional whole number within `range`, both ends included. */
export function optionalWholeNumber(
  params: CheckParams,
  key: string,
  range: [number, number],
): number | undefined {
  const value = params?.[key];
  if (value === undefined) return undefined;
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
