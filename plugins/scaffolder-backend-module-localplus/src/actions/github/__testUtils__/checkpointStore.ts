import { ActionContext } from '@backstage/plugin-scaffolder-node';

type Checkpoint = ActionContext<{}>['checkpoint'];

/**
 * Checkpoints that survive between two runs of a handler, like the task
 * state the scaffolder keeps when a failed task is retried.
 */
export function createCheckpointStore() {
  const done = new Map<string, unknown>();
  const checkpoint: Checkpoint = async ({ key, fn }) => {
    if (!done.has(key)) {
      done.set(key, (await fn()) ?? {});
    }
    return done.get(key) as Awaited<ReturnType<typeof fn>>;
  };
  return { checkpoint, keys: () => [...done.keys()] };
}
