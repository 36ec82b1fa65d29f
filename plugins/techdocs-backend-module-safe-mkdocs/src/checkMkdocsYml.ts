import fs from 'node:fs/promises';
import { InputError } from '@backstage/errors';
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
 * Every reason to refuse this mkdocs.yml text, one sentence each naming the
 * key at fault; empty when mkdocs may read it as it is. Every `!ENV` is a
 * reason: build from prepareMkdocsYml's text to have them resolved.
 */
export function checkMkdocsYml(text: string, policy: MkdocsPolicy): string[] {
  const tooBig = sizeProblem(Buffer.byteLength(text, 'utf8'), policy);
  if (tooBig) {
    return [tooBig];
  }
  try {
    const { settings, tags } = parseMkdocsYml(text);
    return findUnsafeSettings(settings, tags, policy);
  } catch (error) {
    if (error instanceof UnreadableMkdocsYml) {
      return [error.message];
    }
    throw error;
  }
}

/**
 * The mkdocs.yml text to build instead of this one, and every reason to
 * refuse it: `!ENV` tags are resolved as if their variables were unset
 * (resolveEnvTags), then the result is checked, so the text checked is
 * the text built.
 */
export function prepareMkdocsYml(
  text: string,
  policy: MkdocsPolicy,
): { text: string; problems: string[] } {
  const tooBig = sizeProblem(Buffer.byteLength(text, 'utf8'), policy);
  if (tooBig) {
    return { text, problems: [tooBig] };
  }
  const resolved = resolveEnvTags(text);
  return { text: resolved, problems: checkMkdocsYml(resolved, policy) };
}

/**
 * Prepares the mkdocs.yml the generator is about to build with, in place
 * (prepareMkdocsYml), and throws UnsafeMkdocsConfigError when it must not
 * be built. The size is checked before reading, and a symbolic link is
 * refused: it could stand for a file outside the site that this check was
 * never meant to judge.
 */
export async function prepareMkdocsYmlFile(
  file: string,
  policy: MkdocsPolicy,
): Promise<void> {
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
  const { text, problems } = prepareMkdocsYml(original, policy);
  if (problems.length > 0) {
    throw new UnsafeMkdocsConfigError(problems);
  }
  if (text !== original) {
    await fs.writeFile(file, text, 'utf8');
  }
}
