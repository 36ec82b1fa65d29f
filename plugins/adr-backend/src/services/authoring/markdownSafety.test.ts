import {
  containedMarkdown,
  linkDestination,
  plainInline,
} from './markdownSafety';

describe('plainInline', () => {
  it('collapses whitespace and escapes inline markup', () => {
    expect(plainInline('  Use *Kafka*\n for <b>audit</b> [events](x)  ')).toBe(
      'Use \\*Kafka\\* for \\<b\\>audit\\</b\\> \\[events\\](x)',
    );
    expect(plainInline('Fish &amp; chips & `code` ~~old~~')).toBe(
      'Fish \\&amp; chips & \\`code\\` \\~\\~old\\~\\~',
    );
  });

  it('escapes what would start a heading, list or quote, and a closing hash', () => {
    expect(plainInline('# not a heading')).toBe('\\# not a heading');
    expect(plainInline('- item')).toBe('\\- item');
    expect(plainInline('+ item')).toBe('\\+ item');
    expect(plainInline('=== ')).toBe('\\===');
    expect(plainInline('> quote')).toBe('\\> quote');
    expect(plainInline('1. first')).toBe('1\\. first');
    expect(plainInline('2) second')).toBe('2\\) second');
    expect(plainInline('Use C#')).toBe('Use C\\#');
    expect(plainInline('#')).toBe('\\#');
    expect(plainInline('audit-events 2024')).toBe('audit-events 2024');
  });

  it('turns control characters into spaces', () => {
    expect(plainInline('a\u0000b\u001bc\r\n---\nstatus: accepted')).toBe(
      'a b c --- status: accepted',
    );
  });
});

describe('containedMarkdown', () => {
  it('moves headings below the level-3 structure of the record', () => {
    expect(
      containedMarkdown('# One\n## Two\n   ### Three\n#### Four\n#hashtag'),
    ).toBe('#### One\n##### Two\n   ###### Three\n###### Four\n#hashtag');
  });

  it('escapes setext underlines under a paragraph and leaves thematic breaks alone', () => {
    expect(containedMarkdown('Decision Outcome\n---\n\n---\nA\n===')).toBe(
      'Decision Outcome\n\\---\n\n---\nA\n\\===',
    );
  });

  it('escapes the start of HTML blocks, however they would end', () => {
    expect(
      containedMarkdown(
        '<!-- never closed\n  <script>alert(1)\ntext <b>inline</b>',
      ),
    ).toBe('\\<!-- never closed\n  \\<script>alert(1)\ntext <b>inline</b>');
  });

  it('leaves fenced code as written and closes a fence left open', () => {
    const code = '```yaml\n---\n# comment\n<div>\n```\n# after';
    expect(containedMarkdown(code)).toBe(
      '```yaml\n---\n# comment\n<div>\n```\n#### after',
    );
    expect(containedMarkdown('~~~~\n## inside\n~~~')).toBe(
      '~~~~\n## inside\n~~~\n~~~~',
    );
    expect(containedMarkdown('``` not `a fence`\n# real heading')).toBe(
      '``` not `a fence`\n#### real heading',
    );
  });

  it('normalises line ends and trims blank edges', () => {
    expect(containedMarkdown('\n\nline one\r\nline two\r\n\n  ')).toBe(
      'line one\nline two',
    );
  });
});

describe('linkDestination', () => {
  it('encodes what would end a link destination', () => {
    expect(linkDestination('0005-central-argocd.md')).toBe(
      '0005-central-argocd.md',
    );
    expect(linkDestination('0005 argo (v2).md')).toBe(
      '0005%20argo%20%28v2%29.md',
    );
  });
});
