import { REVOKE_AFTER_MS, saveFile } from './saveFile';

describe('saveFile', () => {
  const createObjectURL = jest.fn((_file: Blob) => 'blob:http://localhost/1');
  const revokeObjectURL = jest.fn();
  let clicked: Array<{ href: string; download: string; inPage: boolean }>;

  beforeEach(() => {
    jest.useFakeTimers();
    clicked = [];
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    jest
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(function click(this: HTMLAnchorElement) {
        clicked.push({
          href: this.href,
          download: this.download,
          inPage: document.body.contains(this),
        });
      });
  });

  afterEach(() => {
    jest.restoreAllMocks();
    jest.useRealTimers();
    createObjectURL.mockClear();
    revokeObjectURL.mockClear();
  });

  it('clicks a link to the file under its name, then takes the link away', async () => {
    saveFile({
      blob: new Blob(['a,b\n1,2\n'], { type: 'text/csv' }),
      fileName: 'report.csv',
    });

    expect(clicked).toEqual([
      { href: 'blob:http://localhost/1', download: 'report.csv', inPage: true },
    ]);
    expect(document.querySelector('a')).toBeNull();
    const blob = createObjectURL.mock.calls[0][0];
    expect(blob.type).toBe('text/csv');
    expect(await blob.text()).toBe('a,b\n1,2\n');
  });

  it('frees the Blob URL only once the browser has had time to start the download', () => {
    saveFile({ blob: new Blob(['x']), fileName: 'x.txt' });

    jest.advanceTimersByTime(REVOKE_AFTER_MS - 1);
    expect(revokeObjectURL).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:http://localhost/1');
  });

  it('takes the link away and frees the URL even when the click throws', () => {
    jest.mocked(HTMLAnchorElement.prototype.click).mockImplementation(() => {
      throw new Error('blocked');
    });

    expect(() =>
      saveFile({ blob: new Blob(['x']), fileName: 'x.txt' }),
    ).toThrow('blocked');
    expect(document.querySelector('a')).toBeNull();
    jest.runAllTimers();
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:http://localhost/1');
  });
});
