import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { type FileToSave, saveFile } from '../../files/saveFile';
import { DownloadButton } from './DownloadButton';

// How the browser is made to save is saveFile's own test.
jest.mock('../../files/saveFile', () => ({ saveFile: jest.fn() }));

describe('DownloadButton', () => {
  afterEach(() => jest.mocked(saveFile).mockClear());

  it('fetches the file on click and saves it under its name', async () => {
    let answer: (file: FileToSave) => void = () => {};
    const download = jest.fn(
      () => new Promise<FileToSave>(resolve => (answer = resolve)),
    );
    render(
      <DownloadButton
        label="Download CSV"
        failure="Could not download the report"
        download={download}
      />,
    );
    const button = screen.getByRole('button', { name: 'Download CSV' });

    fireEvent.click(button);

    expect(download).toHaveBeenCalledTimes(1);
    expect(button).toBeDisabled();
    const report = { blob: new Blob(['a,b\n']), fileName: 'report.csv' };
    answer(report);
    await waitFor(() => expect(saveFile).toHaveBeenCalledWith(report));
    expect(button).toBeEnabled();
  });

  it('says why the file could not be had, and clears that on the next try', async () => {
    const file = { blob: new Blob(['x']), fileName: 'x.txt' };
    const download = jest
      .fn<Promise<FileToSave>, []>()
      .mockRejectedValueOnce(new Error('The backend answered 500'))
      .mockResolvedValueOnce(file);
    render(
      <DownloadButton
        label="Download"
        failure="Could not download the rules"
        download={download}
      />,
    );

    fireEvent.click(screen.getByRole('button', { name: 'Download' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Could not download the rules: The backend answered 500',
    );
    expect(saveFile).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Download' }));

    await waitFor(() => expect(saveFile).toHaveBeenCalledWith(file));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
