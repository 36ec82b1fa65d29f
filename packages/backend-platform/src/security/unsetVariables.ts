import fs from 'node:fs';

/** `${NAME}` without a `:-default`; `$${NAME}` is an escape, not a read. */
const REQUIRED_VARIABLE = /(?<!\$)\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/** The files given with `--config FILE` or `--config=FILE`. */
export function configFilesOf(argv: string[]): string[] {
  const files: string[] = [];
  argv.forEach((arg, index) => {
    if (arg === '--config' && argv[index + 1]) files.push(argv[index + 1]);
    else if (arg.startsWith('--config=')) files.push(arg.slice(9));
  });
  return files;
}

/**
 * In production, each environment variable a configuration file reads
 * without a default and that is not set: Backstage then drops the key, and
 * the value of an earlier file (the development one) silently stays.
 */
export function findUnsetVariables(
  configFiles: string[],
  env: Record<string, string | undefined>,
): string[] {
  const unset = new Map<string, string>();
  for (const file of configFiles) {
    if (/^https?:\/\//.test(file)) continue;
    const text = fs.readFileSync(file, 'utf8');
    for (const [, name] of text.matchAll(REQUIRED_VARIABLE)) {
      if (env[name] === undefined && !unset.has(name)) {
        unset.set(name, file.split(/[\\/]/).pop() ?? file);
      }
    }
  }
  return [...unset].map(
    ([name, file]) => `${name} is not set (${file} reads it)`,
  );
}
