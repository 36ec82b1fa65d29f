import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import { prometheusConfigYaml } from './prometheusConfig';

const run = promisify(execFile);

/** What `promtool check config` says of `yaml`: the real parser, not ours. */
async function promtoolCheck(yaml: string): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'prometheus-config-'));
  try {
    const file = path.join(dir, 'prometheus.yml');
    await fs.writeFile(file, yaml);
    const { stdout } = await run('promtool', ['check', 'config', file]);
    return stdout;
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

describe('prometheusConfigYaml', () => {
  const scrape = { target: '127.0.0.1:7704', jobName: 'traffic' };

  it('has no alerting section unless Alertmanagers are given', async () => {
    const yaml = prometheusConfigYaml({ scrape });
    expect(parse(yaml)).not.toHaveProperty('alerting');
    expect(prometheusConfigYaml({ scrape, alertmanagers: [] })).toBe(yaml);
    await expect(promtoolCheck(yaml)).resolves.toMatch(/SUCCESS/);
  });

  it('sends alerts to each Alertmanager given, over the v2 API', async () => {
    const yaml = prometheusConfigYaml({
      scrape,
      alertmanagers: ['127.0.0.1:9093', '127.0.0.1:9095'],
    });
    expect(parse(yaml).alerting).toEqual({
      alertmanagers: [
        {
          api_version: 'v2',
          static_configs: [{ targets: ['127.0.0.1:9093', '127.0.0.1:9095'] }],
        },
      ],
    });
    await expect(promtoolCheck(yaml)).resolves.toMatch(/SUCCESS/);
  });

  it('leaves the rest of the file as it was', () => {
    const without = parse(prometheusConfigYaml({ scrape, ruleFiles: ['/r'] }));
    const withAlerting = parse(
      prometheusConfigYaml({
        scrape,
        ruleFiles: ['/r'],
        alertmanagers: ['127.0.0.1:9093'],
      }),
    );
    delete withAlerting.alerting;
    expect(withAlerting).toEqual(without);
  });
});
