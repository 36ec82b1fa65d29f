import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { parseAllDocuments } from 'yaml';

const run = promisify(execFile);

/** Checks on a generated repository with the real tools, for the harness. */

export async function kustomize(repoDir: string, overlay: string) {
  const { stdout } = await run(
    'kubectl',
    ['kustomize', path.join(repoDir, 'k8s/overlays', overlay)],
    {
      maxBuffer: 8 * 1024 * 1024,
    },
  );
  return parseAllDocuments(stdout).map(document => document.toJS());
}

/** `promtool check rules` on the PrometheusRule's spec (the rule-file format). */
export async function promtoolCheckRules(repoDir: string, workDir: string) {
  const [rule] = parseAllDocuments(
    await fs.readFile(
      path.join(repoDir, 'k8s/base/prometheusrule.yaml'),
      'utf8',
    ),
  ).map(document => document.toJS());
  const rulesFile = path.join(workDir, 'rules.yaml');
  await fs.writeFile(rulesFile, JSON.stringify(rule.spec));
  const { stdout } = await run('promtool', ['check', 'rules', rulesFile]);
  return { stdout, rule };
}

export async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const relative = path.posix.join(prefix, entry.name);
    if (entry.isDirectory()) {
      files.push(...(await listFiles(path.join(dir, entry.name), relative)));
    } else {
      files.push(relative);
    }
  }
  return files.sort();
}

/** How prometheus_client prints a histogram bucket bound (shared with the SLO writer). */
export { bucketLabel as prometheusBucketLabel } from '@localplus/plugin-slo-common';
