import { CONFIG_PREFIX, MkdocsPolicy } from './mkdocsPolicy';
import type { TaggedNode } from './parseMkdocsYml';
import {
  markdownExtensionReason,
  pluginReason,
  pythonNameReason,
  RefusalReason,
} from './refusalReasons';

type Mapping = Record<string, unknown>;

function isMapping(value: unknown): value is Mapping {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const CORE_TAG_PREFIX = 'tag:yaml.org,2002:';
/** Plain YAML types: PyYAML builds them without calling anything of a site's choosing. */
const CORE_TYPES = new Set([
  'str',
  'int',
  'float',
  'bool',
  'null',
  'seq',
  'map',
  'binary',
  'timestamp',
  'omap',
  'pairs',
  'set',
  'merge',
]);
const PYTHON_TAG_PREFIX = `${CORE_TAG_PREFIX}python/`;

/**
 * An `!ENV` left in the text: prepareMkdocsYml replaces the forms it can
 * resolve without the environment, so only the others reach a refusal on
 * the portal; checkMkdocsYml alone (a CI job) refuses every one.
 */
const ENV_TAG_PROBLEM =
  "!ENV would copy the build machine's environment variables (the backend's secrets among them) into the site; the portal builds `!ENV NAME` and `!ENV [NAME, ..., default]` with a plain default as if NAME were unset, and refuses other forms";

/** The refusal of a name outside its allowlist: what the name does when known. */
function notAllowed(
  subject: string,
  known: RefusalReason | undefined,
  allowlist: string,
) {
  return known
    ? `${subject} ${known.reason}; not allowed`
    : `${subject} is not in ${CONFIG_PREFIX}.${allowlist}`;
}

function shortTag(tag: string) {
  return tag.startsWith(CORE_TAG_PREFIX)
    ? `!!${tag.slice(CORE_TAG_PREFIX.length)}`
    : tag;
}

/** Why a tag is refused, or undefined when it is harmless. */
function tagProblem(
  { path, tag }: TaggedNode,
  policy: MkdocsPolicy,
): string | undefined {
  if (
    tag.startsWith(CORE_TAG_PREFIX) &&
    CORE_TYPES.has(tag.slice(CORE_TAG_PREFIX.length))
  ) {
    return undefined;
  }
  if (tag.startsWith(PYTHON_TAG_PREFIX)) {
    const [kind, ...rest] = tag.slice(PYTHON_TAG_PREFIX.length).split(':');
    const name = rest.join(':');
    if (kind === 'name') {
      if (policy.allowedPythonNames.has(name)) {
        return undefined;
      }
      const known = pythonNameReason(name);
      return known
        ? `${path}: ${shortTag(tag)} ${known.reason}; not allowed`
        : `${path}: ${shortTag(
            tag,
          )} names a Python object that is not in ${CONFIG_PREFIX}.allowedPythonNames`;
    }
    return `${path}: ${shortTag(
      tag,
    )} makes Python import, build or call something while mkdocs reads the file; never allowed`;
  }
  if (tag === '!ENV') {
    return `${path}: ${ENV_TAG_PROBLEM}`;
  }
  return `${path}: tag ${shortTag(
    tag,
  )} is not a plain YAML type and mkdocs would hand it to Python; not allowed`;
}

/**
 * `plugins:` and `markdown_extensions:` name Python packages that mkdocs
 * imports: a list of names or of one-key mappings (name: settings), or a
 * mapping of name to settings.
 */
function namedEntries(
  value: unknown,
  key: string,
  problems: string[],
): Array<{ name: string; settings: unknown; path: string }> {
  if (value === undefined || value === null) {
    return [];
  }
  if (isMapping(value)) {
    return Object.entries(value).map(([name, settings]) => ({
      name,
      settings,
      path: `${key}.${name}`,
    }));
  }
  if (!Array.isArray(value)) {
    problems.push(`${key}: expected a list of names, got ${typeof value}`);
    return [];
  }
  return value.flatMap((entry, index) => {
    if (typeof entry === 'string') {
      return [{ name: entry, settings: undefined, path: `${key}[${index}]` }];
    }
    if (isMapping(entry) && Object.keys(entry).length === 1) {
      const [[name, settings]] = Object.entries(entry);
      return [{ name, settings, path: `${key}[${index}].${name}` }];
    }
    problems.push(
      `${key}[${index}]: expected a name, or a mapping of one name to its settings`,
    );
    return [];
  });
}

function checkPlugins(
  value: unknown,
  key: string,
  policy: MkdocsPolicy,
  problems: string[],
) {
  for (const { name, settings, path } of namedEntries(value, key, problems)) {
    if (!policy.allowedPlugins.has(name)) {
      problems.push(
        `${key}: ${notAllowed(
          `plugin "${name}"`,
          pluginReason(name),
          'allowedPlugins',
        )}`,
      );
    } else if (isMapping(settings) && 'plugins' in settings) {
      // A plugin group (mkdocs-group-plugin) loads the plugins it lists.
      checkPlugins(settings.plugins, `${path}.plugins`, policy, problems);
    }
  }
}

function checkMarkdownExtensions(
  value: unknown,
  policy: MkdocsPolicy,
  problems: string[],
) {
  const key = 'markdown_extensions';
  for (const { name } of namedEntries(value, key, problems)) {
    if (!policy.allowedMarkdownExtensions.has(name)) {
      problems.push(
        `${key}: ${notAllowed(
          `extension "${name}"`,
          markdownExtensionReason(name),
          'allowedMarkdownExtensions',
        )}`,
      );
    }
  }
}

/**
 * The settings and tags of a parsed mkdocs.yml that would let its
 * repository run code in the backend (or read its environment), one
 * sentence each, naming the key at fault. Empty when the site is safe.
 */
export function findUnsafeSettings(
  settings: unknown,
  tags: TaggedNode[],
  policy: MkdocsPolicy,
): string[] {
  const problems = tags.flatMap(tag => tagProblem(tag, policy) ?? []);
  if (!isMapping(settings)) {
    problems.push('mkdocs.yml: expected a mapping of settings at the top');
    return problems;
  }
  if ('INHERIT' in settings) {
    problems.push(
      "INHERIT: pulls in another configuration file that this check does not see, and Backstage's generator drops the key (the site would lose the parent's settings); copy them into this file",
    );
  }
  if ('hooks' in settings) {
    problems.push(
      'hooks: mkdocs runs the Python files listed there; not allowed',
    );
  }
  if (isMapping(settings.theme) && 'custom_dir' in settings.theme) {
    problems.push(
      'theme.custom_dir: its templates are rendered by Jinja without a sandbox, which can run code; not allowed',
    );
  }
  if ('extra_templates' in settings) {
    problems.push(
      'extra_templates: rendered by Jinja without a sandbox, which can run code; not allowed',
    );
  }
  checkPlugins(settings.plugins, 'plugins', policy, problems);
  checkMarkdownExtensions(settings.markdown_extensions, policy, problems);
  return problems;
}
