import { ConfigReader } from '@backstage/config';
import { ScmIntegrations } from '@backstage/integration';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { createCapturingLogger } from './capturingLogger';

/** Integrations with one github.com entry, with or without a token. */
export function githubIntegrations(token?: string) {
  return ScmIntegrations.fromConfig(
    new ConfigReader({
      integrations: {
        github: [{ host: 'github.com', ...(token && { token }) }],
      },
    }),
  );
}

/**
 * An action context over a real workspace directory, whose log lines are
 * kept. The input is deliberately untyped: tests feed actions values their
 * schema forbids.
 */
export function createTestContext(input: object, workspacePath: string) {
  const { logger, lines } = createCapturingLogger();
  const ctx = createMockActionContext({
    input: input as any,
    logger,
    workspacePath,
  });
  return { ctx, lines };
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
