import { screen } from '@testing-library/react';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { DocLinksContent } from './DocLinksContent';

describe('DocLinksContent (Runbooks, Compliance documents, Decision log)', () => {
  it('links each listed page under the docs entity', async () => {
    await renderInTestApp(
      <DocLinksContent list="runbooks" label="runbooks" />,
      {
        config: {
          localplus: {
            home: {
              docs: {
                runbooks: [
                  { title: 'Kafka recovery', path: 'runbooks/kafka-recovery/' },
                ],
              },
            },
          },
        },
      },
    );
    expect(
      screen.getByRole('link', { name: 'Kafka recovery' }),
    ).toHaveAttribute(
      'href',
      '/docs/default/component/docs/runbooks/kafka-recovery/',
    );
  });

  it('says so when the list is empty', async () => {
    await renderInTestApp(<DocLinksContent list="runbooks" label="runbooks" />);
    expect(screen.getByText(/No runbooks are listed/)).toBeInTheDocument();
  });

  it('reports an invalid list', async () => {
    await renderInTestApp(
      <DocLinksContent list="compliance" label="compliance documents" />,
      {
        config: {
          localplus: { home: { docs: { compliance: [{ title: 'GDPR' }] } } },
        },
      },
    );
    expect(screen.getByText(/is invalid/)).toBeInTheDocument();
  });
});
