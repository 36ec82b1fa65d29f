import { centralArgoCd } from '../__fixtures__/decisions';
import { readDecisionPage } from './decisionPage';

const page = (decisions: unknown[], total = decisions.length) => ({
  decisions,
  total,
  facets: {},
});

describe('readDecisionPage', () => {
  it('reads the decisions and the total', () => {
    expect(readDecisionPage(page([centralArgoCd], 7))).toEqual({
      decisions: [centralArgoCd],
      total: 7,
    });
  });

  it('treats null as absent and missing lists as empty', () => {
    const { tags, decisionMakers, ...rest } = centralArgoCd;
    const read = readDecisionPage(
      page([{ ...rest, number: null, owner: null, text: null }]),
    );
    expect(read.decisions[0]).not.toHaveProperty('number');
    expect(read.decisions[0]).not.toHaveProperty('owner');
    expect(read.decisions[0]).not.toHaveProperty('text');
    expect(read.decisions[0].tags).toEqual([]);
    expect(read.decisions[0].decisionMakers).toEqual([]);
  });

  it.each([
    [null, 'the answer is not a JSON object'],
    [[centralArgoCd], 'the answer is not a JSON object'],
    ['decisions', 'the answer is not a JSON object'],
    [{ total: 1 }, 'the answer has no "decisions" list'],
    [{ decisions: {}, total: 1 }, 'the answer has no "decisions" list'],
    [{ decisions: [] }, 'the answer has no "total" count'],
    [{ decisions: [], total: -1 }, 'the answer has no "total" count'],
    [{ decisions: [], total: 1.5 }, 'the answer has no "total" count'],
    [{ decisions: [], total: '3' }, 'the answer has no "total" count'],
  ])('refuses the answer %j', (body, message) => {
    expect(() => readDecisionPage(body)).toThrow(message);
  });

  it.each([
    [null, 'decision 1 of the answer is not an object'],
    ['x', 'decision 1 of the answer is not an object'],
    [{ ...centralArgoCd, id: undefined }, 'decision 1 of the answer has no id'],
    [{ ...centralArgoCd, title: '' }, 'decision 1 of the answer has no title'],
    [
      { ...centralArgoCd, entityRef: 5 },
      'decision 1 of the answer has no entityRef',
    ],
    [
      { ...centralArgoCd, status: 'approved' },
      'decision 1 of the answer has an unknown status',
    ],
    [
      { ...centralArgoCd, number: '5' },
      'decision 1 of the answer has a number that is not an integer',
    ],
    [
      { ...centralArgoCd, number: 1e300 },
      'decision 1 of the answer has a number that is not an integer',
    ],
    [
      { ...centralArgoCd, text: { $ne: null } },
      'decision 1 of the answer has a text that is not text',
    ],
    [
      { ...centralArgoCd, tags: 'gitops' },
      'decision 1 of the answer has tags that are not a list of text',
    ],
    [
      { ...centralArgoCd, decisionMakers: [1, 2] },
      'decision 1 of the answer has decisionMakers that are not a list of text',
    ],
  ])('refuses a page whose second decision is %j', (bad, message) => {
    expect(() => readDecisionPage(page([centralArgoCd, bad]))).toThrow(message);
  });
});
