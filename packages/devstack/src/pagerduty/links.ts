/** The collection each object type lives in, for its `self` and `html_url`. */
const COLLECTIONS: Record<string, string> = {
  user: 'users',
  schedule: 'schedules',
  escalation_policy: 'escalation_policies',
  service: 'services',
};

/**
 * `value` with `self` (its API address) and `html_url` (its demo page) on
 * every object and reference, as PagerDuty writes them, for the address the
 * simulator was reached at.
 */
export function withLinks(value: unknown, origin: string): unknown {
  if (Array.isArray(value)) {
    return value.map(item => withLinks(item, origin));
  }
  if (!value || typeof value !== 'object') {
    return value;
  }
  const copy: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    copy[key] = withLinks(inner, origin);
  }
  const { id, type } = copy;
  const collection =
    typeof type === 'string'
      ? COLLECTIONS[type.replace(/_reference$/, '')]
      : undefined;
  if (typeof id === 'string' && collection) {
    copy.self = `${origin}/${collection}/${id}`;
    copy.html_url = `${origin}/web/${collection}/${id}`;
  }
  return copy;
}
