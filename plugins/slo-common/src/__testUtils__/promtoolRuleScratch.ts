import { stringify } from 'yaml';
import type { OpenSloSlo } from '../openslo/schema';
import {
  generatePrometheusRules,
  GeneratePrometheusRulesOptions,
  PrometheusRuleFile,
  prometheusRulesToYaml,
} from '../prometheus/generatePrometheusRules';
import { createScratchDir, runPromtool, ScratchDir } from './promtool';

/** The options the promtool tests generate rules with, unless they say otherwise. */
export const ruleOptions: GeneratePrometheusRulesOptions = {
  runbookUrl:
    'https://github.com/localplus/docs/blob/main/runbooks/incident-response.md',
  dashboardUrl: 'https://grafana.localplus.example/d/slo/slo',
};

/**
 * A scratch directory for generated rule files and promtool test files,
 * created before the calling test file's tests and removed after them. Call it
 * at the top level of a test file.
 */
export function setUpPromtoolScratch(prefix: string) {
  let scratch: ScratchDir;
  beforeAll(async () => {
    scratch = await createScratchDir(prefix);
  });
  afterAll(() => scratch.remove());

  /** Runs promtool in the scratch directory. */
  function promtool(args: string[]) {
    return runPromtool(args, scratch.dir);
  }

  /** Writes `ruleFile` as `<name>.rules.yaml` and returns its path. */
  function writeRuleFile(
    name: string,
    ruleFile: PrometheusRuleFile,
  ): Promise<string> {
    return scratch.write(`${name}.rules.yaml`, prometheusRulesToYaml(ruleFile));
  }

  /** Writes the rules generated for `slo` and returns their path. */
  function writeRules(
    name: string,
    slo: OpenSloSlo,
    options = ruleOptions,
  ): Promise<string> {
    return writeRuleFile(name, generatePrometheusRules(slo, options));
  }

  /**
   * Runs `tests` against `ruleFile`, evaluating the rules only at 0 and at
   * `evaluateAt`, where the tests look. That is all an alert needs: the rules
   * have no `for`, and recordings come before the alerts in their group, so
   * one evaluation records the ratios and then alerts on them. It keeps
   * promtool from re-evaluating 3-day ranges every few minutes of a 3-day
   * scenario.
   */
  async function testRules(
    name: string,
    ruleFile: string,
    evaluateAt: string,
    tests: unknown[],
  ) {
    const testFile = await scratch.write(
      `${name}.test.yaml`,
      stringify({
        rule_files: [ruleFile],
        evaluation_interval: evaluateAt,
        tests,
      }),
    );
    return promtool(['test', 'rules', testFile]);
  }

  return { promtool, writeRuleFile, writeRules, testRules };
}
