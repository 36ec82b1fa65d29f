import {
  CheckScopeError,
  type CollectedObservation,
  errorMessage,
  type EvidenceCheck,
  oneLine,
} from '@localplus/plugin-compliance-node';
import pLimit from 'p-limit';
import type { OnCallRun } from '../collector/OnCallRun';
import type { RotationProblem } from '../sources/OnCallBackendClient';
import { rotationCoverageParams } from './checkParams';
import { parseCheckParams, plural } from '@localplus/plugin-compliance-node';
import {
  formatDay,
  formatDuration,
  formatInstant,
  toMinutes,
} from './formatTime';
import { Span, uncoveredSpans } from './primaryGaps';

export const ROTATION_COVERAGE_CHECK: EvidenceCheck = {
  id: 'rotation-coverage',
  title: 'On-call rotations leave no gap',
  description:
    "Every rotation of the on-call backend (every provider; params.rotations to limit) had someone in the primary role at every moment of the look-back window (its final schedule, overrides applied) and the backend's coverage audit of the weeks ahead (params.weeksAhead) finds no gap. Subject rotation:<name>, entity the owning group. Fails on any gap; not applicable to rotations the control does not name; error when a rotation or its schedule cannot be read.",
};

const CHECK = `oncall.${ROTATION_COVERAGE_CHECK.id}`;
const CONCURRENCY = 4;
/** The coverage audit looks ahead in whole weeks. */
const WEEK_MS = 7 * 86_400_000;

const spanDetails = (spans: Span[]) =>
  spans.slice(0, 10).map(span => ({
    start: new Date(span.start).toISOString(),
    end: new Date(span.end).toISOString(),
  }));

export async function checkRotationCoverage(
  run: OnCallRun,
  params: unknown,
): Promise<CollectedObservation[]> {
  const { rotations: named, weeksAhead } = parseCheckParams(
    CHECK,
    rotationCoverageParams,
    params,
  );
  let list;
  try {
    list = await run.rotations();
  } catch (error) {
    throw new CheckScopeError(
      'oncall:rotations',
      `Could not list the rotations: ${errorMessage(error)}`,
    );
  }
  const listItem = {
    type: 'oncall-rotations',
    ref: 'rotations',
    href: list.url,
  };
  const { from, to } = run.window;

  // One observation per unreadable source, however many problems it has.
  const problemsBySource = new Map<string, RotationProblem[]>();
  for (const problem of list.problems) {
    const subject = `rotation-source:${problem.entityRef}:${problem.source}`;
    problemsBySource.set(subject, [
      ...(problemsBySource.get(subject) ?? []),
      problem,
    ]);
  }
  const unreadable = [...problemsBySource].map(
    ([subject, [first, ...more]]): CollectedObservation => ({
      check: CHECK,
      subject,
      entityRef: first.entityRef,
      result: 'error',
      summary: `A rotation could not be read from ${oneLine(
        first.source,
      )}: ${oneLine(first.message)}${
        first.field ? ` (at ${oneLine(first.field)})` : ''
      }${
        more.length > 0 ? `, and ${plural(more.length, 'more problem')}` : ''
      }.`,
      method: 'examine',
      examined: [listItem],
    }),
  );
  const known = new Set(list.rotations.map(rotation => rotation.name));
  const missing = (named ?? [])
    .filter(name => !known.has(name))
    .map(
      (name): CollectedObservation => ({
        check: CHECK,
        subject: `rotation:${name}`,
        result: 'fail',
        summary: `The on-call backend has no rotation named ${name}, so nobody is scheduled on it.`,
        method: 'examine',
        examined: [listItem],
      }),
    );

  const limit = pLimit(CONCURRENCY);
  const observed = await Promise.all(
    [...list.rotations]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map(rotation =>
        limit(async (): Promise<CollectedObservation> => {
          const base = {
            check: CHECK,
            subject: `rotation:${rotation.name}`,
            entityRef: rotation.owner,
            method: 'examine' as const,
          };
          if (named && !named.includes(rotation.name)) {
            return {
              ...base,
              result: 'not-applicable',
              summary: `Not among the rotations this control covers (${named.join(
                ', ',
              )}).`,
              examined: [listItem],
            };
          }
          const scheduleItem = {
            type: 'oncall-schedule',
            ref: rotation.name,
            href: await run.oncall.scheduleUrl(rotation.name, from, to),
          };
          try {
            const [shifts, coverage] = await Promise.all([
              run.oncall.schedule(rotation.name, from, to, run.signal),
              run.coverage(weeksAhead),
            ]);
            const windowGaps = uncoveredSpans(
              from.getTime(),
              to.getTime(),
              shifts
                .filter(shift => shift.role === 'primary')
                .map(shift => ({
                  start: Date.parse(shift.start),
                  end: Date.parse(shift.end),
                })),
            );
            const aheadGaps = coverage.findings
              .filter(
                finding =>
                  finding.type === 'gap' &&
                  finding.rotation === rotation.name &&
                  finding.start &&
                  finding.end,
              )
              .map(finding => ({
                start: Date.parse(finding.start!),
                end: Date.parse(finding.end!),
              }));
            const uncovered = windowGaps.reduce(
              (sum, gap) => sum + gap.end - gap.start,
              0,
            );
            const ahead = `the ${plural(
              Math.round(
                (Date.parse(coverage.to) - Date.parse(coverage.from)) / WEEK_MS,
              ),
              'week',
            )} ahead`;
            const examined = [
              scheduleItem,
              {
                type: 'oncall-coverage',
                ref: rotation.name,
                href: coverage.url,
              },
            ];
            const details = {
              windowGaps: spanDetails(windowGaps),
              uncoveredMinutes: toMinutes(uncovered),
              aheadGaps: spanDetails(aheadGaps),
              aheadFrom: coverage.from,
              aheadTo: coverage.to,
            };
            if (windowGaps.length === 0 && aheadGaps.length === 0) {
              return {
                ...base,
                result: 'pass',
                summary: `Someone held primary throughout the window (${formatDay(
                  from,
                )} to ${formatDay(
                  to,
                )}) and the coverage audit finds no gap in ${ahead}.`,
                examined,
                details,
              };
            }
            const problems: string[] = [];
            if (windowGaps.length > 0) {
              const [first] = windowGaps;
              problems.push(
                `primary uncovered for ${formatDuration(
                  uncovered,
                )} of the window in ${plural(
                  windowGaps.length,
                  'gap',
                )} (first ${formatInstant(first.start)} to ${formatInstant(
                  first.end,
                )})`,
              );
            }
            if (aheadGaps.length > 0) {
              problems.push(`${plural(aheadGaps.length, 'gap')} in ${ahead}`);
            }
            const sentence = problems.join('; ');
            return {
              ...base,
              result: 'fail',
              summary: `${sentence.charAt(0).toUpperCase()}${sentence.slice(
                1,
              )}.`,
              examined,
              details,
            };
          } catch (error) {
            return {
              ...base,
              result: 'error',
              summary: errorMessage(error),
              examined: [scheduleItem],
            };
          }
        }),
      ),
  );
  return [...unreadable, ...missing, ...observed];
}
