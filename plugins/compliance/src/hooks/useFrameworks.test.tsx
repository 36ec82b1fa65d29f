import { TestApiProvider } from '@backstage/frontend-test-utils';
import { renderHook, waitFor } from '@testing-library/react';
import { ReactNode } from 'react';
import { fakeComplianceApi } from '../__fixtures__/fakeComplianceApi';
import { allFrameworks } from '../__fixtures__/frameworks';
import { complianceApiRef } from '../api/complianceApiRef';
import { useFrameworks } from './useFrameworks';

function mount(api: ReturnType<typeof fakeComplianceApi>) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <TestApiProvider apis={[[complianceApiRef, api]]}>
      {children}
    </TestApiProvider>
  );
  return renderHook(() => useFrameworks(), { wrapper });
}

describe('useFrameworks', () => {
  it('asks the backend once for every view of the session', async () => {
    const api = fakeComplianceApi();

    const first = mount(api);
    expect(first.result.current).toEqual([]);
    await waitFor(() => expect(first.result.current).toEqual(allFrameworks));
    first.unmount();
    const second = mount(api);
    await waitFor(() => expect(second.result.current).toEqual(allFrameworks));

    expect(api.getFrameworks).toHaveBeenCalledTimes(1);
  });

  it('stays empty after a failure, and asks again on the next view', async () => {
    const api = fakeComplianceApi();
    api.getFrameworks.mockRejectedValueOnce(new Error('Service Unavailable'));

    const failed = mount(api);
    await waitFor(() => expect(api.getFrameworks).toHaveBeenCalledTimes(1));
    expect(failed.result.current).toEqual([]);
    failed.unmount();

    const again = mount(api);
    await waitFor(() => expect(again.result.current).toEqual(allFrameworks));
    expect(api.getFrameworks).toHaveBeenCalledTimes(2);
  });
});
