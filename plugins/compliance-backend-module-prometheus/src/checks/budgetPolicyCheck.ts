import { type EvidenceCheck, oneLine } from '@localplus/plugin-compliance-node';
import type { PrometheusRun } from '../collector/PrometheusRun';
import { budgetPolicyParams } from './checkParams';
import { parseCheckParams, plural } from '@localplus/plugin-compliance-node';
import {
  catalogEntityItem,
  ComponentFinding,
  listSome,
  observeCriticalComponents,
} from './observeCriticalComponents';

export const BUDGET_POLICY_CHECK: EvidenceCheck = {
  id: 'budget-policy',
  title: 'Error budgets state their policy',
  description:
    'For every P0 or P1 Component (params.criticalities), each objective in the SLO backend states its error budget policy state (normal, careful, freeze or emergency) now. Fails when the component has no objective or an objective has no data to state one; error when the SLO backend could not measure it.',
};

const CHECK = `prometheus.${BUDGET_POLICY_CHECK.id}`;

const objectiveName = (row: { sloName: string; objectiveName: string }) =>
  `${row.sloName} (${row.objectiveName})`;

export async function checkBudgetPolicy(run: PrometheusRun, params: unknown) {
  const { criticalities } = parseCheckParams(CHECK, budgetPolicyParams, params);
  return observeCriticalComponents(
    run,
    CHECK,
    criticalities,
    async (component): Promise<ComponentFinding> => {
      const overview = await run.sloOverview();
      const objectives = overview.objectivesOf(component.ref);
      const examined = [
        catalogEntityItem(component.ref),
        { type: 'slo-overview', ref: component.ref, href: overview.url },
      ];
      if (objectives.length === 0) {
        return {
          result: 'fail',
          summary: 'No objective, so no error budget policy state.',
          examined,
          details: { objectives: 0 },
        };
      }
      const states = Object.fromEntries(
        objectives.slice(0, 50).map(row => [row.key, row.state]),
      );
      const stateless = objectives.filter(row => row.state === null);
      if (stateless.length === 0) {
        return {
          result: 'pass',
          summary: `Every objective states its budget policy: ${listSome(
            objectives.map(row => `${row.sloName} ${row.state}`),
          )}.`,
          examined,
          details: { objectives: objectives.length, states },
        };
      }
      const unmeasured = stateless.filter(row => row.status === 'error');
      if (unmeasured.length === stateless.length) {
        // The source failed, not the control: say so rather than fail it.
        throw new Error(
          `The SLO backend could not measure ${plural(
            unmeasured.length,
            'objective',
          )}: ${oneLine(unmeasured[0].error ?? 'no reason given')}`,
        );
      }
      return {
        result: 'fail',
        summary: `${stateless.length} of ${plural(
          objectives.length,
          'objective',
        )} state no budget policy: ${listSome(
          stateless.map(row => `${objectiveName(row)} ${row.status}`),
        )}.`,
        examined,
        details: { objectives: objectives.length, states },
      };
    },
  );
}
