import type { MkdocsPolicy } from './mkdocsPolicy';

/**
 * Why a name that real mkdocs.yml files use is refused when it is not in
 * the allowlist, so the refusal says what the name would do rather than
 * only "not allowed". `unsafe`: it reads files, runs programs or reaches
 * the network while the backend builds. `unavailable`: harmless, but the
 * portal's image (Debian bookworm's mkdocs 1.4, mkdocs-material 8.2,
 * python3-pymdownx 9.5) or Backstage's generator cannot build it, and
 * refusing here says so before mkdocs fails with a worse message.
 */
export interface RefusalReason {
  kind: 'unsafe' | 'unavailable';
  /** Completes "<name> ..." in the refusal. */
  reason: string;
}

type Reasons = Record<string, RefusalReason>;

const unsafe = (reason: string): RefusalReason => ({ kind: 'unsafe', reason });
const unavailable = (reason: string): RefusalReason => ({
  kind: 'unavailable',
  reason,
});

const NOT_IN_DEBIAN_MATERIAL =
  "is a plugin of Material for MkDocs 9; Debian's mkdocs-material 8.2 ships the theme alone, so it is not installed on this portal";

const MARKDOWN_EXTENSIONS: Reasons = {
  'pymdownx.snippets': unsafe(
    "copies files of the build machine into the page: Debian's pymdownx 9.5 has no restrict_base_path, so an absolute path or ../ reaches any file, /proc/self/environ (the backend's secrets) included",
  ),
  'pymdownx.b64': unsafe(
    'reads image files of the build machine, absolute paths included, into the page',
  ),
  markdown_include: unsafe(
    'copies files named in the page, at any path, into it',
  ),
  'markdown_include.include': unsafe(
    'copies files named in the page, at any path, into it',
  ),
  mdx_include: unsafe(
    'copies files and URLs named in the page into it, reaching the network',
  ),
  markdown_inline_graphviz: unsafe(
    'runs Graphviz programs (dot, neato...) on the build machine',
  ),
  plantuml_markdown: unsafe(
    'runs PlantUML on the build machine (its !include reads files) or sends the diagrams to a PlantUML server',
  ),
  mkpatcher: unsafe(
    'runs Python scripts from the repository or from mkdocs.yml itself',
  ),
  mdx_truly_sane_lists: unavailable(
    'is not installed on this portal; sane_lists is',
  ),
};

const PLUGINS: Reasons = {
  // Reached only when the portal could not leave the entry out of the
  // build copy (dropTechdocsCore): an anchored, aliased or tagged plugin
  // list or entry, a mapping of plugins.
  'techdocs-core': unavailable(
    "is not installed on this portal (Debian's mkdocs has the search plugin only), and would turn on pymdownx.snippets, plantuml_markdown and markdown_inline_graphviz whatever markdown_extensions says; the portal leaves it out of the build when it is an item of the plugins list (a name, or a name with its settings) without anchors, aliases or tags, and cannot here; write it that way, or set theme: material and list the Markdown extensions you use instead",
  ),
  macros: unsafe(
    'runs Python modules from the repository and renders the pages as Jinja templates',
  ),
  'mkdocs-simple-hooks': unsafe('runs Python functions from the repository'),
  'gen-files': unsafe('runs Python scripts from the repository'),
  mkdocstrings: unsafe(
    "loads the project's Python code to document it (its handlers can import and run it)",
  ),
  'include-markdown': unsafe(
    'copies files named in the pages, at any path, and URLs into them',
  ),
  monorepo: unsafe(
    'merges in other mkdocs.yml files (!include) that this check does not read',
  ),
  multirepo: unsafe('clones other repositories during the build'),
  plantuml: unsafe('runs PlantUML or sends the diagrams to a PlantUML server'),
  build_plantuml: unsafe(
    'runs PlantUML or sends the diagrams to a PlantUML server',
  ),
  'git-revision-date': unsafe('runs git on the build machine'),
  'git-revision-date-localized': unsafe('runs git on the build machine'),
  'git-committers': unsafe(
    'runs git and calls the GitHub API during the build',
  ),
  blog: unavailable(NOT_IN_DEBIAN_MATERIAL),
  group: unavailable(NOT_IN_DEBIAN_MATERIAL),
  info: unavailable(NOT_IN_DEBIAN_MATERIAL),
  meta: unavailable(NOT_IN_DEBIAN_MATERIAL),
  offline: unavailable(NOT_IN_DEBIAN_MATERIAL),
  optimize: unavailable(NOT_IN_DEBIAN_MATERIAL),
  privacy: unavailable(NOT_IN_DEBIAN_MATERIAL),
  projects: unavailable(NOT_IN_DEBIAN_MATERIAL),
  social: unavailable(NOT_IN_DEBIAN_MATERIAL),
  tags: unavailable(NOT_IN_DEBIAN_MATERIAL),
  typeset: unavailable(NOT_IN_DEBIAN_MATERIAL),
};

