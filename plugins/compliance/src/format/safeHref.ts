/**
 * The address to link to, when it is one a click can safely follow: a web
 * URL or a path of this portal. Collectors write `examined` hrefs and
 * control files write documentation links; a `javascript:` or `data:` URL
 * there must stay text, never become a link.
 */
export function safeHref(value: string | undefined): string | undefined {
  if (!value) {
    return undefined;
  }
  const text = value.trim();
  // A portal path, but not a protocol-relative `//host` one.
  if (text.startsWith('/') && !text.startsWith('//') && !text.includes('\\')) {
    return text;
  }
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:'
      ? url.toString()
      : undefined;
  } catch {
    return undefined;
  }
}
