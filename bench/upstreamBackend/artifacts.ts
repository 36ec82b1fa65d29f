/*
 * The two backends as their production artifacts, the way a pod starts
 * them: ours from the folder `scripts/image/stage.sh` lays out like the
 * image's /app (built bundle, production dependencies, the Dockerfile's
 * own Node flags), the stock one from its backend built with the Backstage
 * CLI (`dist/index.cjs.js`) in its workspace, run with plain `node` as a
 * stock create-app image does. Both read the repository's development
 * configuration from their backend package folder, as `yarn start` does,
 * so relative paths resolve alike.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Launch, repoRoot, Side, upstreamWorkspace } from './backendProcess';

const DOCKERFILE = path.join(repoRoot, 'packages', 'backend', 'Dockerfile');
const UPSTREAM_BACKEND = path.join(repoRoot, 'bench', 'upstream', 'backend');

/** The image's command, as the Dockerfile's CMD (exec form) holds it. */
export function imageCommand(dockerfile = DOCKERFILE): string[] {
  const cmd = fs
    .readFileSync(dockerfile, 'utf8')
    .split('\n')
    .filter(line => line.startsWith('CMD '))
    .pop();
  if (!cmd) {
    throw new Error(`${dockerfile} has no CMD`);
  }
  const command = JSON.parse(cmd.slice(4));
  if (!Array.isArray(command) || command[0] !== 'node') {
    throw new Error(`${dockerfile}: CMD is not ["node", ...]`);
  }
  return command;
}

/**
 * Node's arguments of the image command, before its configuration files,
 * with the paths it names (relative to the image root) made absolute.
 */
export function imageNodeArgs(imageRoot: string, command = imageCommand()) {
  const configAt = command.indexOf('--config');
  const args = command.slice(1, configAt === -1 ? undefined : configAt);
  return args.map(arg =>
    !arg.startsWith('-') && fs.existsSync(path.join(imageRoot, arg))
      ? path.join(imageRoot, arg)
      : arg,
  );
}

/**
 * The staged image folder: BENCH_STAGE_DIR when set (an earlier
 * `yarn stage:image <dir>`), otherwise staged now into the temporary folder
 * (minutes; the production install is cached in .cache/).
 */
export function ourImageFolder(log: (line: string) => void): string {
  const given = process.env.BENCH_STAGE_DIR;
  const folder = given ?? path.join(os.tmpdir(), 'localplus-bench-stage');
  if (!given) {
    log(`staging the image recipe into ${folder} (scripts/image/stage.sh)`);
    execFileSync(
      'bash',
      [path.join(repoRoot, 'scripts/image/stage.sh'), folder, '--skip-tsc'],
      { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] },
    );
  }
  if (!fs.existsSync(path.join(folder, 'packages/backend/dist/index.cjs.js'))) {
    throw new Error(`${folder} holds no staged image (packages/backend/dist)`);
  }
  return folder;
}

/**
 * Builds the stock backend with the Backstage CLI, as a stock image does,
 * and takes its `dist/index.cjs.js` out of the bundle.
 */
export function buildUpstreamBackend(): void {
  execFileSync(
    process.execPath,
    [require.resolve('@backstage/cli/bin/backstage-cli'), 'package', 'build'],
    { cwd: UPSTREAM_BACKEND, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const unpacked = fs.mkdtempSync(path.join(os.tmpdir(), 'upstream-bundle-'));
  try {
    execFileSync('tar', [
      'xzf',
      path.join(UPSTREAM_BACKEND, 'dist', 'bundle.tar.gz'),
      '-C',
      unpacked,
    ]);
    const built = path.join(
      unpacked,
      path.relative(repoRoot, UPSTREAM_BACKEND),
      'dist',
      'index.cjs.js',
    );
    fs.copyFileSync(built, path.join(UPSTREAM_BACKEND, 'dist', 'index.cjs.js'));
  } finally {
    fs.rmSync(unpacked, { recursive: true, force: true });
  }
}

/** How each side's artifact starts; buildUpstreamBackend() must have run. */
export function artifactLaunch(side: Side, imageRoot: string): Launch {
  if (side === 'ours') {
    return {
      cwd: path.join(imageRoot, 'packages', 'backend'),
      args: imageNodeArgs(imageRoot),
      baseConfig: path.join(imageRoot, 'app-config.yaml'),
    };
  }
  const workspace = upstreamWorkspace();
  const backend = path.join(workspace, 'packages', 'backend');
  return {
    cwd: backend,
    args: [path.join(backend, 'dist', 'index.cjs.js')],
    baseConfig: path.join(repoRoot, 'app-config.yaml'),
    cleanup: () => fs.rmSync(workspace, { recursive: true, force: true }),
  };
}
