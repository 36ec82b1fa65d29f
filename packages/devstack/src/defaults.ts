/**
 * Fixed local defaults of the dev stack. They are dev-only credentials of a
 * simulator on the loopback interface; nothing real accepts them.
 */
export const DEVSTACK_DEFAULTS = {
  host: '127.0.0.1',
  kubernetesPort: 7701,
  argoCdPort: 7702,
  prometheusPort: 7703,
  /** The live LOCAL-PLUS traffic that Prometheus scrapes. */
  trafficPort: 7704,
  kubernetesToken: 'localplus-devstack-kubernetes-token',
  argoCdToken: 'localplus-devstack-argocd-token',
  argoCdUsername: 'admin',
  argoCdPassword: 'localplus-devstack',
} as const;
