import { readOnce, readOncePerKey } from './readOnce';

describe('readOnce and readOncePerKey', () => {
  it('read a source once, however many checks ask', async () => {
    const load = jest.fn(async () => ['svc-ledger']);
    const components = readOnce(load);
    const answers = await Promise.all([components(), components()]);
    expect(await components()).toBe(answers[0]);
    expect(answers[1]).toBe(answers[0]);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('read once per key', async () => {
    const load = jest.fn(async (ref: string) => `rules of ${ref}`);
    const rules = readOncePerKey(load);
    await expect(rules('component:default/a')).resolves.toBe(
      'rules of component:default/a',
    );
    await rules('component:default/a');
    await expect(rules('component:default/b')).resolves.toBe(
      'rules of component:default/b',
    );
    expect(load.mock.calls).toEqual([
      ['component:default/a'],
      ['component:default/b'],
    ]);
  });

  it('keep a failure, so a broken source is not asked again in the run', async () => {
    const load = jest.fn(async () => {
      throw new Error('the SLO backend answered 503');
    });
    const overview = readOnce(load);
    await expect(overview()).rejects.toThrow('answered 503');
    await expect(overview()).rejects.toThrow('answered 503');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('leave a failure nobody awaited unreported', async () => {
    const unhandled = jest.fn();
    process.on('unhandledRejection', unhandled);
    try {
      readOncePerKey(async () => {
        throw new Error('never awaited');
      })('key');
      await new Promise(resolve => setTimeout(resolve, 10));
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });
});
