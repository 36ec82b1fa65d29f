/**
 * A decision's id: its entity's ref and its file name without `.md`, e.g.
 * `component:default/docs/0005-central-argocd`. Stable across refreshes, and
 * readable in URLs.
 */
export function decisionId(entityRef: string, fileName: string): string {
  return `${entityRef.toLocaleLowerCase('en-US')}/${fileName.replace(
    /\.md$/i,
    '',
  )}`;
}

/** The parts of an id; undefined when it is not `<kind>:<namespace>/<name>/<slug>`. */
export function parseDecisionId(
  id: string,
): { entityRef: string; slug: string } | undefined {
  const match =
    /^([a-z0-9-]+):([a-z0-9._-]+)\/([a-z0-9._-]+)\/([^/\\]+)$/i.exec(id);
  if (!match) return undefined;
  const [, kind, namespace, name, slug] = match;
  return {
    entityRef: `${kind}:${namespace}/${name}`.toLocaleLowerCase('en-US'),
    slug,
  };
}
