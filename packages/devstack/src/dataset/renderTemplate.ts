/** The template syntax of `data/` is described in data/kubernetes-templates.yaml. */
export type Scope = { [name: string]: unknown };

const PLACEHOLDER =
  /\$\{\s*([\w.]+)(?:\s*([-+*])\s*([\w.]+))?\s*(\|\s*string\s*)?\}/g;

/** Kubernetes serialises times to the second. */
export function iso(date: Date | number | string): string {
  return `${new Date(date).toISOString().slice(0, 19)}Z`;
}

function lookup(scope: Scope, path: string): unknown {
  if (/^\d/.test(path)) {
    return Number(path);
  }
  return path
    .split('.')
    .reduce<unknown>((value, key) => (value as Scope)?.[key], scope);
}

/** The value of one placeholder; a time plus or minus n moves by n seconds. */
function evaluate(scope: Scope, [, path, operator, operand, asText]: string[]) {
  let value = lookup(scope, path);
  if (operator) {
    const right = Number(lookup(scope, operand));
    const sign = operator === '-' ? -1 : 1;
    if (value instanceof Date) {
      value = new Date(value.getTime() + sign * right * 1000);
    } else {
      value =
        operator === '*' ? Number(value) * right : Number(value) + sign * right;
    }
  }
  if (value instanceof Date) {
    return iso(value);
  }
  return asText && value !== undefined ? String(value) : value;
}

export function render(template: unknown, scope: Scope): unknown {
  if (typeof template === 'string') {
    const [only, ...more] = [...template.matchAll(PLACEHOLDER)];
    if (only && more.length === 0 && only[0] === template) {
      return evaluate(scope, only);
    }
    return template.replace(PLACEHOLDER, (...match: string[]) => {
      const value = evaluate(scope, match);
      if (value === undefined) {
        throw new Error(
          `${match[0]} is not set, in the template "${template}"`,
        );
      }
      return String(value);
    });
  }
  if (Array.isArray(template)) {
    return template
      .map(item => render(item, scope))
      .filter(item => item !== undefined);
  }
  if (template && typeof template === 'object') {
    const result: Scope = {};
    for (const [key, value] of Object.entries(template)) {
      const rendered = render(value, scope);
      if (key === '<<') {
        Object.assign(result, rendered);
      } else if (rendered !== undefined) {
        result[key] = rendered;
      }
    }
    return result;
  }
  return template;
}
