import type {
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
    getOverview: jest.fn(async (_filters?: OverviewFilters) => {
      if (!answers.overview) {
        throw new Error('no overview in this test');
      }
      return answers.overview;
    }),
  };
}
