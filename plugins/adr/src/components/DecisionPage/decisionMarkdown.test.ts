/* eslint-disable no-script-url -- script URLs are the hostile input under test */
import type { DecisionLink } from '@localplus/plugin-adr-common';
import { prepareDecisionMarkdown } from './decisionMarkdown';
import { LinkContext, resolveHref, resolveImageSrc } from './resolveHref';

const links: DecisionLink[] = [
  {
    kind: 'relates-to',
    target: '0016-one-table-one-owner.md',
    decisionId: 'component:default/docs/0016-one-table-one-owner',
  },
  {
    kind: 'supersedes',
    target:
      'https://github.com/localplus/docs/blob/main/adr/0009-api-gateway-deferred.md',
    decisionId: 'component:default/docs/0009-api-gateway-deferred',
  },
  { kind: 'relates-to', target: '0099-not-indexed.md' },
];

const pathOf = (id: string) => `/adr/decisions/${id.replace(':', '/')}`;

const onGitHub: LinkContext = {
  links,
  location: 'https://github.com/localplus/docs/blob/main/adr/0021-envoy.md',
  pathOf,
};
const local: LinkContext = { ...onGitHub, location: 'docs/adr/0021-envoy.md' };

describe('resolveHref', () => {
  it("leads sibling decision files to their decision's page", () => {
    for (const href of [
      '0016-one-table-one-owner.md',
      './0016-one-table-one-owner.md',
      '../adr/0016-one-table-one-owner.md',
      '0016-one%2Dtable-one-owner.md',
    ]) {
      expect(resolveHref(href, local)).toBe(
        '/adr/decisions/component/default/docs/0016-one-table-one-owner',
      );
    }
    expect(resolveHref('0016-one-table-one-owner.md#consequences', local)).toBe(
      '/adr/decisions/component/default/docs/0016-one-table-one-owner#consequences',
    );
    expect(
      resolveHref(
        'https://github.com/localplus/docs/blob/main/adr/0009-api-gateway-deferred.md',
        local,
      ),
    ).toBe('/adr/decisions/component/default/docs/0009-api-gateway-deferred');
  });

  it('resolves other relative paths against a record read from a URL, and drops them otherwise', () => {
    expect(resolveHref('../runbooks/edge.md', onGitHub)).toBe(
      'https://github.com/localplus/docs/blob/main/runbooks/edge.md',
    );
    expect(resolveHref('0099-not-indexed.md', onGitHub)).toBe(
      'https://github.com/localplus/docs/blob/main/adr/0099-not-indexed.md',
    );
    expect(resolveHref('../runbooks/edge.md', local)).toBeUndefined();
  });

  it('keeps web, mail and anchor links', () => {
    expect(resolveHref('https://example.com/rfc', local)).toBe(
      'https://example.com/rfc',
    );
    expect(resolveHref('mailto:arch@localplus.io', local)).toBe(
      'mailto:arch@localplus.io',
    );
    expect(resolveHref('#decision-outcome', local)).toBe('#decision-outcome');
  });

  it('refuses script, data and unknown schemes however they are disguised', () => {
    for (const href of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      '\u0001javascript:alert(1)',
      'vbscript:msgbox(1)',
      'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
      'file:///etc/passwd',
      '',
    ]) {
      expect(resolveHref(href, onGitHub)).toBeUndefined();
    }
  });

  it('loads images from the web only', () => {
    expect(resolveImageSrc('https://example.com/a.png', local)).toBe(
      'https://example.com/a.png',
    );
    expect(resolveImageSrc('diagram.png', onGitHub)).toBe(
      'https://github.com/localplus/docs/blob/main/adr/diagram.png',
    );
    expect(resolveImageSrc('diagram.png', local)).toBeUndefined();
    expect(
      resolveImageSrc('data:image/svg+xml,<svg onload=alert(1)>', onGitHub),
    ).toBeUndefined();
    expect(resolveImageSrc('javascript:alert(1)', onGitHub)).toBeUndefined();
  });
});

describe('prepareDecisionMarkdown', () => {
  it('turns raw HTML into visible code and drops comments', () => {
    const out = prepareDecisionMarkdown(
      [
        '<!-- This is an optional element. Feel free to remove. -->',
        '',
        '<script>alert(1)</script>',
        '',
        'Hello <img src=x onerror=alert(1)> and <b onclick="x()">bold</b>.',
        '',
        '<iframe src="https://evil.example"></iframe>',
      ].join('\n'),
      local,
    );

    expect(out).not.toMatch(/<!--|optional element/);
    expect(out).toContain('```\n<script>alert(1)</script>\n```');
    expect(out).toContain(
      'Hello `<img src=x onerror=alert(1)>` and `<b onclick="x()">`bold`</b>`.',
    );
    expect(out).toContain(
      '```\n<iframe src="https://evil.example"></iframe>\n```',
    );
    // Outside code, no < is left for a renderer to read as markup.
    const outsideCode = out
      .replace(/```[\s\S]*?```/g, '')
      .replace(/`[^`]*`/g, '');
    expect(outsideCode).not.toContain('<');
  });

  it('keeps the text of links it drops and rewrites the others', () => {
    const out = prepareDecisionMarkdown(
      [
        '[click me](javascript:alert(1)) and <javascript:alert(2)>',
        '[one owner](./0016-one-table-one-owner.md) and [rfc](https://example.com/rfc)',
        '[ref link][evil]',
        '',
        '[evil]: javascript:alert(3)',
      ].join('\n'),
      local,
    );

    expect(out).not.toMatch(/javascript:alert\\?\(1|alert\\?\(3/);
    expect(out).toContain('click me');
    expect(out).toContain(
      '[one owner](/adr/decisions/component/default/docs/0016-one-table-one-owner)',
    );
    expect(out).toContain('[rfc](https://example.com/rfc)');
  });

  it('replaces images it cannot load safely by their alt text', () => {
    const out = prepareDecisionMarkdown(
      '![context diagram](diagram.png) ![logo](https://example.com/logo.png) ![x](data:image/png;base64,AAAA)',
      local,
    );
    expect(out).toContain('\\[context diagram]');
    expect(out).toContain('![logo](https://example.com/logo.png)');
    expect(out).not.toContain('data:');
  });

  it('keeps GitHub-flavoured markdown', () => {
    const out = prepareDecisionMarkdown(
      '| Option | Cost |\n| --- | --- |\n| Envoy | low |\n\n- [x] done\n\n~~Kong~~\n',
      local,
    );
    expect(out).toContain('| Envoy  | low  |');
    expect(out).toContain('* [x] done');
    expect(out).toContain('~~Kong~~');
  });

  it('survives hostile and oversized input', () => {
    const nested = `${'> '.repeat(500)}deep`;
    const huge = `${'[a](javascript:x) <b>'.repeat(20_000)}`;

    expect(() => prepareDecisionMarkdown(nested, local)).not.toThrow();
    const out = prepareDecisionMarkdown(huge, local);
    expect(out).not.toContain('javascript:');
    expect(prepareDecisionMarkdown('', local)).toBe('');
  });
});
