import { ConfigReader } from '@backstage/config';
import { findDevelopmentValueViolations } from './developmentValues';

const production = (data: object) =>
  new ConfigReader({ auth: { environment: 'production' }, ...data });

describe('findDevelopmentValueViolations', () => {
  it('names every key holding a published development secret, never the value', () => {
    const violations = findDevelopmentValueViolations(
      production({
        oncall: {
          pages: {
            webhookSecret: 'devstack-oncall-webhook-secret-not-for-production',
          },
          pagerduty: { token: 'localplus-devstack-pagerduty-token' },
        },
        clusters: [{ token: 'localplus-devstack-kubernetes-token' }],
      }),
      {},
    );
    expect(violations).toEqual([
      'oncall.pages.webhookSecret holds a development-only secret',
      'oncall.pagerduty.token holds a development-only secret',
      'clusters[0].token holds a development-only secret',
    ]);
    expect(violations.join()).not.toContain('devstack-');
  });

  it('lets real secrets and endpoints through', () => {
    expect(
      findDevelopmentValueViolations(
        production({
          argocd: { baseUrl: 'https://argocd.internal.example' },
          oncall: { pages: { webhookSecret: 'a-real-secret' } },
        }),
        {},
      ),
    ).toEqual([]);
  });

  it('leaves development alone', () => {
    const config = new ConfigReader({
      oncall: { pagerduty: { token: 'localplus-devstack-pagerduty-token' } },
    });
    expect(findDevelopmentValueViolations(config, {})).toEqual([]);
    expect(
      findDevelopmentValueViolations(config, { NODE_ENV: 'production' }),
    ).toEqual(['oncall.pagerduty.token holds a development-only secret']);
  });
});
