import { screen, within } from '@testing-library/react';
import { fakeOnCallApi } from '../../__fixtures__/fakeOnCallApi';
import { overview } from '../../__fixtures__/overview';
import { renderWithOnCallApi } from '../../__testUtils__/renderWithOnCallApi';
import { NowTab } from './NowTab';

describe('NowTab', () => {
  it('lists each rotation with its holders, next handoff and services', async () => {
    renderWithOnCallApi(<NowTab />, fakeOnCallApi());

    const table = await screen.findByRole('table', {
      name: 'Who is on call now',
    });
    const row = within(table)
      .getByRole('rowheader', {
        name: /LOCAL-PLUS weekly on-call/,
      })
      .closest('tr')!;
    const cells = within(row).getAllByRole('cell');
    expect(cells.map(cell => cell.textContent)).toEqual([
      'Diana Rossi',
      'Eve Laurent',
      'in 5 days, Mon 9 Mar, 10:00Then Eve Laurent primary, Alice Martin secondary',
      '3',
    ]);
  });

  it("reports the rotation files' problems with the field at fault", async () => {
    renderWithOnCallApi(<NowTab />, fakeOnCallApi());

    const problems = await screen.findByRole('list', {
      name: 'Rotation file problems',
    });
    expect(problems).toHaveTextContent(
      './oncall/loyalty.yaml at spec.layers[0].members[2]: user:default/zoe is not in the catalog (group:default/team-loyalty)',
    );
  });

  it('explains how to declare a rotation when there is none', async () => {
    const api = fakeOnCallApi();
    api.getNow.mockResolvedValue({ ...overview, rotations: [], problems: [] });
    renderWithOnCallApi(<NowTab />, api);

    expect(await screen.findByText('No rotation yet')).toBeInTheDocument();
    expect(
      screen.getByText(/localplus.io\/oncall-rotation/),
    ).toBeInTheDocument();
  });
});
