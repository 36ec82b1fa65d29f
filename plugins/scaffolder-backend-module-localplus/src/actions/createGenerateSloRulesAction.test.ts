import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { parseOpenSloDocuments } from '@localplus/plugin-slo-common';
import { parse } from 'yaml';
import { createGenerateSloRulesAction } from './createGenerateSloRulesAction';

describe('localplus:slo:generate', () => {
  const action = createGenerateSloRulesAction();
  let workspace: string;

  beforeEach(async () => {
    workspace = await fs.mkdtemp(path.join(os.tmpdir(), 'slo-'));
  });
  afterEach(() => fs.rm(workspace, { recursive: true, force: true }));

  function run(input: {
    name: string;
    availabilityTarget: number;
    latencyP99Ms: number;
  }) {
    const ctx = createMockActionContext({ workspacePath: workspace, input });
    return action.handler(ctx).then(() => ctx);
  }

  it('writes OpenSLO documents and the PrometheusRule generated from them', async () => {
    const ctx = await run({
      name: 'svc-loyalty-tiers',
      availabilityTarget: 99.9,
      latencyP99Ms: 2000,
    });
    const text = await fs.readFile(
      path.join(workspace, 'slo/svc-loyalty-tiers.openslo.yaml'),
      'utf8',
    );
    const { documents, problems } = parseOpenSloDocuments(text);
    expect(problems).toEqual([]);
    expect(documents.map(d => `${d.kind}/${d.metadata.name}`)).toEqual([
      'Service/svc-loyalty-tiers',
      'SLO/svc-loyalty-tiers-availability',
      'SLO/svc-loyalty-tiers-latency',
    ]);
    // prometheus_client prints whole-second bounds with a decimal point.
    expect(text).toContain('le="2.0"');
    const rule = parse(
      await fs.readFile(
        path.join(workspace, 'k8s/base/prometheusrule.yaml'),
        'utf8',
      ),
    );
    expect(rule).toMatchObject({
      kind: 'PrometheusRule',
      metadata: { name: 'svc-loyalty-tiers-slo' },
    });
    expect(rule.spec.groups.map((g: any) => g.name)).toEqual([
      'slo-svc-loyalty-tiers-availability',
      'slo-svc-loyalty-tiers-latency',
    ]);
    expect(ctx.output).toHaveBeenCalledWith(
      'sloFile',
      'slo/svc-loyalty-tiers.openslo.yaml',
    );
  });

  it('refuses a name that is not a service name, writing nothing', async () => {
    for (const name of ['../../etc', 'svc-x"} or vector(1)', 'SVC-X']) {
      await expect(
        run({ name, availabilityTarget: 99.9, latencyP99Ms: 200 }),
      ).rejects.toThrow(/name: /);
    }
    expect(await fs.readdir(workspace)).toEqual([]);
  });
});
