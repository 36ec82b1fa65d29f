import type {
  EntitySloHistory,
  EntitySloReport,
  OverviewFilters,
  SloApi,
  SloEntityName,
  SloOverview,
} from '@localplus/plugin-slo-common';

/** A fake SLO backend answering with fixtures; every method is a jest mock. */
export function fakeSloApi(
  answers: {
    report?: EntitySloReport;
    rules?: string;
    history?: EntitySloHistory;
    overview?: SloOverview;
  } = {},
): jest.Mocked<SloApi> {
  return {
    getEntityReport: jest.fn(async (_entity: SloEntityName) => {
      if (!answers.report) {
        throw new Error('no report in this test');
      }
      return answers.report;
    }),
    getEntityRules: jest.fn(
      async (_entity: SloEntityName) => answers.rules ?? 'groups: []\n',
    ),
    getEntityHistory: jest.fn(
      async (_entity: SloEntityName, _options?: { days?: number }) => {
        if (!answers.history) {
          throw new Error('no history in this test');
        }
        return answers.history;
      },
    ),
    getOverview: jest.fn(async (_filters?: OverviewFilters) => {
      if (!answers.overview) {
        throw new Error('no overview in this test');
      }
      return answers.overview;
    }),
  };
}
