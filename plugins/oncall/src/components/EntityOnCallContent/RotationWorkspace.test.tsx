import { screen } from '@testing-library/react';
import { mockApis } from '@backstage/frontend-test-utils';
import {
  AuthorizeResult,
  type EvaluatePermissionRequest,
} from '@backstage/plugin-permission-common';
import type { RotationSummary } from '@localplus/plugin-oncall-common';
import { fakeOnCallApi } from '../../__fixtures__/fakeOnCallApi';
import { people } from '../../__fixtures__/people';
import { weeklySummary } from '../../__fixtures__/rotation';
import { renderWithOnCallApi } from '../../__testUtils__/renderWithOnCallApi';
import { RotationWorkspace } from './RotationWorkspace';

// Only refusals by the policy here: the permission hook caches its answers
// for the whole test file (the allowed forms are in OverrideForms.test.tsx).
const asked: string[] = [];
const policy = mockApis.permission({
  authorize: (request: EvaluatePermissionRequest) => {
    asked.push(request.permission.name);
    return AuthorizeResult.DENY;
  },
});

async function renderWorkspace(summary: RotationSummary) {
  const api = fakeOnCallApi();
  renderWithOnCallApi(
    <RotationWorkspace
      summary={summary}
      people={people}
      onChanged={jest.fn()}
    />,
    api,
    { apis: [policy] },
  );
  await screen.findByRole('table', { name: /^On-call schedule/ });
  return api;
}

describe('RotationWorkspace when the policy refuses changes', () => {
  it("tells one of the rotation's people that their roles do not allow it, and offers no form", async () => {
    await renderWorkspace(weeklySummary);

    expect(
      await screen.findByText(
        /counts you among the people who may change it, but your roles in the portal do not include creating overrides \(oncall\.override\.create\)/,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Override' })).toBeNull();
    expect(screen.queryByRole('form', { name: 'Swap' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
    expect(new Set(asked)).toEqual(
      new Set(['oncall.override.create', 'oncall.override.delete']),
    );
  });

  it('sends people of a provider rotation to the provider', async () => {
    await renderWorkspace({
      ...weeklySummary,
      provider: 'pagerduty',
      callerIsChanger: false,
    });

    expect(
      await screen.findByText(
        'This rotation is read from pagerduty: overrides and swaps are made there.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Override' })).toBeNull();
  });
});
