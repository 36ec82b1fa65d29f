import {
  CheckScopeError,
  type CollectedObservation,
  errorMessage,
  type EvidenceCheck,
  oneLine,
} from '@localplus/plugin-compliance-node';
import type { OnCallRun } from '../collector/OnCallRun';
import type { RecordedPage } from '../sources/OnCallBackendClient';
import { pageAcknowledgementParams } from './checkParams';
import { parseCheckParams, plural } from '@localplus/plugin-compliance-node';
import { formatDuration, toMinutes } from './formatTime';
import { judgePage, PageVerdict } from './pageVerdict';

export const PAGE_ACKNOWLEDGEMENT_CHECK: EvidenceCheck = {
  id: 'page-acknowledgement',
  title: 'Pages are acknowledged within target',
  description:
    "Every page raised in the look-back window was acknowledged within the target of its severity (params.targetMinutes; default the seeds' matrix: P1 critical 5, P2 high 15, P3 medium 60 minutes, P4 none). One observation per subject: the component the page is for, else rotation:<name>, else oncall:unattributed-pages. Fails when a page was acknowledged late or not at all after its target; not applicable when no page with a target came due (a rotation no page reached).",
};

const CHECK = `oncall.${PAGE_ACKNOWLEDGEMENT_CHECK.id}`;
export const UNATTRIBUTED_PAGES = 'oncall:unattributed-pages';

type Timed = Extract<PageVerdict, { kind: 'in-time' | 'late' }>;

/** The component a page is for, else its rotation (with the owning group), else nobody's. */
function subjectOf(
  page: RecordedPage,
  owners: ReadonlyMap<string, string>,
): { subject: string; entityRef?: string } {
  if (page.entityRef) {
    return { subject: page.entityRef, entityRef: page.entityRef };
  }
  if (page.rotation) {
    return {
      subject: `rotation:${page.rotation}`,
      entityRef: owners.get(page.rotation),
    };
  }
  return { subject: UNATTRIBUTED_PAGES };
}

function describe(verdict: Timed) {
  return {
    page: verdict.page.id,
    alert: oneLine(verdict.page.alertName),
    severity: verdict.page.severity,
    firedAt: verdict.page.firedAt,
    acknowledgedAt: verdict.page.acknowledgedAt ?? null,
    delayMinutes: toMinutes(verdict.delayMs),
    targetMinutes: toMinutes(verdict.targetMs),
  };
}

const slowest = (verdicts: Timed[]) =>
  verdicts.reduce((worst, v) => (v.delayMs > worst.delayMs ? v : worst));

export async function checkPageAcknowledgement(
  run: OnCallRun,
  params: unknown,
): Promise<CollectedObservation[]> {
  const { targets } = parseCheckParams(
    CHECK,
    pageAcknowledgementParams,
    params,
  );
  let pages: RecordedPage[];
  try {
    pages = await run.pages();
  } catch (error) {
    throw new CheckScopeError(
      'oncall:pages',
      `Could not read the pages of the window: ${errorMessage(error)}`,
    );
  }
  const pagesUrl = await run.oncall.pagesUrl(run.window.from, run.window.to);
  const observations: CollectedObservation[] = [];
  const owners = new Map<string, string>();
  const quietRotations: string[] = [];
  try {
    const { rotations } = await run.rotations();
    for (const rotation of rotations) owners.set(rotation.name, rotation.owner);
    const paged = new Set(pages.map(page => page.rotation));
    quietRotations.push(
      ...rotations.map(r => r.name).filter(name => !paged.has(name)),
    );
  } catch (error) {
    // The pages are judged all the same; only the quiet rotations go unseen.
    observations.push({
      check: CHECK,
      subject: 'oncall:rotations',
      result: 'error',
      summary: `Could not list the rotations no page reached: ${errorMessage(
        error,
      )}`,
      method: 'examine',
      examined: [],
    });
  }

  const bySubject = new Map<
    string,
    { entityRef?: string; pages: RecordedPage[] }
  >();
  for (const page of pages) {
    const { subject, entityRef } = subjectOf(page, owners);
    const entry = bySubject.get(subject) ?? { entityRef, pages: [] };
    entry.pages.push(page);
    bySubject.set(subject, entry);
  }
  for (const [subject, { entityRef, pages: group }] of [...bySubject].sort(
    ([a], [b]) => a.localeCompare(b),
  )) {
    const verdicts = group.map(page => judgePage(page, targets, run.now));
    const timed = verdicts.filter(
      (v): v is Timed => v.kind === 'in-time' || v.kind === 'late',
    );
    const late = timed.filter(v => v.kind === 'late');
    const unacknowledged = late.filter(v => !v.acknowledged);
    const base = {
      check: CHECK,
      subject,
      ...(entityRef ? { entityRef } : {}),
      method: 'examine' as const,
      examined: [{ type: 'oncall-pages', ref: subject, href: pagesUrl }],
      details: {
        pages: group.length,
        due: timed.length,
        late: late.length,
        unacknowledged: unacknowledged.length,
        targets,
        latePages: late.slice(0, 10).map(describe),
      },
    };
    if (timed.length === 0) {
      observations.push({
        ...base,
        result: 'not-applicable',
        summary: `${plural(
          group.length,
          'page',
        )} in the window, none with an acknowledgement target that has come due.`,
      });
      continue;
    }
    const worst = slowest(late.length > 0 ? late : timed);
    const worstText = `${formatDuration(worst.delayMs)} for a ${
      worst.page.severity
    } (target ${formatDuration(worst.targetMs)})`;
    observations.push(
      late.length === 0
        ? {
            ...base,
            result: 'pass',
            summary:
              timed.length === 1
                ? `The page due was acknowledged in time; it took ${worstText}.`
                : `All ${timed.length} pages due were acknowledged in time; the slowest took ${worstText}.`,
          }
        : {
            ...base,
            result: 'fail',
            summary: `${late.length} of ${plural(
              timed.length,
              'page',
            )} due acknowledged late; the worst took ${worstText}${
              unacknowledged.length > 0
                ? `, ${unacknowledged.length} never acknowledged`
                : ''
            }.`,
            details: { ...base.details, worst: describe(worst) },
          },
    );
  }
  for (const name of quietRotations.sort()) {
    observations.push({
      check: CHECK,
      subject: `rotation:${name}`,
      entityRef: owners.get(name),
      result: 'not-applicable',
      summary: 'No page reached this rotation in the window.',
      method: 'examine',
      examined: [
        { type: 'oncall-pages', ref: `rotation:${name}`, href: pagesUrl },
      ],
    });
  }
  return observations;
}
