import {
  CheckScopeError,
  type CollectedObservation,
  errorMessage,
  type EvidenceCheck,
  oneLine,
  parseCheckParams,
} from '@localplus/plugin-compliance-node';
import type { AdrRun } from '../collector/AdrRun';
import type { DecisionSummary } from '../sources/AdrBackendClient';
import type { TierIds } from '@localplus/plugin-tiers-common';
import { changeDecisionParams } from './checkParams';
import type { ComponentSubject } from './componentSubjects';
import { namesComponent } from './namesComponent';

const ID = 'change-decision';
const CHECK = `adr.${ID}`;
const lower = (ref: string) => ref.toLocaleLowerCase('en-US');

const NO_TIER_MODEL =
  'No tier model is configured (localplus.tiers): without tiers the check cannot tell which components need a decision record, so it reads nothing.';

const ABOUT =
  "has at least one accepted architecture decision record about it in the ADR backend: in its own decision folder, in its system's, or in a platform-wide folder (params.docsEntities, default component:default/docs) whose record names it as a word of its own. Fails without one (proposed, rejected or superseded records do not count)";

function listSome(items: readonly string[], shown = 3): string {
  const head = items.slice(0, shown).join(', ');
  const rest = items.length - shown;
  return rest > 0 ? `${head} and ${rest} more` : head;
}

/** `a, b or c` */
function alternatives(items: readonly string[]): string {
  return items.length <= 1
    ? items.join('')
    : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/** `adr.change-decision` as the auditor reads it, naming the tier model's annotation and default tiers. */
export function changeDecisionCheck(
  tierModel: TierIds | undefined,
): EvidenceCheck {
  const title = 'Critical components have an accepted decision record';
  if (!tierModel) {
    return {
      id: ID,
      title,
      description: `Every Component of the tiers params.tiers names (levels of the tier model, localplus.tiers) ${ABOUT}. ${NO_TIER_MODEL}`,
    };
  }
  const defaults = alternatives(tierModel.levels.slice(0, 2));
  return {
    id: ID,
    title,
    description: `Every Component of tier ${defaults} by default (params.tiers names levels of the tier model; a component's tier is read from ${tierModel.annotation}, in any case) ${ABOUT}; not applicable to other tiers, nor to components without one of the model's tiers.`,
  };
}

function outOfScope(
  component: ComponentSubject,
  tiers: readonly string[],
  annotation: string,
) {
  if (component.tier && tiers.includes(component.tier)) return undefined;
  const wanted = tiers.join(' or ');
  if (component.tier) {
    return `Tier ${component.tier} is not ${wanted}, so no decision record is required.`;
  }
  return component.declared
    ? `Its ${annotation} ${JSON.stringify(
        oneLine(component.declared).slice(0, 80),
      )} is not a tier of the tier model, so it is not a ${wanted} component.`
    : `No ${annotation} annotation, so it is not a ${wanted} component.`;
}

async function decisionsAbout(
  run: AdrRun,
  component: ComponentSubject,
  docsEntities: readonly string[],
): Promise<DecisionSummary[]> {
  const accepted = await run.acceptedByEntity();
  const own = accepted.get(lower(component.ref)) ?? [];
  const ofSystem = component.systemRef
    ? accepted.get(lower(component.systemRef)) ?? []
    : [];
  const naming = (
    await Promise.all(docsEntities.map(ref => run.acceptedWithText(ref)))
  )
    .flat()
    .filter(decision =>
      namesComponent(
        `${decision.title}\n${decision.text ?? ''}`,
        component.name,
      ),
    );
  const found = new Map<string, DecisionSummary>();
  for (const decision of [...own, ...ofSystem, ...naming]) {
    found.set(decision.id, decision);
  }
  return [...found.values()];
}

export async function checkChangeDecision(
  run: AdrRun,
  params: unknown,
): Promise<CollectedObservation[]> {
  const tierModel = run.tierModel;
  if (!tierModel) throw new CheckScopeError(`check:${CHECK}`, NO_TIER_MODEL);
  const { tiers, docsEntities } = parseCheckParams(
    CHECK,
    changeDecisionParams(tierModel.levels),
    params,
  );
  const components = await run.components();
  return Promise.all(
    components.map(async (component): Promise<CollectedObservation> => {
      const catalogItem = { type: 'catalog-entity', ref: component.ref };
      const base = {
        check: CHECK,
        subject: component.ref,
        entityRef: component.ref,
        method: 'examine' as const,
      };
      const notApplicable = outOfScope(component, tiers, tierModel.annotation);
      if (notApplicable) {
        return {
          ...base,
          result: 'not-applicable',
          summary: notApplicable,
          examined: [catalogItem],
          details: { tier: component.tier ?? null },
        };
      }
      const folders = [
        component.ref,
        ...(component.systemRef ? [component.systemRef] : []),
        ...docsEntities,
      ];
      const examined = [
        catalogItem,
        ...(await Promise.all(
          folders.map(async ref => ({
            type: 'adr-decisions',
            ref,
            href: await run.adr.acceptedUrl(ref),
          })),
        )),
      ];
      let found: DecisionSummary[];
      try {
        found = await decisionsAbout(run, component, docsEntities);
      } catch (error) {
        return {
          ...base,
          result: 'error',
          summary: errorMessage(error),
          examined,
          details: { tier: component.tier ?? null },
        };
      }
      const details = {
        tier: component.tier ?? null,
        system: component.systemRef ?? null,
        decisions: found.slice(0, 20).map(decision => decision.id),
      };
      if (found.length > 0) {
        return {
          ...base,
          result: 'pass',
          summary: `${found.length} accepted decision ${
            found.length === 1 ? 'record' : 'records'
          } about it: ${listSome(
            found.map(d => `${oneLine(d.title)} (${d.id})`),
          )}.`,
          examined,
          details,
        };
      }
      const where = [
        'its own folder',
        component.systemRef
          ? `its system's (${component.systemRef})`
          : undefined,
        docsEntities.length > 0
          ? `${docsEntities.join(', ')} naming ${component.name}`
          : undefined,
      ].filter((place): place is string => place !== undefined);
      return {
        ...base,
        result: 'fail',
        summary: `No accepted decision record about it in ${alternatives(
          where,
        )}.`,
        examined,
        details,
      };
    }),
  );
}
