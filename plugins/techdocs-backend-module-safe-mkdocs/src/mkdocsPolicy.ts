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
 * What this repository's own sites use (catalog/, docs/, portal-docs/,
 * templates/), plus `techdocs-core`, which Backstage's generator adds itself
 * unless told not to.
 */
export const DEFAULT_ALLOWED_PLUGINS = ['search', 'techdocs-core'];

/**
 * The extensions this repository's sites use, plus pymdownx.emoji: the
 * emoji setup is the most common reason a real site names Python functions,
 * and the functions it needs are in DEFAULT_ALLOWED_PYTHON_NAMES.
 */
export const DEFAULT_ALLOWED_MARKDOWN_EXTENSIONS = [
  'abbr',
  'admonition',
  'attr_list',
  'def_list',
  'footnotes',
  'tables',
  'toc',
  'pymdownx.details',
  'pymdownx.emoji',
  'pymdownx.highlight',
  'pymdownx.inlinehilite',
  'pymdownx.superfences',
  'pymdownx.tabbed',
  'pymdownx.tasklist',
];

/**
 * The emoji index and SVG generator that Material's documentation tells
 * sites to name (`material.extensions.emoji` since Material 9.4,
 * `materialx.emoji` before): pure functions from a shortcode to markup.
 */
export const DEFAULT_ALLOWED_PYTHON_NAMES = [
  'material.extensions.emoji.twemoji',
  'material.extensions.emoji.to_svg',
  'materialx.emoji.twemoji',
  'materialx.emoji.to_svg',
];

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
