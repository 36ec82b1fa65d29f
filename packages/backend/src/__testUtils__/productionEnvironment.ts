/**
 * A value for every `${VAR}` that app-config.production.yaml reads, for the
 * tests that load or start the production configuration. None of it is
 * real: PostgreSQL and Redis are the machine's, the clusters' names do not
 * resolve, and the URLs a started backend could call point at a closed
 * local port (9, discard). The secrets say "not-a-real" so a test can look
 * for them where they must not appear.
 */
export const PRODUCTION_ENVIRONMENT: Readonly<Record<string, string>> = {
  POSTGRES_HOST: '127.0.0.1',
  POSTGRES_PORT: '5432',
  POSTGRES_USER: 'postgres',
  POSTGRES_PASSWORD: '',
  CACHE_URL: process.env.PORTAL_TEST_CACHE_URL ?? 'redis://127.0.0.1:6379',
  GITHUB_TOKEN: 'not-a-real-github-token',
  AUTH_GITHUB_CLIENT_ID: 'not-a-real-client-id',
  AUTH_GITHUB_CLIENT_SECRET: 'not-a-real-client-secret',
  ARGOCD_URL: 'http://127.0.0.1:9',
  ARGOCD_TOKEN: 'not-a-real-argocd-token',
  EKS_DEV_API_URL: 'https://dev.eks.example',
  EKS_STAGING_API_URL: 'https://staging.eks.example',
  EKS_PROD_API_URL: 'https://prod.eks.example',
  EKS_DEV_CA_DATA: 'Y2E=',
  EKS_STAGING_CA_DATA: 'Y2E=',
  EKS_PROD_CA_DATA: 'Y2E=',
  EKS_READER_ROLE_ARN: 'arn:aws:iam::123456789012:role/portal-eks-reader',
  PROMETHEUS_PROD_URL: 'http://127.0.0.1:9',
  PROMETHEUS_PROD_PUBLIC_URL: 'https://grafana.prod.example/prometheus',
  PROMETHEUS_PROD_TOKEN: 'not-a-real-prometheus-token',
  PROMETHEUS_STAGING_URL: 'http://127.0.0.1:9',
  PROMETHEUS_STAGING_PUBLIC_URL: 'https://grafana.staging.example/prometheus',
  PROMETHEUS_STAGING_TOKEN: 'not-a-real-staging-token',
  ONCALL_WEBHOOK_SECRET: 'not-a-real-webhook-secret-of-at-least-32-characters',
  ONCALL_CALENDAR_SIGNING_SECRET:
    'not-a-real-signing-secret-of-at-least-32-characters',
  PAGERDUTY_TOKEN: 'not-a-real-pagerduty-token',
};
