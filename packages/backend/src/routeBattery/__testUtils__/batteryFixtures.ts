import fs from 'node:fs/promises';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { BatteryFixtures, Caller, THROWAWAY_OWNER } from './routeTable';

/** The fixtures, and how to clean up after them. */
export interface PreparedFixtures extends BatteryFixtures {
  remove(): Promise<void>;
}

/** A template with one harmless step, registered with the throwaways. */
export const BATTERY_TEMPLATE_REF = 'template:default/route-battery-template';

function throwawayName(caller: Caller) {
  return `route-battery-unregister-${caller}`;
}

function catalogFile(callers: Caller[]): string {
  const components = callers.map(caller => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: throwawayName(caller) },
    spec: {
      type: 'service',
      lifecycle: 'experimental',
      owner: THROWAWAY_OWNER,
    },
  }));
  const template = {
    apiVersion: 'scaffolder.backstage.io/v1beta3',
    kind: 'Template',
    metadata: { name: 'route-battery-template' },
    spec: {
      owner: THROWAWAY_OWNER,
      type: 'service',
      parameters: [],
      steps: [
        {
          id: 'log',
          name: 'Log',
          action: 'debug:log',
          input: { message: 'route battery' },
        },
      ],
    },
  };
  // JSON is YAML: one document per line.
  return [...components, template]
    .map(doc => `---\n${JSON.stringify(doc)}`)
    .join('\n');
}

async function api(
  server: Server,
  token: string,
  method: string,
  url: string,
  body?: unknown,
) {
  const port = (server.address() as { port: number }).port;
  const response = await fetch(`http://localhost:${port}${url}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  if (!response.ok) {
    throw new Error(`${method} ${url} answered ${response.status}: ${text}`);
  }
  return text ? JSON.parse(text) : undefined;
}

async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  timeoutMs = 60_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise(resolve => setTimeout(resolve, 300));
  }
}

/**
 * Registers the throwaway entities and template as a file location (as the
 * platform engineer), waits for the catalog to ingest them, and has the
 * developer run the template once.
 */
export async function prepareFixtures(options: {
  server: Server;
  callers: Caller[];
  adminToken: string;
  developerToken: string;
  entityRefs: string[];
}): Promise<PreparedFixtures> {
  const { server, callers, adminToken, developerToken } = options;
  const directory = await fs.mkdtemp(path.join(os.tmpdir(), 'route-battery-'));
  const file = path.join(directory, 'catalog-info.yaml');
  await fs.writeFile(file, catalogFile(callers));
  await api(server, adminToken, 'POST', '/api/catalog/locations', {
    type: 'file',
    target: file,
  });

  const uids = new Map<string, string>();
  const wanted = [
    ...options.entityRefs,
    ...callers.map(caller => `component:default/${throwawayName(caller)}`),
    BATTERY_TEMPLATE_REF,
  ];
  for (const ref of wanted) {
    const [kind, rest] = ref.split(':');
    const [namespace, name] = rest.split('/');
    const entity = await waitFor(`${ref} in the catalog`, async () =>
      api(
        server,
        adminToken,
        'GET',
        `/api/catalog/entities/by-name/${kind}/${namespace}/${name}`,
      ).catch(() => undefined),
    );
    uids.set(ref, entity.metadata.uid);
  }

  const { id: developerTaskId } = await api(
    server,
    developerToken,
    'POST',
    '/api/scaffolder/v2/tasks',
    { templateRef: BATTERY_TEMPLATE_REF, values: {} },
  );
  await waitFor('the developer template run to finish', async () => {
    const task = await api(
      server,
      developerToken,
      'GET',
      `/api/scaffolder/v2/tasks/${developerTaskId}`,
    );
    return ['completed', 'failed', 'cancelled'].includes(task.status)
      ? task
      : undefined;
  });

  const uidOf = (ref: string) => {
    const uid = uids.get(ref);
    if (!uid) throw new Error(`No fixture entity ${ref}`);
    return uid;
  };
  return {
    uidOf,
    throwawayUid: caller => uidOf(`component:default/${throwawayName(caller)}`),
    developerTaskId,
    directory,
    remove: () => fs.rm(directory, { recursive: true, force: true }),
  };
}
