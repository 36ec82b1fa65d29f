import { ConfigReader } from '@backstage/config';
import { checkMkdocsYml } from './checkMkdocsYml';
import {
  DEFAULT_ALLOWED_MARKDOWN_EXTENSIONS,
  DEFAULT_ALLOWED_PLUGINS,
  readMkdocsPolicy,
} from './mkdocsPolicy';
import { runMkdocsPython } from './__testUtils__/mkdocsPython';

const defaults = readMkdocsPolicy(new ConfigReader({}));

function extensionProblems(name: string) {
  return checkMkdocsYml(`markdown_extensions:\n  - ${name}\n`, defaults);
}

/** Python that prints, for each extension, "ok" or the error loading it. */
function loadEach(extensions: string[]) {
  return `
import json, markdown
result = {}
for name in ${JSON.stringify(extensions)}:
    try:
        markdown.Markdown(extensions=[name]).convert("x")
        result[name] = "ok"
    except Exception as error:
        result[name] = type(error).__name__
print(json.dumps(result))
`;
}

describe('the default policy against the mkdocs.yml files teams write', () => {
  // Extensions of real TechDocs and Material sites (the README's corpus)
  // that only turn Markdown into HTML. Written out, not derived from the
  // defaults, so that dropping one from the defaults fails here.
  it.each([
    'md_in_html',
    'meta',
    'codehilite',
    'sane_lists',
    'smarty',
    'nl2br',
    'fenced_code',
    'extra',
    'pymdownx.arithmatex',
    'pymdownx.betterem',
    'pymdownx.caret',
    'pymdownx.critic',
    'pymdownx.escapeall',
    'pymdownx.extra',
    'pymdownx.keys',
    'pymdownx.magiclink',
    'pymdownx.mark',
    'pymdownx.pathconverter',
    'pymdownx.progressbar',
    'pymdownx.saneheaders',
    'pymdownx.smartsymbols',
    'pymdownx.tilde',
  ])('accepts %s', name => {
    expect(extensionProblems(name)).toEqual([]);
  });

  it.each([
    [
      'pymdownx.snippets',
      "copies files of the build machine into the page: Debian's pymdownx 9.5 has no restrict_base_path, so an absolute path or ../ reaches any file, /proc/self/environ (the backend's secrets) included",
    ],
    [
      'pymdownx.snippets:SnippetExtension',
      "copies files of the build machine into the page: Debian's pymdownx 9.5 has no restrict_base_path, so an absolute path or ../ reaches any file, /proc/self/environ (the backend's secrets) included",
    ],
    [
      'pymdownx.b64',
      'reads image files of the build machine, absolute paths included, into the page',
    ],
    [
      'markdown_inline_graphviz',
      'runs Graphviz programs (dot, neato...) on the build machine',
    ],
    [
      'plantuml_markdown',
      'runs PlantUML on the build machine (its !include reads files) or sends the diagrams to a PlantUML server',
    ],
    [
      'mdx_include',
      'copies files and URLs named in the page into it, reaching the network',
    ],
    [
      'markdown_include.include',
      'copies files named in the page, at any path, into it',
    ],
    [
      'mkpatcher',
      'runs Python scripts from the repository or from mkdocs.yml itself',
    ],
  ])('refuses %s, saying what it does', (name, reason) => {
    expect(extensionProblems(name)).toEqual([
      `markdown_extensions: extension "${name}" ${reason}; not allowed`,
    ]);
  });

  it.each([
    [
      'pymdownx.blocks.admonition',
      "is not installed on this portal: Debian bookworm's python3-pymdownx is 9.5, and pymdownx.blocks came with 10.0",
    ],
    ['mdx_truly_sane_lists', 'is not installed on this portal; sane_lists is'],
  ])('refuses %s, which the portal cannot build, saying so', (name, reason) => {
    expect(extensionProblems(name)).toEqual([
      `markdown_extensions: extension "${name}" ${reason}; not allowed`,
    ]);
  });

  it('leaves techdocs-core out of the build instead of refusing it', () => {
    expect(checkMkdocsYml('plugins: [techdocs-core]\n', defaults)).toEqual([]);
    expect(checkMkdocsYml('plugins: {techdocs-core: {}}\n', defaults)).toEqual([
      expect.stringMatching(
        /^plugins: plugin "techdocs-core" is not installed on this portal \(Debian's mkdocs has the search plugin only\), and would turn on pymdownx.snippets, plantuml_markdown and markdown_inline_graphviz whatever markdown_extensions says; the portal leaves it out/,
      ),
    ]);
  });

  it("refuses Material 9's own plugins, which Debian's theme does not ship", () => {
    expect(
      checkMkdocsYml('plugins: [search, tags, material/search]\n', defaults),
    ).toEqual([
      expect.stringMatching(
        /^plugins: plugin "tags" is a plugin of Material for MkDocs 9; Debian's mkdocs-material 8.2 ships the theme alone/,
      ),
      expect.stringMatching(/^plugins: plugin "material\/search" is a plugin/),
    ]);
  });

  it('refuses the Python names real sites use, saying why each cannot be built', () => {
    const site = `
markdown_extensions:
  - pymdownx.emoji:
      emoji_index: !!python/name:material.extensions.emoji.twemoji
      emoji_generator: !!python/name:materialx.emoji.to_svg
  - pymdownx.superfences:
      custom_fences:
        - name: mermaid
          class: mermaid
          format: !!python/name:pymdownx.superfences.fence_code_format
  - pymdownx.arithmatex:
      block_tag: !!python/name:pymdownx.arithmatex.fence_mathjax_format
`;
    expect(checkMkdocsYml(site, defaults)).toEqual([
      "markdown_extensions[0].pymdownx.emoji.emoji_index: !!python/name:material.extensions.emoji.twemoji is not installed on this portal (Debian's mkdocs-material is the theme alone) and Backstage's generator (techdocs-node 2.0) refuses every !!python/name tag but materialx.emoji.twemoji; leave emoji_index and emoji_generator out, pymdownx.emoji's own defaults need no Python name; not allowed",
      "markdown_extensions[0].pymdownx.emoji.emoji_generator: !!python/name:materialx.emoji.to_svg is not installed on this portal (Debian's mkdocs-material is the theme alone) and Backstage's generator (techdocs-node 2.0) refuses every !!python/name tag but materialx.emoji.twemoji; leave emoji_index and emoji_generator out, pymdownx.emoji's own defaults need no Python name; not allowed",
      "markdown_extensions[1].pymdownx.superfences.custom_fences[0].format: !!python/name:pymdownx.superfences.fence_code_format is harmless, but Backstage's generator (techdocs-node 2.0) refuses every !!python/name tag but materialx.emoji.twemoji; leave the custom fence out (a mermaid block then shows as code); not allowed",
      "markdown_extensions[2].pymdownx.arithmatex.block_tag: !!python/name:pymdownx.arithmatex.fence_mathjax_format is harmless, but Backstage's generator (techdocs-node 2.0) refuses every !!python/name tag but materialx.emoji.twemoji; not allowed",
    ]);
  });

  it('lets configuration allow a refused name: the allowlist decides, the reason only explains', () => {
    const policy = readMkdocsPolicy(
      new ConfigReader({
        localplus: {
          techdocs: {
            allowedPlugins: ['search', 'techdocs-core'],
            allowedMarkdownExtensions: [
              'pymdownx.snippets',
              'pymdownx.superfences',
            ],
            allowedPythonNames: ['pymdownx.superfences.fence_code_format'],
          },
        },
      }),
    );
    const site = `
plugins: [techdocs-core]
markdown_extensions:
  - pymdownx.snippets
  - pymdownx.superfences:
      custom_fences:
        - { name: mermaid, class: mermaid, format: !!python/name:pymdownx.superfences.fence_code_format }
`;
    expect(checkMkdocsYml(site, policy)).toEqual([]);
    // techdocs-core is left out of the build; the other two are refused.
    expect(checkMkdocsYml(site, defaults)).toHaveLength(2);
  });
});

describe("the default policy against the portal's image (Debian's mkdocs, run here)", () => {
  it('every allowed Markdown extension loads in the Python-Markdown that mkdocs runs', () => {
    const loaded = JSON.parse(
      runMkdocsPython(loadEach(DEFAULT_ALLOWED_MARKDOWN_EXTENSIONS)),
    );
    expect(
      Object.entries(loaded).filter(([, outcome]) => outcome !== 'ok'),
    ).toEqual([]);
  });

  it('the extensions refused as not installed do not load', () => {
    expect(
      JSON.parse(
        runMkdocsPython(
          loadEach(['pymdownx.blocks.admonition', 'mdx_truly_sane_lists']),
        ),
      ),
    ).toEqual({
      'pymdownx.blocks.admonition': 'ModuleNotFoundError',
      mdx_truly_sane_lists: 'ModuleNotFoundError',
    });
  });

  it('the allowed plugins are installed, and techdocs-core is not', () => {
    const installed: string[] = JSON.parse(
      runMkdocsPython(`
import json
from importlib.metadata import entry_points
print(json.dumps(sorted(e.name for e in entry_points(group="mkdocs.plugins"))))
`),
    );
    expect(installed).toEqual(expect.arrayContaining(DEFAULT_ALLOWED_PLUGINS));
    expect(installed).not.toContain('techdocs-core');
  });

  it("Material's emoji functions are not installed", () => {
    expect(
      runMkdocsPython(`
import importlib.util
for name in ["material.extensions.emoji", "materialx.emoji"]:
    try:
        print(name, importlib.util.find_spec(name) is not None)
    except ModuleNotFoundError:
        print(name, False)
`),
    ).toBe('material.extensions.emoji False\nmaterialx.emoji False\n');
  });
});
