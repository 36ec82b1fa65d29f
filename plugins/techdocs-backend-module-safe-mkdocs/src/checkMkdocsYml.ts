import fs from 'node:fs/promises';
import { InputError } from '@backstage/errors';
import { findUnsafeSettings } from './findUnsafeSettings';
import { CONFIG_PREFIX, MkdocsPolicy } from './mkdocsPolicy';
import { parseMkdocsYml, UnreadableMkdocsYml } from './parseMkdocsYml';

/** A site refused before mkdocs read its configuration; the message lists every reason. */
export class UnsafeMkdocsConfigError extends InputError {
  readonly problems: string[];

  constructor(problems: string[]) {
    super(
      `TechDocs refused to build this site: its mkdocs.yml could run code from the repository.\n${problems
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
 * key at fault; empty when mkdocs may read it.
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
 * Reads the mkdocs.yml the generator is about to build with and throws
 * UnsafeMkdocsConfigError when it must not be built. The size is checked
 * before reading, and a symbolic link is refused: it could stand for a
 * file outside the site that this check was never meant to judge.
 */
export async function assertSafeMkdocsYmlFile(
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
  const problems = checkMkdocsYml(await fs.readFile(file, 'utf8'), policy);
  if (problems.length > 0) {
    throw new UnsafeMkdocsConfigError(problems);
  }
}
