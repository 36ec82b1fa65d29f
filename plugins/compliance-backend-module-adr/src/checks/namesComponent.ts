const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether `text` names the component `name` as a word of its own:
 * `svc-merchant` is named by "svc-merchant's onboarding" and by
 * "component:default/svc-merchant", not by "svc-merchant-ui".
 */
export function namesComponent(text: string, name: string): boolean {
  const haystack = text.toLocaleLowerCase('en-US');
  const needle = name.toLocaleLowerCase('en-US');
  // The cheap test first: most records do not contain the name at all.
  if (!haystack.includes(needle)) return false;
  return new RegExp(`(^|[^a-z0-9_-])${escape(needle)}($|[^a-z0-9_-])`).test(
    haystack,
  );
}
