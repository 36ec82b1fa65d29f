import { render, screen } from '@testing-library/react';
import { TabLayout } from './TabLayout';

describe('TabLayout', () => {
  it('shows the question as the heading, the intro and the answer', () => {
    render(
      <TabLayout
        title="Who can…"
        intro="Pick a permission to see who holds it."
      >
        <table aria-label="People allowed" />
      </TabLayout>,
    );

    expect(
      screen.getByRole('heading', { level: 2, name: 'Who can…' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Pick a permission to see who holds it.'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('table', { name: 'People allowed' }),
    ).toBeInTheDocument();
  });

  it('puts the actions beside the heading, before the intro', () => {
    render(
      <TabLayout
        title="Fairness"
        intro="Hours on call per person."
        actions={<button type="button">Download CSV</button>}
      >
        <p>table</p>
      </TabLayout>,
    );

    const heading = screen.getByRole('heading', { name: 'Fairness' });
    const action = screen.getByRole('button', { name: 'Download CSV' });
    expect(heading.parentElement).toContainElement(action);
    expect(
      action.compareDocumentPosition(
        screen.getByText('Hours on call per person.'),
      ),
    ).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
  });
});
