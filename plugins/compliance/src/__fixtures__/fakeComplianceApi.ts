import { ResponseError } from '@backstage/errors';
import type { ComplianceApi } from '../api/ComplianceApi';
import { allFrameworks } from './frameworks';
import { euResidencyDetail, euResidencyObservations } from './control';
import { loyaltyCompliance } from './entity';
import { latestRun, statusResponse } from './status';

/** A refusal of the backend as the client would throw it. */
export async function responseError(
  status: number,
  name: string,
  message: string,
): Promise<ResponseError> {
  return ResponseError.fromResponse(
    new Response(
      JSON.stringify({
        error: { name, message },
        response: { statusCode: status },
      }),
      {
        status,
        headers: { 'Content-Type': 'application/json' },
      },
    ),
  );
}

/**
 * A fake compliance backend answering with the fixtures; every method is a
 * jest mock, so a test can replace one answer (a refusal, a broken ledger)
 * and check the calls.
 */
export function fakeComplianceApi(): jest.Mocked<ComplianceApi> {
  const answering: ComplianceApi = {
    getStatus: async () => statusResponse,
    getFrameworks: async () => ({ items: allFrameworks }),
    getControl: async id => {
      if (id !== euResidencyDetail.summary.control.id) {
        throw await responseError(404, 'NotFoundError', `No control ${id}`);
      }
      return euResidencyDetail;
    },
    getObservations: async () => euResidencyObservations,
    getEntityCompliance: async () => loyaltyCompliance,
    getMyFailingControls: async () => ({ items: [] }),
    getRuns: async () => ({ items: [latestRun] }),
    startRun: async () => ({ runId: 'run-43', triggered: true }),
    getExemptions: async () => ({ items: euResidencyDetail.exemptions }),
    requestExemption: async request => ({
      id: 'ex-9',
      ...request,
      requestedBy: 'user:default/lucas-bernard',
      requestedAt: '2026-05-20T10:00:00.000Z',
      status: 'requested',
    }),
    approveExemption: async id => ({
      ...euResidencyDetail.exemptions[0],
      id,
      status: 'approved',
    }),
    rejectExemption: async (id, comment) => ({
      ...euResidencyDetail.exemptions[0],
      id,
      status: 'rejected',
      decisionComment: comment,
    }),
    getCollectors: async () => ({
      items: [
        {
          id: 'catalog',
          title: 'Catalog',
          description: 'Reads the software catalog.',
          checks: [
            {
              id: 'catalog.owner',
              title: 'Owner',
              description: 'Has an owner',
            },
            { id: 'catalog.tier', title: 'Tier', description: 'Has a tier' },
          ],
        },
      ],
    }),
    verifyLedger: async () => ({
      ok: true,
      records: 1234,
      headSequence: 1234,
      headHash: 'a'.repeat(64),
      verifiedAt: '2026-05-20T10:00:00.000Z',
    }),
    exportPeriod: async period => ({
      blob: new Blob(['PK'], { type: 'application/zip' }),
      fileName: `localplus-compliance-${period.from}-${period.to}.zip`,
    }),
  };
  // Each answer becomes a jest mock with the API's own signature.
  return Object.fromEntries(
    Object.entries(answering).map(([name, answer]) => [name, jest.fn(answer)]),
  ) as unknown as jest.Mocked<ComplianceApi>;
}
