import { screen, within } from '@testing-library/react';
import { fakeComplianceApi } from '../../__fixtures__/fakeComplianceApi';
import { allFrameworks } from '../../__fixtures__/frameworks';
import {
  accessControl,
  changeManagement,
  euResidency,
} from '../../__fixtures__/status';
import { renderWithComplianceApi } from '../../__testUtils__/renderWithComplianceApi';
import { ControlsTable, frequencyCaption } from './ControlsTable';

async function renderControls() {
  await renderWithComplianceApi(
    <ControlsTable
      controls={[
        accessControl,
        euResidency,
        {
          ...changeManagement,
          control: { ...changeManagement.control, frequency: 'continuous' },
        },
      ]}
      frameworks={allFrameworks}
      period={{ from: '2026-04-21', to: '2026-05-20' }}
      label="Controls"
    />,
    fakeComplianceApi(),
  );
  return screen.getByRole('table', { name: 'Controls' });
}

describe('ControlsTable', () => {
  it('has headers short enough for 1024 px, each whole', async () => {
    const table = await renderControls();

    const headers = within(table).getAllByRole('columnheader');
    expect(headers.map(header => header.textContent)).toEqual([
      'Control',
      'Owner',
      'Status now',
      'Coverage',
      'Exempt.',
      'Last evaluated',
    ]);
    expect(within(headers[4]).getByTitle('Exemptions in force')).toBe(
      within(headers[4]).getByText('Exempt.'),
    );
    // The cells may break long ids anywhere; the headers only between words.
    for (const header of headers) {
      expect(header).toHaveStyle(
        'word-break: normal; overflow-wrap: normal; hyphens: manual',
      );
    }
    // No soft hyphen left to break a word on.
    expect(table.querySelector('thead')!.textContent).not.toContain('\u00ad');
  });

  it('gives the frequency under the owner', async () => {
    const table = await renderControls();

    const residency = table.querySelector(
      '[data-control="gdpr-eu-residency"]',
    ) as HTMLElement;
    const owner = within(residency).getAllByRole('cell')[0];
    expect(owner).toHaveTextContent('team-platform');
    expect(owner).toHaveTextContent('Checked daily');
    const changes = table.querySelector(
      '[data-control="soc2-change-management"]',
    ) as HTMLElement;
    expect(within(changes).getAllByRole('cell')[0]).toHaveTextContent(
      'Checked continuously',
    );
  });

  it('words every frequency', () => {
    expect(frequencyCaption('weekly')).toBe('Checked weekly');
    expect(frequencyCaption('quarterly')).toBe('Checked quarterly');
    expect(frequencyCaption('continuous')).toBe('Checked continuously');
  });
});
