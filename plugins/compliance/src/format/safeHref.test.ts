/* eslint-disable no-script-url -- script URLs are the hostile input under test */
import { safeHref } from './safeHref';

describe('safeHref', () => {
  it.each([
    [
      'https://k8s.example.com/api/v1/nodes',
      'https://k8s.example.com/api/v1/nodes',
    ],
    [
      'http://prometheus:9090/api/v1/rules',
      'http://prometheus:9090/api/v1/rules',
    ],
    [
      '/catalog/default/component/svc-ledger',
      '/catalog/default/component/svc-ledger',
    ],
  ])('links to %s', (value, href) => {
    expect(safeHref(value)).toBe(href);
  });

  it.each([
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    '//evil.example.com/steal',
    '/\\evil.example.com',
    'file:///etc/passwd',
    'docs/erasure.md',
    '',
    undefined,
  ])('keeps %p as text', value => {
    expect(safeHref(value)).toBeUndefined();
  });
});
