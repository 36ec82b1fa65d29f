import { type EvidenceCheck, oneLine } from '@localplus/plugin-compliance-node';
import { OPENSLO_ANNOTATION } from '@localplus/plugin-slo-common';
import { CRITICALITY_ANNOTATION } from '@localplus/plugin-tiers-common';
import type { PrometheusRun } from '../collector/PrometheusRun';
import { sloObjectivesParams } from './checkParams';
import { parseCheckParams, plural } from '@localplus/plugin-compliance-node';
import {
  catalogEntityItem,
  ComponentFinding,
  listSome,
  observeCriticalComponents,
} from './observeCriticalComponents';

export const SLO_OBJECTIVES_CHECK: EvidenceCheck = {
  id: 'slo-objectives',
  title: 'Critical services have SLOs',
  description: `Every Component whose ${CRITICALITY_ANNOTATION} is P0 or P1 (params.criticalities) has at least one objective in the SLO backend. Passes with one objective or more; fails without an OpenSLO annotation, with documents that define no usable objective; not applicable to other criticalities.`,
};

const CHECK = `prometheus.${SLO_OBJECTIVES_CHECK.id}`;

export async function checkSloObjectives(run: PrometheusRun, params: unknown) {
  const { criticalities } = parseCheckParams(
    CHECK,
    sloObjectivesParams,
    params,
  );
  return observeCriticalComponents(
    run,
    CHECK,
    criticalities,
    async (component): Promise<ComponentFinding> => {
      const overview = await run.sloOverview();
      const objectives = overview.objectivesOf(component.ref);
      const problems = overview.problemsOf(component.ref);
      const examined = [
        catalogEntityItem(component.ref),
        { type: 'slo-overview', ref: component.ref, href: overview.url },
      ];
      const slos = [...new Set(objectives.map(o => o.sloName))];
      if (objectives.length > 0) {
        return {
          result: 'pass',
          summary: `${plural(objectives.length, 'objective')} in ${plural(
            slos.length,
            'SLO',
          )}: ${listSome(slos)}.`,
          examined,
          details: { objectives: objectives.length, slos: slos.slice(0, 20) },
        };
      }
      let summary = 'No SLO: its OpenSLO documents define no objective.';
      if (!component.hasSloDocuments) {
        summary = `No SLO: the component has no ${OPENSLO_ANNOTATION} annotation.`;
      } else if (problems.length > 0) {
        summary = `No usable SLO: its OpenSLO documents have ${plural(
          problems.length,
          'problem',
        )}, first: ${oneLine(problems[0])}`;
      }
      return {
        result: 'fail',
        summary,
        examined,
        details: { objectives: 0, problems: problems.slice(0, 5).map(oneLine) },
      };
    },
  );
}
