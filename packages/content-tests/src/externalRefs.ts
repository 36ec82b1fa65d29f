/**
 * Lists the `$ref`s of a parsed document that point outside it (files,
 * URLs), with where they stand. Internal refs start with `#`.
 */
export function findExternalRefs(document: unknown): string[] {
  const found: string[] = [];
  const pending: Array<{ value: unknown; at: string }> = [
    { value: document, at: '' },
  ];
  while (pending.length > 0) {
    const { value, at } = pending.pop()!;
    if (Array.isArray(value)) {
      value.forEach((item, index) =>
        pending.push({ value: item, at: `${at}/${index}` }),
      );
    } else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if (
          key === '$ref' &&
          typeof child === 'string' &&
          !child.startsWith('#')
        ) {
          found.push(`${at || '/'}: external $ref ${child} is not allowed`);
        } else {
          pending.push({ value: child, at: `${at}/${key}` });
        }
      }
    }
  }
  return found;
}
