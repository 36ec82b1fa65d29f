import { namesComponent } from './namesComponent';

describe('namesComponent', () => {
  it.each([
    ['Onboarding through svc-merchant.', true],
    ["svc-merchant's onboarding", true],
    ['see component:default/svc-merchant for details', true],
    ['SVC-MERCHANT owns the flow', true],
    ['svc-merchant-ui renders it', false],
    ['legacy-svc-merchant is gone', false],
    ['svc_merchant is another service', false],
    ['nothing about it', false],
  ])('%j names svc-merchant: %s', (text, expected) => {
    expect(namesComponent(text, 'svc-merchant')).toBe(expected);
  });

  it('takes a name with regular-expression characters literally', () => {
    expect(namesComponent('uses svc.ledger daily', 'svc.ledger')).toBe(true);
    expect(namesComponent('uses svcXledger daily', 'svc.ledger')).toBe(false);
  });
});
