import { act, waitFor } from '@testing-library/react';
import { mockApis } from '@backstage/frontend-test-utils';
import {
  AuthorizeResult,
  EvaluatePermissionRequest,
} from '@backstage/plugin-permission-common';
import {
  complianceEvaluatePermission,
  complianceExemptionDecidePermission,
  complianceExemptionRequestPermission,
  complianceExportPermission,
  complianceReadPermission,
} from '@localplus/plugin-compliance-common';

/**
 * The permissions asked so far in this test file. The permission hook
 * caches its answers for the file (so one file tests one persona), and a
 * test that checks a control is absent must first know the answer came.
 */
const asked = new Set<string>();

type PermissionApiMock = ReturnType<typeof mockApis.permission>;

function answering(
  decide: (request: EvaluatePermissionRequest) => boolean,
): PermissionApiMock {
  return mockApis.permission({
    authorize: request => {
      asked.add(request.permission.name);
      return decide(request) ? AuthorizeResult.ALLOW : AuthorizeResult.DENY;
    },
  });
}

const auditorAllowed = [
  complianceReadPermission.name,
  complianceExportPermission.name,
];

/** The permission API as the access policy answers each persona. */
export const personaPermissions: Record<
  'auditor' | 'security' | 'reader',
  () => PermissionApiMock
> = {
  /** Reads and exports everything, changes nothing. */
  auditor: () =>
    answering(request => auditorAllowed.includes(request.permission.name)),
  /** Security: every compliance action. */
  security: () => answering(() => true),
  /** Someone the policy grants nothing beyond reading (or the policy is down). */
  reader: () => answering(() => false),
};

/** Waits until the policy has answered for every compliance action. */
export async function actionPermissionsAnswered(): Promise<void> {
  const actions = [
    complianceExportPermission,
    complianceEvaluatePermission,
    complianceExemptionRequestPermission,
    complianceExemptionDecidePermission,
  ].map(permission => permission.name);
  await waitFor(() =>
    expect(actions.filter(name => !asked.has(name))).toEqual([]),
  );
  // Let the answers reach the components.
  await act(async () => {
    await new Promise(resolve => setTimeout(resolve, 0));
  });
}
