import {
  createTestAction,
  createTestContext,
  failureOf,
} from '../__testUtils__/actionTestKit';
import { setupAdrRecordsMock } from '../__testUtils__/adrRecordsApiMock';
import { readDecisionRecordInput } from './decisionRecordInput';

const adr = setupAdrRecordsMock();

const valid = {
  entityRef: 'component:default/docs',
  title: 'Valkey for the shared cache',
  context: 'Redis changed its licence.',
  decision: 'Adopt Valkey.',
};

const ACTION = 'localplus:adr:create-record';

describe('the input of localplus:adr:create-record', () => {
  it('accepts the minimal input and applies the defaults', () => {
    expect(readDecisionRecordInput(ACTION, valid)).toEqual({
      ...valid,
      options: [],
      status: 'proposed',
      decisionMakers: [],
      consulted: [],
      informed: [],
      tags: [],
      supersedes: [],
    });
  });

  it('drops keys the action does not know', () => {
    const hostile = JSON.parse(
      '{"__proto__": {"polluted": true}, "token": "ghp_secret"}',
    );
    const read = readDecisionRecordInput(ACTION, { ...valid, ...hostile });
    expect(read).not.toHaveProperty('token');
    expect(read).not.toHaveProperty('polluted');
    expect(({} as any).polluted).toBeUndefined();
  });

  it('names every missing field', () => {
    expect(() => readDecisionRecordInput(ACTION, {})).toThrow(
      'Invalid input to localplus:adr:create-record: entityRef: is required; title: is required; context: is required; decision: is required',
    );
  });

  it.each([
    [{ entityRef: 'docs' }, 'entityRef: must be an entity reference'],
    [
      { entityRef: 'component:default/docs/extra' },
      'entityRef: must be an entity reference',
    ],
    [
      { entityRef: 'component:default/<script>' },
      'entityRef: must be an entity reference',
    ],
    [{ title: '   ' }, 'title: must be at least 3 characters'],
    [{ title: 'Two\nlines' }, 'title: must be a single line of text'],
    [{ title: 'x'.repeat(121) }, 'title: must be at most 120 characters'],
    [{ title: 'ab' }, 'title: must be at least 3 characters'],
    [
      { title: '${{ parameters.title }}' },
      'title: must not contain a template expression',
    ],
    [
      { context: 'x'.repeat(20_001) },
      'context: must be at most 20000 characters',
    ],
    [
      { context: 'bell \u0007' },
      'context: must not contain control characters',
    ],
    [{ decision: '' }, 'decision: must not be empty'],
    [
      { consequences: '{% if true %}' },
      'consequences: must not contain a template expression',
    ],
    [{ status: 'superseded' }, 'status: must be one of proposed, accepted'],
    [{ options: 'Valkey' }, 'options: Expected array, received string'],
    [
      { options: Array(21).fill('Valkey') },
      'options: must list at most 20 options',
    ],
    [
      { options: ['ok', 'two\nlines'] },
      'options[1]: must be a single line of text',
    ],
    [
      { decisionMakers: Array(21).fill('x') },
      'decisionMakers: must list at most 20 decision-makers',
    ],
    [
      { informed: ['x'.repeat(101)] },
      'informed[0]: must be at most 100 characters',
    ],
    [{ consulted: [42] }, 'consulted[0]: Expected string, received number'],
    [{ informed: ['a\u0000b'] }, 'informed[0]: must be a single line of text'],
    [{ tags: ['x'.repeat(101)] }, 'tags[0]: must be at most 100 characters'],
    [{ tags: Array(21).fill('x') }, 'tags: must list at most 20 tags'],
    [
      { supersedes: ['0005-central-argocd'] },
      'supersedes[0]: must be decision ids',
    ],
    [
      { supersedes: ['component:default/docs/../x'] },
      'supersedes[0]: must be decision ids',
    ],
  ])('refuses %j', (change, message) => {
    expect(() =>
      readDecisionRecordInput(ACTION, { ...valid, ...change }),
    ).toThrow(message);
  });

  it('never repeats a refused value in its message', () => {
    expect(() =>
      readDecisionRecordInput(ACTION, { ...valid, status: 'ghp_leaked_token' }),
    ).toThrow(/^(?!.*ghp_leaked_token)/s);
  });

  it('sends nothing to the ADR backend when the input is refused', async () => {
    const error = await failureOf(
      createTestAction().handler(
        createTestContext({ ...valid, title: 'Two\nlines' }),
      ),
    );
    expect(error.name).toBe('InputError');
    expect(adr.posts).toHaveLength(0);
  });
});
