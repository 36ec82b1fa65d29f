import { act, renderHook, waitFor } from '@testing-library/react';
import { useAsyncResult } from './useAsyncResult';

/** A promise the test settles when it chooses. */
function deferred<T>() {
  let resolve: (value: T) => void = () => {};
  let reject: (reason: unknown) => void = () => {};
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Lets the settled promises' callbacks run. */
async function settle() {
  await act(async () => {
    await new Promise(resolve => setTimeout(resolve, 0));
  });
}

describe('useAsyncResult', () => {
  it('loads on mount and shows the answer', async () => {
    const { result } = renderHook(() =>
      useAsyncResult(() => Promise.resolve(['adr-001']), 'log'),
    );

    expect(result.current).toMatchObject({ loading: true, value: undefined });
    await waitFor(() =>
      expect(result.current).toMatchObject({
        loading: false,
        value: ['adr-001'],
      }),
    );
    expect(result.current.error).toBeUndefined();
  });

  it('turns a failure into an Error, whatever was thrown', async () => {
    const { result } = renderHook(() =>
      useAsyncResult(() => Promise.reject('Service Unavailable'), 'now'),
    );

    await waitFor(() => expect(result.current.loading).toBe(false));
    expect(result.current.error).toEqual(new Error('Service Unavailable'));
    expect(result.current.value).toBeUndefined();
  });

  it('asks again on reload, keeping the answer on screen meanwhile', async () => {
    const answers = [deferred<string>(), deferred<string>()];
    let asked = 0;
    const load = jest.fn(() => answers[asked++].promise);
    const { result } = renderHook(() => useAsyncResult(load, 'rotation'));
    answers[0].resolve('before the override');
    await waitFor(() =>
      expect(result.current.value).toBe('before the override'),
    );

    act(() => result.current.reload());

    expect(load).toHaveBeenCalledTimes(2);
    expect(result.current).toMatchObject({
      loading: true,
      value: 'before the override',
    });
    answers[1].resolve('after the override');
    await waitFor(() =>
      expect(result.current).toMatchObject({
        loading: false,
        value: 'after the override',
      }),
    );
  });

  it('clears the answer and the error when a reload fails, then recovers on retry', async () => {
    let fail = true;
    const load = jest.fn(() =>
      fail ? Promise.reject(new Error('down')) : Promise.resolve('up'),
    );
    const { result } = renderHook(() => useAsyncResult(load, 'status'));
    await waitFor(() => expect(result.current.error?.message).toBe('down'));

    fail = false;
    act(() => result.current.reload());

    expect(result.current.error).toBeUndefined();
    await waitFor(() => expect(result.current.value).toBe('up'));
    expect(result.current.error).toBeUndefined();
  });

  it('clears the answer when the key changes', async () => {
    const later = deferred<string>();
    const { result, rerender } = renderHook(
      ({ key }) =>
        useAsyncResult(
          () => (key === 'svc-ledger' ? Promise.resolve(key) : later.promise),
          key,
        ),
      { initialProps: { key: 'svc-ledger' } },
    );
    await waitFor(() => expect(result.current.value).toBe('svc-ledger'));

    rerender({ key: 'svc-payments' });

    expect(result.current).toMatchObject({ loading: true, value: undefined });
    later.resolve('svc-payments');
    await waitFor(() => expect(result.current.value).toBe('svc-payments'));
  });

  it('keeps the answer across keys with keepPrevious', async () => {
    const later = deferred<string>();
    const { result, rerender } = renderHook(
      ({ key }) =>
        useAsyncResult(
          () => (key === 'all' ? Promise.resolve('all rows') : later.promise),
          key,
          { keepPrevious: true },
        ),
      { initialProps: { key: 'all' } },
    );
    await waitFor(() => expect(result.current.value).toBe('all rows'));

    rerender({ key: 'owner=team-ledger' });

    expect(result.current).toMatchObject({ loading: true, value: 'all rows' });
    later.resolve('team rows');
    await waitFor(() => expect(result.current.value).toBe('team rows'));
  });

  it('drops an answer for an older key that arrives last', async () => {
    const first = deferred<string>();
    const second = deferred<string>();
    const { result, rerender } = renderHook(
      ({ key }) =>
        useAsyncResult(() => (key === 'q1' ? first : second).promise, key),
      { initialProps: { key: 'q1' } },
    );

    rerender({ key: 'q2' });
    second.resolve('q2 figures');
    await waitFor(() => expect(result.current.value).toBe('q2 figures'));
    first.resolve('q1 figures');
    await settle();

    expect(result.current).toMatchObject({
      loading: false,
      value: 'q2 figures',
    });
  });

  it('drops the answer of an earlier reload that arrives after a later one', async () => {
    const answers = [
      deferred<number>(),
      deferred<number>(),
      deferred<number>(),
    ];
    let asked = 0;
    const load = jest.fn(() => answers[asked++].promise);
    const { result } = renderHook(() => useAsyncResult(load, 'queue'));
    answers[0].resolve(1);
    await waitFor(() => expect(result.current.value).toBe(1));

    act(() => result.current.reload());
    act(() => result.current.reload());
    answers[2].resolve(3);
    await waitFor(() => expect(result.current.value).toBe(3));
    answers[1].resolve(2);
    await settle();

    expect(result.current.value).toBe(3);
  });

  it('does not ask again when only the load function changes', async () => {
    const first = jest.fn(() => Promise.resolve('first'));
    const second = jest.fn(() => Promise.resolve('second'));
    const { result, rerender } = renderHook(
      ({ load }) => useAsyncResult(load, 'same key'),
      { initialProps: { load: first } },
    );
    await waitFor(() => expect(result.current.value).toBe('first'));

    rerender({ load: second });
    await settle();

    expect(second).not.toHaveBeenCalled();
    act(() => result.current.reload());
    await waitFor(() => expect(result.current.value).toBe('second'));
    expect(first).toHaveBeenCalledTimes(1);
  });

  it('ignores an answer or a failure that arrives after the view is gone', async () => {
    const answer = deferred<string>();
    const failure = deferred<string>();
    const errors = jest.spyOn(console, 'error').mockImplementation(() => {});
    const shown = renderHook(() => useAsyncResult(() => answer.promise, 'a'));
    const failed = renderHook(() => useAsyncResult(() => failure.promise, 'b'));

    shown.unmount();
    failed.unmount();
    answer.resolve('too late');
    failure.reject(new Error('too late'));
    await settle();

    expect(shown.result.current).toMatchObject({ loading: true });
    expect(failed.result.current).toMatchObject({ loading: true });
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });

  it('keeps one reload function across renders', async () => {
    const { result, rerender } = renderHook(() =>
      useAsyncResult(() => Promise.resolve(1), 'k'),
    );
    const reload = result.current.reload;
    await waitFor(() => expect(result.current.loading).toBe(false));

    rerender();

    expect(result.current.reload).toBe(reload);
  });
});
