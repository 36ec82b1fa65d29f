import { fireEvent, render, screen, within } from '@testing-library/react';
import { allFrameworks } from '../../__fixtures__/frameworks';
import { RequirementChips } from './RequirementChips';

const labels = () =>
  within(screen.getByRole('list', { name: 'Requirements' }))
    .getAllByRole('listitem')
    .map(item => item.textContent);

describe('RequirementChips', () => {
  it('labels each requirement with its framework title, its title as tooltip', async () => {
    render(
      <RequirementChips
        requirements={['soc2:CC6.1', 'pci-dss:4.2.1']}
        frameworks={allFrameworks}
      />,
    );

    expect(labels()).toEqual(['SOC 2 CC6.1', 'PCI DSS 4.2.1']);
    fireEvent.mouseOver(screen.getByText('PCI DSS 4.2.1'));
    expect(
      await screen.findByRole('tooltip', {
        name: 'Strong cryptography in transit',
      }),
    ).toBeInTheDocument();
  });

  it('falls back to the framework id when the framework is unknown', () => {
    render(
      <RequirementChips
        requirements={['pci-dss:4.2.1', 'iso27001:A.5.1']}
        frameworks={allFrameworks}
      />,
    );
    expect(labels()).toEqual(['PCI DSS 4.2.1', 'ISO27001 A.5.1']);
  });

  it('labels by framework id when no framework is given', () => {
    render(<RequirementChips requirements={['soc2:CC6.1']} />);
    expect(labels()).toEqual(['SOC2 CC6.1']);
  });
});
