import type {
  CalendarLink,
  EntityOnCall,
  MyShifts,
  ScheduleOverride,
} from '@localplus/plugin-oncall-common';
import type { OnCallApi } from '../api/OnCallApi';
import { OnCallApiError } from '../api/OnCallApiError';
import { ledgerOnCall } from './entityOnCall';
import { coverage, fairness, overview } from './overview';
import { ledgerDownPage, ledgerSlowPage, walletLatePage } from './pages';
import { weeklySummary, weeklyShifts } from './rotation';
import { bobCoversDiana, changes, scheduleOf } from './schedule';

/** Diana's own link, made last month (its URL was shown once, then). */
export const dianaLink: CalendarLink = {
  id: 'cal-1',
  scope: 'person',
  target: 'user:default/diana',
  createdBy: 'user:default/diana',
  createdAt: '2026-02-01T10:00:00.000Z',
};

/**
 * A fake on-call backend answering with the fixtures; every method is a jest
 * mock, so a test can replace one answer (a refusal, say) and check calls.
 */
export function fakeOnCallApi(
  answers: { entity?: EntityOnCall; overrides?: ScheduleOverride[] } = {},
): jest.Mocked<OnCallApi> {
  const overrides = answers.overrides ?? [bobCoversDiana];
  const answering: OnCallApi = {
    listRotations: async () => ({ rotations: [weeklySummary], problems: [] }),
    getSchedule: async (_rotation, range) =>
      scheduleOf(range.from, range.to, overrides),
    getChanges: async () => changes,
    createOverride: async (rotation, request) => ({
      ...request,
      id: 'ov-new',
      rotation,
      createdBy: 'user:default/diana',
      createdAt: '2026-03-04T09:00:00.000Z',
    }),
    createSwap: async () => [],
    cancelOverride: async () => [bobCoversDiana],
    getEntityOnCall: async () => answers.entity ?? ledgerOnCall,
    getNow: async () => overview,
    getCoverage: async () => coverage,
    getFairness: async () => fairness,
    getFairnessCsv: async () => 'user,hoursOnCall\n',
    getMyShifts: async (range): Promise<MyShifts> => ({
      user: 'user:default/diana',
      ...range,
      shifts: [
        ...weeklyShifts('primary', range.from, range.to),
        ...weeklyShifts('secondary', range.from, range.to),
      ].filter(shift => shift.user === 'user:default/diana'),
    }),
    listPages: async () => [ledgerDownPage, ledgerSlowPage, walletLatePage],
    acknowledgePage: async id => {
      if (id !== ledgerDownPage.id) {
        throw new OnCallApiError(`No page ${id}`, 404, 'NotFoundError');
      }
      return {
        ...ledgerDownPage,
        acknowledgedAt: '2026-03-04T09:00:00.000Z',
        acknowledgedBy: 'user:default/diana',
        metTarget: true,
      };
    },
    listCalendarLinks: async () => [dianaLink],
    createCalendarLink: async request => ({
      id: 'cal-2',
      scope: request.scope,
      target: request.target ?? 'user:default/diana',
      createdBy: 'user:default/diana',
      createdAt: '2026-03-04T09:00:00.000Z',
      url: 'http://localhost:7007/api/oncall/ical/s3cr3t-token.ics',
    }),
    revokeCalendarLink: async () => undefined,
  };
  // Each answer becomes a jest mock with the API's own signature.
  return Object.fromEntries(
    Object.entries(answering).map(([name, answer]) => [name, jest.fn(answer)]),
  ) as unknown as jest.Mocked<OnCallApi>;
}
