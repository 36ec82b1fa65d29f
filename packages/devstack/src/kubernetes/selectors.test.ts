import { InputError as LabelSelectorError } from '../http';
import { matchesLabelSelector, parseLabelSelector } from './selectors';

const labels = {
  'app.kubernetes.io/name': 'svc-ledger',
  'localplus.io/environment': 'prod',
  replicas: '10',
};

function matches(selector: string, on: Record<string, string> = labels) {
  return matchesLabelSelector(on, parseLabelSelector(selector));
}

describe('label selectors', () => {
  it.each([
    ['', true],
    ['app.kubernetes.io/name=svc-ledger', true],
    ['app.kubernetes.io/name==svc-ledger', true],
    ['app.kubernetes.io/name = svc-ledger', true],
    ['app.kubernetes.io/name=svc-wallet', false],
    ['app.kubernetes.io/name!=svc-wallet', true],
    ['missing!=x', true],
    ['app.kubernetes.io/name in (svc-wallet, svc-ledger)', true],
    ['app.kubernetes.io/name notin (svc-wallet,svc-ledger)', false],
    ['missing notin (a)', true],
    ['missing in (a)', false],
    ['localplus.io/environment', true],
    ['!localplus.io/environment', false],
    ['!missing', true],
    ['replicas>9', true],
    ['replicas<10', false],
    [
      'app.kubernetes.io/name=svc-ledger,localplus.io/environment in (prod),!missing',
      true,
    ],
    ['app.kubernetes.io/name=svc-ledger,localplus.io/environment=dev', false],
    ['empty=', false],
  ])('%s matches: %s', (selector, expected) => {
    expect(matches(selector)).toBe(expected);
  });

  it('matches an empty value against an empty label', () => {
    expect(matches('empty=', { empty: '' })).toBe(true);
  });

  it.each([
    'app in (',
    'app in ()',
    'a b=c',
    'key=has space',
    '=value',
    'a=b=c',
    ',a=b',
    'a=b,',
    'Bad_Prefix.example/key=v',
    `${'k'.repeat(64)}=v`,
    `k=${'v'.repeat(64)}`,
    'k>notanumber',
    'k in (a,(b))',
    'a)=b',
  ])('rejects %s', selector => {
    expect(() => parseLabelSelector(selector)).toThrow(LabelSelectorError);
  });

  it('rejects selectors longer than 4096 characters', () => {
    expect(() => parseLabelSelector(`a=${'b'.repeat(5000)}`)).toThrow(
      /limit is 4096/,
    );
  });
});
