import http from 'node:http';
import net from 'node:net';

/** What Alertmanager's webhook posts (the fields the tests read). */
export interface WebhookNotification {
  status: 'firing' | 'resolved';
  receiver: string;
  alerts: Array<{ status: string; labels: Record<string, string> }>;
}

/**
 * Stands in for the portal's `/api/oncall/webhook/alertmanager`: accepts a
 * POST with `Authorization: Bearer <secret>` (401 otherwise, as the portal
 * answers) and keeps what it was sent.
 */
export async function startPortalWebhook(secret: string) {
  const accepted: WebhookNotification[] = [];
  const refused: Array<string | undefined> = [];
  const waiters: Array<() => void> = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', chunk => {
      body += chunk;
    });
    req.on('end', () => {
      if (req.headers.authorization !== `Bearer ${secret}`) {
        refused.push(req.headers.authorization);
        res.writeHead(401).end();
        return;
      }
      accepted.push(JSON.parse(body));
      res.writeHead(200).end();
      waiters.splice(0).forEach(wake => wake());
    });
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/oncall/webhook/alertmanager`,
    accepted,
    refused,
    /** Resolves with the first accepted notification, or fails after `ms`. */
    firstNotification(ms: number): Promise<WebhookNotification> {
      if (accepted.length > 0) return Promise.resolve(accepted[0]);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no notification within ${ms} ms`)),
          ms,
        );
        waiters.push(() => {
          clearTimeout(timer);
          resolve(accepted[0]);
        });
      });
    },
    /**
     * The distinct firing alerts of every notification so far, once there
     * are at least `count` (an alert evaluated a little later comes in the
     * group's next notification); fails after `ms`.
     */
    firingAlerts(
      count: number,
      ms: number,
    ): Promise<WebhookNotification['alerts']> {
      const distinct = () => {
        const byLabels = new Map<string, WebhookNotification['alerts'][0]>();
        for (const notification of accepted) {
          for (const alert of notification.alerts) {
            if (alert.status === 'firing') {
              byLabels.set(JSON.stringify(alert.labels), alert);
            }
          }
        }
        return [...byLabels.values()];
      };
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () =>
            reject(
              new Error(
                `${
                  distinct().length
                } of ${count} firing alerts within ${ms} ms`,
              ),
            ),
          ms,
        );
        const check = () => {
          const alerts = distinct();
          if (alerts.length >= count) {
            clearTimeout(timer);
            resolve(alerts);
          } else {
            waiters.push(check);
          }
        };
        check();
      });
    },
    close: () =>
      new Promise<void>(resolve => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
