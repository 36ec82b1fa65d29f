import { mockServices } from '@backstage/backend-test-utils';
import { ActionContext } from '@backstage/plugin-scaffolder-node';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { createCreateDecisionRecordAction } from '../actions/createCreateDecisionRecordAction';

type Checkpoint = ActionContext<{}>['checkpoint'];

/**
 * Checkpoints that survive between two runs of a handler, as the task state
 * the scaffolder keeps when a task is retried. A failed step stores nothing.
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

/** The action as the scaffolder plugin builds it, with mock discovery and auth. */
export function createTestAction() {
  return createCreateDecisionRecordAction({
    discovery: mockServices.discovery(),
    auth: mockServices.auth({ pluginId: 'scaffolder' }),
  });
}

/**
 * An action context; the input is deliberately untyped, as tests feed the
 * action values its schema forbids.
 */
export function createTestContext(
  input: object,
  checkpoint?: Checkpoint,
): ActionContext<any, any> {
  const ctx = createMockActionContext({ input: input as any });
  return checkpoint ? { ...ctx, checkpoint } : ctx;
}

/** Every value the action gave with ctx.output. */
export function outputsOf(ctx: ActionContext<any, any>) {
  return Object.fromEntries((ctx.output as jest.Mock).mock.calls);
}

/** The error a promise rejects with; fails the test if it resolves. */
export async function failureOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('Expected the action to fail, but it succeeded');
}
