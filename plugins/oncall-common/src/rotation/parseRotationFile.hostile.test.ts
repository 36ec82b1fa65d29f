import { localplusWeeklyYaml } from '../__fixtures__/localplusWeekly';
import { MAX_ROTATION_FILE_BYTES } from '../annotations';
import { parseRotationFile } from './parseRotationFile';

const options = { source: 'hostile.yaml', owner: 'group:default/attackers' };

function messagesOf(text: unknown): string[] {
  const { definition, problems } = parseRotationFile(text as string, options);
  expect(definition).toBeUndefined();
  for (const problem of problems) {
    expect(problem.entityRef).toBe('group:default/attackers');
    expect(problem.source).toBe('hostile.yaml');
  }
  return problems.map(p => `${p.field ?? '(file)'}: ${p.message}`);
}

/** The demo file with its members line replaced by `members` YAML. */
const withMembers = (members: string) =>
  localplusWeeklyYaml.replace(
    'members: [alice, bob, charlie, diana, eve]',
    `members: ${members}`,
  );

describe('parseRotationFile with hostile input', () => {
  it('refuses text over 256 KiB before parsing it', () => {
    const padding = `# ${'x'.repeat(MAX_ROTATION_FILE_BYTES)}\n`;
    expect(messagesOf(localplusWeeklyYaml + padding)).toEqual([
      '(file): is larger than 256 KiB',
    ]);
  });

  it('counts bytes, not characters', () => {
    // 100 000 three-byte characters: 300 KB in UTF-8.
    const padding = `# ${'€'.repeat(100_000)}\n`;
    expect(padding.length).toBeLessThan(MAX_ROTATION_FILE_BYTES);
    expect(messagesOf(localplusWeeklyYaml + padding)).toEqual([
      '(file): is larger than 256 KiB',
    ]);
  });

  it('refuses a billion-laughs alias bomb', () => {
    const bomb = [
      'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
      'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
    ].join('\n');
    const [message] = messagesOf(bomb);
    expect(message).toMatch(/^\(file\): could not be read: .*alias/i);
  });

  it('refuses __proto__ keys without polluting any prototype', () => {
    const text = localplusWeeklyYaml
      .replace('metadata:', 'metadata:\n  __proto__: { polluted: true }')
      .replace('spec:', '__proto__: { polluted: true }\nspec:');
    expect(messagesOf(text)).toEqual([
      'metadata.__proto__: is not a field of a rotation file',
      '__proto__: is not a field of a rotation file',
    ]);
    expect(({} as any).polluted).toBeUndefined();
    expect((Object.prototype as any).polluted).toBeUndefined();
  });

  it('refuses constructor and prototype keys', () => {
    const text = localplusWeeklyYaml.replace(
      '  timeZone: Europe/Paris',
      '  timeZone: Europe/Paris\n  constructor: { prototype: { polluted: true } }',
    );
    expect(messagesOf(text)).toEqual([
      'spec.constructor: is not a field of a rotation file',
    ]);
    expect(({} as any).polluted).toBeUndefined();
  });

  it('refuses members that are not names', () => {
    expect(
      messagesOf(withMembers('[42, { name: alice }, null, [bob], true]')),
    ).toEqual(
      [0, 1, 2, 3, 4].map(
        index =>
          `spec.layers[0].members[${index}]: must be a user name or ref, e.g. alice or user:default/alice`,
      ),
    );
  });

  it('refuses names with injected characters', () => {
    expect(
      messagesOf(
        withMembers('["alice\\nbob", "../etc/passwd", "a b", "<script>"]'),
      ),
    ).toHaveLength(4);
  });

  it('refuses 10 000 members quickly, with a short list of problems', () => {
    const members = Array.from({ length: 10_000 }, (_, i) => `m${i}`);
    const started = Date.now();
    const messages = messagesOf(withMembers(`[${members.join(', ')}]`));
    expect(Date.now() - started).toBeLessThan(2000);
    expect(messages).toEqual([
      'spec.layers[0].members: must name at most 200 members',
    ]);
  });

  it('caps the number of problems it reports', () => {
    const members = Array.from({ length: 150 }, (_, i) => i);
    const messages = messagesOf(withMembers(`[${members.join(', ')}]`));
    expect(messages).toHaveLength(21);
    expect(messages[20]).toBe('(file): and 130 more problems');
  });

  it.each([
    ['invalid YAML', 'spec: [unclosed', /^\(file\): is not valid YAML: /],
    [
      'duplicate keys',
      `${localplusWeeklyYaml}kind: Rotation\n`,
      /^\(file\): is not valid YAML: .*unique/i,
    ],
    [
      'two documents',
      `${localplusWeeklyYaml}---\n${localplusWeeklyYaml}`,
      /^\(file\): is not valid YAML: /,
    ],
    [
      'a list',
      '- apiVersion: oncall.localplus.io/v1alpha1',
      /must be a mapping/,
    ],
    ['a scalar', 'hello', /must be a mapping/],
    ['nothing', '', /must be a mapping/],
    ['deep nesting', `${'['.repeat(5000)}${']'.repeat(5000)}`, /^\(file\): /],
  ])('refuses %s', (_, text, expected) => {
    const messages = messagesOf(text);
    expect(messages.length).toBeGreaterThan(0);
    expect(messages[0]).toMatch(expected);
  });

  it('refuses what is not text', () => {
    expect(messagesOf(undefined)).toEqual(['(file): must be a text of YAML']);
    expect(messagesOf({ apiVersion: 'x' })).toEqual([
      '(file): must be a text of YAML',
    ]);
  });

  it('does not echo a huge value back in its messages', () => {
    const messages = messagesOf(`spec: [${'"x",'.repeat(20_000)}`);
    for (const message of messages) {
      expect(message.length).toBeLessThan(400);
    }
  });
});