const BACKSTAGE_REFUSES_PYTHON_NAMES =
  "Backstage's generator (techdocs-node 2.0) refuses every !!python/name tag but materialx.emoji.twemoji";
const MATERIAL_EMOJI = unavailable(
  `is not installed on this portal (Debian's mkdocs-material is the theme alone) and ${BACKSTAGE_REFUSES_PYTHON_NAMES}; leave emoji_index and emoji_generator out, pymdownx.emoji's own defaults need no Python name`,
);

const PYTHON_NAMES: Reasons = {
  'material.extensions.emoji.twemoji': MATERIAL_EMOJI,
  'material.extensions.emoji.to_svg': MATERIAL_EMOJI,
  'materialx.emoji.twemoji': MATERIAL_EMOJI,
  'materialx.emoji.to_svg': MATERIAL_EMOJI,
  'pymdownx.superfences.fence_code_format': unavailable(
    `is harmless, but ${BACKSTAGE_REFUSES_PYTHON_NAMES}; leave the custom fence out (a mermaid block then shows as code)`,
  ),
  'markdown_exec.formatter': unsafe('runs the code blocks of the page'),
  'markdown_exec.validator': unsafe('runs the code blocks of the page'),
};

/**
 * Python-Markdown loads `markdown.extensions.toc` and `toc`, or
 * `pymdownx.snippets:SnippetExtension` and `pymdownx.snippets`, from the
 * same module: one reason covers every spelling.
 */
function extensionModule(name: string): string {
  return name.replace(/:.*$/, '').replace(/^markdown\.extensions\./, '');
}

export function markdownExtensionReason(
  name: string,
): RefusalReason | undefined {
  const module = extensionModule(name);
  if (module.startsWith('pymdownx.blocks.')) {
    return unavailable(
      "is not installed on this portal: Debian bookworm's python3-pymdownx is 9.5, and pymdownx.blocks came with 10.0",
    );
  }
  return MARKDOWN_EXTENSIONS[module];
}

export function pluginReason(name: string): RefusalReason | undefined {
  if (name.startsWith('material/')) {
    return unavailable(NOT_IN_DEBIAN_MATERIAL);
  }
  return PLUGINS[name];
}

export function pythonNameReason(name: string): RefusalReason | undefined {
  if (PYTHON_NAMES[name]) {
    return PYTHON_NAMES[name];
  }
  return name.startsWith('pymdownx.')
    ? unavailable(`is harmless, but ${BACKSTAGE_REFUSES_PYTHON_NAMES}`)
    : undefined;
}

/**
 * Allowlisted names known to read files, run programs or reach the
 * network: configuration may allow them, but the backend says so at
 * startup.
 */
export function unsafeAllowedNames(
  policy: MkdocsPolicy,
): Array<{ name: string; reason: string }> {
  const unsafeOnes = (
    names: ReadonlySet<string>,
    reasonOf: (name: string) => RefusalReason | undefined,
  ) =>
    [...names].flatMap(name => {
      const known = reasonOf(name);
      return known?.kind === 'unsafe' ? [{ name, reason: known.reason }] : [];
    });
  return [
    ...unsafeOnes(policy.allowedPlugins, pluginReason),
    ...unsafeOnes(policy.allowedMarkdownExtensions, markdownExtensionReason),
    ...unsafeOnes(policy.allowedPythonNames, pythonNameReason),
  ];
}
