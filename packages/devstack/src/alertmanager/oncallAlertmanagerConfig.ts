/** The one receiver of the dev Alertmanager: the portal's on-call webhook. */
export const ONCALL_RECEIVER = 'localplus-oncall';

/**
 * Quick enough that a page shows in the portal within seconds of the alert
 * firing (group_wait), and that a portal started after the dev stack gets
 * the pending pages soon (a failed delivery is retried at the next
 * group_interval).
 */
export const ONCALL_ROUTE_TIMING = {
  group_wait: '5s',
  group_interval: '30s',
  repeat_interval: '1h',
} as const;

export interface OncallWebhook {
  /** The portal backend's `/api/oncall/webhook/alertmanager`. */
  url: string;
  /** Sent as `Authorization: Bearer <secret>`, as the portal checks it. */
  secret: string;
}

/**
 * The `alertmanager.yml` of the dev stack: every alert, grouped per alert
 * name and service, posted to the portal, resolutions included.
 */
export function oncallAlertmanagerConfig(webhook: OncallWebhook) {
  return {
    route: {
      receiver: ONCALL_RECEIVER,
      group_by: ['alertname', 'service'],
      ...ONCALL_ROUTE_TIMING,
    },
    receivers: [
      {
        name: ONCALL_RECEIVER,
        webhook_configs: [
          {
            url: webhook.url,
            send_resolved: true,
            http_config: {
              authorization: { type: 'Bearer', credentials: webhook.secret },
            },
          },
        ],
      },
    ],
  };
}
