import fs from 'node:fs/promises';
import { InputError } from '@backstage/errors';
import { dropTechdocsCore, TECHDOCS_CORE } from './dropTechdocsCore';
import { findUnsafeSettings } from './findUnsafeSettings';
import { CONFIG_PREFIX, MkdocsPolicy } from './mkdocsPolicy';
import { parseMkdocsYml, UnreadableMkdocsYml } from './parseMkdocsYml';
import { resolveEnvTags } from './resolveEnvTags';

/**
 * A site refused before mkdocs read its configuration; the message lists
 * every reason: something that could run code, read files or the
 * environment on the backend, or that this portal cannot build.
 */
export class UnsafeMkdocsConfigError extends InputError {
  readonly problems: string[];

  constructor(problems: string[]) {
    super(
      `TechDocs refused to build this site because of its mkdocs.yml:\n${problems
        .map(problem => `- ${problem}`)
        .join('\n')}`,
    );
    this.problems = problems;
  }
}

function sizeProblem(bytes: number, policy: MkdocsPolicy) {
  return bytes > policy.maxMkdocsYmlBytes
    ? `mkdocs.yml is ${bytes} bytes, more than ${CONFIG_PREFIX}.maxMkdocsYmlBytes (${policy.maxMkdocsYmlBytes})`
    : undefined;
}

/**
 * The portal leaves techdocs-core out of the build copy (dropTechdocsCore)
 * unless the policy allows the plugin.
 */
function withoutTechdocsCore(text: string, policy: MkdocsPolicy) {
  return policy.allowedPlugins.has(TECHDOCS_CORE)
    ? { text, dropped: false, themeAdded: false }
    : dropTechdocsCore(text);
}

/** Said of a site whose techdocs-core entry the portal left out. */
function techdocsCoreNote(themeAdded: boolean) {
  return `plugins: "${TECHDOCS_CORE}" is not installed on this portal and is left out of the build; the site is built with ${
    themeAdded ? 'the Material theme (theme: material added)' : 'its own theme'
  } and the Markdown extensions its markdown_extensions lists, not techdocs-core's own set`;
}

/**
 * Every reason to refuse this mkdocs.yml text, one sentence each naming the
 * key at fault; empty when the portal may build it. Every `!ENV` is a
 * reason: build from prepareMkdocsYml's text to have them resolved. A
 * `techdocs-core` entry the portal leaves out of the build is not a
 * reason (prepareMkdocsYml's notes say so); one written in a shape it
 * cannot leave out is.
 */
export function checkMkdocsYml(text: string, policy: MkdocsPolicy): string[] {
  const tooBig = sizeProblem(Buffer.byteLength(text, 'utf8'), policy);
  if (tooBig) {
    return [tooBig];
  }
  try {
    const { settings, tags } = parseMkdocsYml(
      withoutTechdocsCore(text, policy).text,
    );
    return findUnsafeSettings(settings, tags, policy);
  } catch (error) {
    if (error instanceof UnreadableMkdocsYml) {
      return [error.message];
    }
    throw error;
  }
}

/**
 * The mkdocs.yml text to build instead of this one, every reason to refuse
 * it, and notes on what was changed that the site's owners should know:
 * `!ENV` tags are resolved as if their variables were unset
 * (resolveEnvTags) and a `techdocs-core` entry is left out
 * (dropTechdocsCore), then the result is checked, so the text checked is
 * the text built.
 */
export function prepareMkdocsYml(
  text: string,
  policy: MkdocsPolicy,
): { text: string; problems: string[]; notes: string[] } {
  const tooBig = sizeProblem(Buffer.byteLength(text, 'utf8'), policy);
  if (tooBig) {
    return { text, problems: [tooBig], notes: [] };
  }
  const prepared = withoutTechdocsCore(resolveEnvTags(text), policy);
  const problems = checkMkdocsYml(prepared.text, policy);
  return {
    text: prepared.text,
    problems,
    notes:
      prepared.dropped && problems.length === 0
        ? [techdocsCoreNote(prepared.themeAdded)]
        : [],
  };
}

/**
 * Prepares the mkdocs.yml the generator is about to build with, in place
 * (prepareMkdocsYml), and throws UnsafeMkdocsConfigError when it must not
 * be built; returns prepareMkdocsYml's notes. The size is checked before reading, and a symbolic link is
 * refused: it could stand for a file outside the site that this check was
 * never meant to judge.
 */
export async function prepareMkdocsYmlFile(
  file: string,
  policy: MkdocsPolicy,
): Promise<string[]> {
  const stat = await fs.lstat(file);
  if (stat.isSymbolicLink()) {
    throw new UnsafeMkdocsConfigError([
      'mkdocs.yml is a symbolic link; give the site a real file',
    ]);
  }
  const tooBig = sizeProblem(stat.size, policy);
  if (tooBig) {
    throw new UnsafeMkdocsConfigError([tooBig]);
  }
  const original = await fs.readFile(file, 'utf8');
  const { text, problems, notes } = prepareMkdocsYml(original, policy);
  if (problems.length > 0) {
    throw new UnsafeMkdocsConfigError(problems);
  }
  if (text !== original) {
    await fs.writeFile(file, text, 'utf8');
  }
  return notes;
}
