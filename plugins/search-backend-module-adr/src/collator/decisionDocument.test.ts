import { centralArgoCd, useKafka } from '../__fixtures__/decisions';
import { decisionPagePath, toDecisionDocument } from './decisionDocument';

describe('decisionPagePath', () => {
  it('is the decision page of the id', () => {
    expect(decisionPagePath(centralArgoCd.id)).toBe(
      '/adr/decisions/component/default/docs/0005-central-argocd',
    );
  });

  it('lower-cases the entity part and encodes the slug', () => {
    expect(
      decisionPagePath('Component:Default/Docs/0007-d\u00e9cision ?finale#1'),
    ).toBe(
      '/adr/decisions/component/default/docs/0007-d%C3%A9cision%20%3Ffinale%231',
    );
  });

  it.each([
    '',
    'component:default/docs',
    'component:default/docs/../../etc/passwd',
    'component:default/docs/a\\b',
    '<script>:default/docs/x',
  ])('refuses the id %j', id => {
    expect(() => decisionPagePath(id)).toThrow(
      `The ADR backend returned a decision with the invalid id "${id}"`,
    );
  });
});

describe('toDecisionDocument', () => {
  it('carries the fields search filters and shows', () => {
    expect(toDecisionDocument(centralArgoCd)).toEqual({
      title: 'One central Argo CD for every cluster',
      text: 'One central Argo CD instance reconciles the three EKS clusters.',
      location: '/adr/decisions/component/default/docs/0005-central-argocd',
      decisionId: 'component:default/docs/0005-central-argocd',
      entityRef: 'component:default/docs',
      status: 'accepted',
      number: 5,
      date: '2026-01-15',
      owner: 'group:default/tech-leads',
      system: 'system:default/localplus-docs',
      tags: ['gitops', 'delivery'],
      decisionMakers: ['Platform Team', 'Tech Lead'],
    });
  });

  it('falls back to the summary and leaves out what the decision lacks', () => {
    expect(toDecisionDocument(useKafka)).toEqual({
      title: 'Use Kafka for ledger events',
      text: 'The ledger publishes every posting.',
      location:
        '/adr/decisions/component/default/svc-ledger/2024-03-01-use-kafka',
      decisionId: 'component:default/svc-ledger/2024-03-01-use-kafka',
      entityRef: 'component:default/svc-ledger',
      status: 'proposed',
      date: '2024-03-01',
      tags: [],
      decisionMakers: [],
    });
  });

  it('indexes an empty text for a decision with neither text nor summary', () => {
    const { summary, ...bare } = useKafka;
    expect(toDecisionDocument(bare).text).toBe('');
  });
});
