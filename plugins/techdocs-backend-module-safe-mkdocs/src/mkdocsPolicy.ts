import type { Config } from '@backstage/config';

/** What a site's mkdocs.yml may name. Everything else that runs code is refused. */
export interface MkdocsPolicy {
  allowedPlugins: ReadonlySet<string>;
  allowedMarkdownExtensions: ReadonlySet<string>;
  /** Dotted Python names allowed after `!!python/name:`. */
  allowedPythonNames: ReadonlySet<string>;
  maxMkdocsYmlBytes: number;
}

export const CONFIG_PREFIX = 'localplus.techdocs';

/**
 * mkdocs' own search plugin, the only plugin Debian's mkdocs installs.
 * `techdocs-core` is not installed on the portal (the generator runs with
 * `omitTechdocsCorePlugin`), and would turn on Markdown extensions that
 * read files and run programs whatever this policy says: see
 * refusalReasons.ts.
 */
export const DEFAULT_ALLOWED_PLUGINS = ['search'];

/**
 * Every extension of Python-Markdown 3.4 and pymdownx 9.5 (the Debian
 * packages of the portal's image) that only turns Markdown into HTML:
 * none reads a file, runs a program or reaches the network while the site
 * is built. Options that name Python functions (custom fences, slugify,
 * emoji generators) are judged apart, by `allowedPythonNames`. Left out:
 * `pymdownx.snippets` and `pymdownx.b64`, which read files of the build
 * machine (refusalReasons.ts).
 */
export const DEFAULT_ALLOWED_MARKDOWN_EXTENSIONS = [
  // Python-Markdown: block syntax.
  'abbr', // <abbr> for terms defined on the page
  'admonition', // !!! note blocks
  'def_list', // definition lists
  'fenced_code', // ``` code blocks
  'footnotes', // [^1] footnotes
  'md_in_html', // Markdown inside HTML blocks marked markdown="1"
  'sane_lists', // lists that do not merge ordered and unordered items
  'tables', // pipe tables
  'toc', // heading ids, permalinks and the [TOC] marker
  // Python-Markdown: inline syntax and metadata.
  'attr_list', // {: .class #id } attributes
  'codehilite', // highlights code with Pygments (a library call, no program)
  'extra', // abbr, attr_list, def_list, fenced_code, footnotes, md_in_html, tables at once
  'legacy_attrs', // the old {@id=x} attributes
  'legacy_em', // the old underscore emphasis rules
  'meta', // reads a page's own front matter into page.meta
  'nl2br', // a newline in a paragraph becomes <br>
  'smarty', // typographic quotes and dashes
  'wikilinks', // [[Page]] becomes a link to /Page/
  // pymdownx: block syntax.
  'pymdownx.arithmatex', // wraps $...$ for MathJax or KaTeX in the browser
  'pymdownx.details', // ??? collapsible blocks
  'pymdownx.highlight', // Pygments settings for the code extensions
  'pymdownx.progressbar', // [=50%] bars as HTML
  'pymdownx.saneheaders', // "#Title" without a space is not a heading
  'pymdownx.superfences', // nested fences; custom fences name Python, judged apart
  'pymdownx.tabbed', // === "Tab" blocks
  'pymdownx.tasklist', // - [x] checkboxes
  // pymdownx: inline syntax.
  'pymdownx.betterem', // smarter * and _ emphasis
  'pymdownx.caret', // ^^insert^^ and ^superscript^
  'pymdownx.critic', // {++ ++} review marks
  'pymdownx.emoji', // :smile: shortcodes to markup (its own index, no file read)
  'pymdownx.escapeall', // a backslash escapes any character
  'pymdownx.extra', // pymdownx's version of extra, from the pure extensions above
  'pymdownx.inlinehilite', // `#!python code` highlighted inline
  'pymdownx.keys', // ++ctrl+c++ as <kbd>
  'pymdownx.magiclink', // bare URLs and repository shorthands become links (text only, no request)
  'pymdownx.mark', // ==highlight==
  'pymdownx.pathconverter', // rewrites relative paths in the HTML (strings only, no file read)
  'pymdownx.smartsymbols', // (c), -->, 1/2 as symbols
  'pymdownx.striphtml', // strips comments and attributes from the HTML
  'pymdownx.tilde', // ~~delete~~ and ~subscript~
];

/**
 * None: Backstage's generator (techdocs-node 2.0) refuses every
 * `!!python/name` but `materialx.emoji.twemoji`, which Debian's
 * mkdocs-material does not install, so a site naming any Python function
 * cannot be built on this portal. refusalReasons.ts says so for the names
 * real sites use (Material's emoji functions, Mermaid's custom fence).
 * Add names here if the image and Backstage's check come to accept them.
 */
export const DEFAULT_ALLOWED_PYTHON_NAMES: string[] = [];

export const DEFAULT_MAX_MKDOCS_YML_BYTES = 256 * 1024;
const MAX_MKDOCS_YML_BYTES_LIMIT = 4 * 1024 * 1024;

const PLUGIN_NAME = /^[A-Za-z0-9_][A-Za-z0-9_./-]*$/;
const EXTENSION_NAME = /^[A-Za-z_][A-Za-z0-9_.]*(:[A-Za-z_][A-Za-z0-9_]*)?$/;
const PYTHON_NAME = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)+$/;

function readNames(
  config: Config,
  key: string,
  pattern: RegExp,
  fallback: string[],
): ReadonlySet<string> {
  const names = config.getOptionalStringArray(`${CONFIG_PREFIX}.${key}`);
  if (names === undefined) {
    return new Set(fallback);
  }
  for (const [index, name] of names.entries()) {
    if (!pattern.test(name)) {
      throw new Error(
        `${CONFIG_PREFIX}.${key}[${index}] must match ${pattern}, got "${name}"`,
      );
    }
  }
  return new Set(names);
}

/** Reads `localplus.techdocs.*`, failing startup with the key at fault. */
export function readMkdocsPolicy(config: Config): MkdocsPolicy {
  const maxKey = `${CONFIG_PREFIX}.maxMkdocsYmlBytes`;
  const maxMkdocsYmlBytes =
    config.getOptionalNumber(maxKey) ?? DEFAULT_MAX_MKDOCS_YML_BYTES;
  if (
    !Number.isInteger(maxMkdocsYmlBytes) ||
    maxMkdocsYmlBytes < 1 ||
    maxMkdocsYmlBytes > MAX_MKDOCS_YML_BYTES_LIMIT
  ) {
    throw new Error(
      `${maxKey} must be a whole number of bytes from 1 to ${MAX_MKDOCS_YML_BYTES_LIMIT}, got ${maxMkdocsYmlBytes}`,
    );
  }
  return {
    allowedPlugins: readNames(
      config,
      'allowedPlugins',
      PLUGIN_NAME,
      DEFAULT_ALLOWED_PLUGINS,
    ),
    allowedMarkdownExtensions: readNames(
      config,
      'allowedMarkdownExtensions',
      EXTENSION_NAME,
      DEFAULT_ALLOWED_MARKDOWN_EXTENSIONS,
    ),
    allowedPythonNames: readNames(
      config,
      'allowedPythonNames',
      PYTHON_NAME,
      DEFAULT_ALLOWED_PYTHON_NAMES,
    ),
    maxMkdocsYmlBytes,
  };
}
