import fs from 'node:fs/promises';
import path from 'node:path';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import request from 'supertest';
import { parse } from 'yaml';
import scaffolderPlugin from '@backstage/plugin-scaffolder-backend';
import scaffolderModuleGithub from '@backstage/plugin-scaffolder-backend-module-github';
import scaffolderModuleLocalplus from '@localplus/plugin-scaffolder-backend-module-localplus';
import { catalogEntities } from '@localplus/plugin-scaffolder-backend-module-localplus/testUtils';

/**
 * A scaffolder backend with the LOCAL-PLUS module and a catalog holding the
 * entities the golden-path template looks up, for driving the template
 * through the scaffolder's real dry-run API.
 */

export const templateDir = path.resolve(
  __dirname,
  '../../../../../templates/svc-python',
);

export async function startGoldenPathBackend(
  extraConfig: Record<string, unknown> = {},
) {
  const backend = await startTestBackend({
    features: [
      scaffolderPlugin,
      scaffolderModuleGithub,
      scaffolderModuleLocalplus,
      catalogServiceMock.factory({ entities: catalogEntities }),
      mockServices.rootConfig.factory({
        data: {
          backend: { baseUrl: 'http://localhost:7007' },
          integrations: { github: [{ host: 'github.com' }] },
          localplus: {
            scaffolder: {
              contractsRepository:
                'github.com?owner=localplus&repo=contracts-proto',
            },
          },
          ...extraConfig,
        },
      }),
    ],
  });
  return backend;
}

/** The template entity and every file beside it, as the dry-run API takes them. */
export async function loadTemplate() {
  const template = parse(
    await fs.readFile(path.join(templateDir, 'template.yaml'), 'utf8'),
  );
  const directoryContents: Array<{ path: string; base64Content: string }> = [];
  async function walk(dir: string) {
    for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        await walk(full);
      } else {
        directoryContents.push({
          path: path.relative(templateDir, full),
          base64Content: (await fs.readFile(full)).toString('base64'),
        });
      }
    }
  }
  await walk(path.join(templateDir, 'skeleton'));
  return { template, directoryContents };
}

export interface DryRunResult {
  status: number;
  body: {
    log?: Array<{
      body: { message: string; stepId?: string; status?: string };
    }>;
    directoryContents?: Array<{
      path: string;
      base64Content: string;
      executable?: boolean;
    }>;
    output?: Record<string, unknown>;
    steps?: Array<{ id: string; name: string }>;
    errors?: unknown;
    error?: { name?: string; message: string };
  };
}

export async function dryRunGoldenPath(
  server: Parameters<typeof request>[0],
  values: Record<string, unknown>,
  options: { withoutFormSchema?: boolean } = {},
): Promise<DryRunResult> {
  const { template, directoryContents } = await loadTemplate();
  if (options.withoutFormSchema) {
    // As a script calling the API directly might: only the server-side step checks the values.
    template.spec.parameters = [];
  }
  const response = await request(server)
    .post('/api/scaffolder/v2/dry-run')
    .set('Authorization', mockCredentials.user.header())
    .send({ template, values, secrets: {}, directoryContents });
  return { status: response.status, body: response.body };
}

/** A dry-run that must succeed: anything but 200 fails the caller with the scaffolder's own error. */
export async function dryRunGoldenPathOrFail(
  server: Parameters<typeof request>[0],
  values: Record<string, unknown>,
): Promise<DryRunResult> {
  const result = await dryRunGoldenPath(server, values);
  if (result.status !== 200) {
    throw new Error(
      `dry-run answered ${result.status}: ${JSON.stringify(
        result.body.error ?? result.body.errors,
      )}`,
    );
  }
  return result;
}

/** Writes the dry-run's generated files to `dir`, refusing any path that leaves it. */
export async function writeGeneratedFiles(result: DryRunResult, dir: string) {
  for (const file of result.body.directoryContents ?? []) {
    const target = path.resolve(dir, file.path);
    if (!target.startsWith(`${path.resolve(dir)}${path.sep}`)) {
      throw new Error(
        `dry-run returned a path outside the output folder: ${file.path}`,
      );
    }
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.writeFile(target, Buffer.from(file.base64Content, 'base64'), {
      mode: file.executable ? 0o755 : 0o644,
    });
  }
}

/** The dry-run log as plain lines, for asserting which steps ran or were skipped. */
export function logLines(result: DryRunResult): string[] {
  return (result.body.log ?? []).map(entry => entry.body.message);
}
