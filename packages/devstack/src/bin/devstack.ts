/*
 * Starts the dev stack in the foreground:
 *   yarn workspace @localplus/devstack start
 * Stops cleanly on SIGINT (Ctrl-C) and SIGTERM.
 */
import { devstackConfigFromEnv, startDevstack } from '../startDevstack';

function print(line: string): void {
  process.stdout.write(`${line}\n`);
}

async function main(): Promise<void> {
  const devstack = await startDevstack(devstackConfigFromEnv(process.env));
  devstack.describe().forEach(print);

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      return;
    }
    stopping = true;
    print(`devstack: ${signal} received, stopping`);
    devstack.close().then(
      () => process.exit(0),
      error => {
        process.stderr.write(`devstack: error while stopping: ${error}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch(error => {
  process.stderr.write(
    `devstack: ${error instanceof Error ? error.message : error}\n`,
  );
  process.exit(1);
});
