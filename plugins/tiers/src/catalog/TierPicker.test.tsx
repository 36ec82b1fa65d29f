import { fireEvent, screen, within } from '@testing-library/react';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { MockEntityListContextProvider } from '@backstage/plugin-catalog-react/testUtils';
import { tierModelConfig } from '../__testUtils__/tierModelConfig';
import { EntityTierFilter } from './EntityTierFilter';
import { TierPicker } from './TierPicker';

describe('TierPicker', () => {
  it('applies the tier from the query string as an EntityTierFilter', async () => {
    const updateFilters = jest.fn();
    renderInTestApp(
      <MockEntityListContextProvider
        value={{ updateFilters, queryParameters: { tiers: ['T3'] } as any }}
      >
        <TierPicker />
      </MockEntityListContextProvider>,
      { config: tierModelConfig },
    );

    expect(await screen.findByText('Tier')).toBeInTheDocument();
    expect(updateFilters).toHaveBeenLastCalledWith({
      tiers: new EntityTierFilter(['T3']),
    });
  });

  it('offers the configured tiers and filters on the chosen one', async () => {
    const updateFilters = jest.fn();
    renderInTestApp(
      <MockEntityListContextProvider value={{ updateFilters }}>
        <TierPicker />
      </MockEntityListContextProvider>,
      { config: tierModelConfig },
    );

    expect(updateFilters).toHaveBeenLastCalledWith({ tiers: undefined });
    fireEvent.mouseDown(
      within(await screen.findByTestId('tier-picker')).getByRole('button'),
    );
    const options = await screen.findAllByRole('option');
    expect(options.map(o => o.textContent)).toEqual(
      expect.arrayContaining(['T0 · Foundation', 'T5 · Documentation']),
    );
    fireEvent.click(screen.getByRole('option', { name: 'T1 · Platform' }));
    expect(updateFilters).toHaveBeenLastCalledWith({
      tiers: new EntityTierFilter(['T1']),
    });
  });
});
