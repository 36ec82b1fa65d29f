import http from 'node:http';
import net from 'node:net';
import fs from 'node:fs';
import {
  isolateTmpDir,
  neverReadyProgram,
  processesMentioning,
} from '../__testUtils__/leftovers';
import { startAlertmanager } from './startAlertmanager';

jest.setTimeout(60_000);

type Notification = {
  status: string;
  alerts: Array<{ labels: Record<string, string> }>;
};

/** A webhook receiver: resolves each notification Alertmanager posts. */
async function startWebhook() {
  const received: Notification[] = [];
  let notify: () => void = () => {};
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', chunk => {
      body += chunk;
    });
    req.on('end', () => {
      received.push(JSON.parse(body));
      res.end();
      notify();
    });
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    next: () => new Promise<void>(resolve => (notify = resolve)),
    close: () => new Promise(resolve => server.close(resolve)),
  };
}

describe('startAlertmanager', () => {
  const tmp = isolateTmpDir();

  it('accepts an alert through the v2 API and routes it to a webhook', async () => {
    const webhook = await startWebhook();
    const alertmanager = await startAlertmanager({
      config: {
        route: {
          receiver: 'on-call',
          group_by: ['alertname'],
          group_wait: '0s',
        },
        receivers: [
          { name: 'on-call', webhook_configs: [{ url: webhook.url }] },
        ],
      },
    });
    expect(alertmanager.workDir.startsWith(tmp.dir())).toBe(true);
    try {
      const delivered = webhook.next();
      const posted = await fetch(`${alertmanager.url}/api/v2/alerts`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify([
          { labels: { alertname: 'WalletDown', service: 'svc-wallet' } },
        ]),
      });
      expect(posted.status).toBe(200);
      await delivered;
      expect(webhook.received[0].status).toBe('firing');
      expect(webhook.received[0].alerts[0].labels).toEqual({
        alertname: 'WalletDown',
        service: 'svc-wallet',
      });
      const listed = await (
        await fetch(`${alertmanager.url}/api/v2/alerts`)
      ).json();
      expect(listed.map((a: any) => a.labels.alertname)).toEqual([
        'WalletDown',
      ]);
    } finally {
      await alertmanager.stop();
      await webhook.close();
    }
    expect(fs.existsSync(alertmanager.workDir)).toBe(false);
    expect(processesMentioning(alertmanager.workDir)).toEqual([]);
    await expect(fetch(`${alertmanager.url}/-/ready`)).rejects.toThrow();
  });

  it('leaves no process and no folder when the config is refused', async () => {
    await expect(
      startAlertmanager({ config: 'route: {receiver: missing}\n' }),
    ).rejects.toThrow(
      /alertmanager exited \(exit code 1\) before it was ready on http:\/\/127\.0\.0\.1:\d+; it logged:\n.*missing/,
    );
    expect(fs.readdirSync(tmp.dir())).toEqual([]);
    expect(processesMentioning(tmp.dir())).toEqual([]);
  });

  it('leaves no process and no folder when it is not ready in time', async () => {
    await expect(
      startAlertmanager({
        alertmanagerBinary: neverReadyProgram(),
        readyTimeoutMs: 500,
      }),
    ).rejects.toThrow(
      /alertmanager was not ready on http:\/\/127\.0\.0\.1:\d+ after 500 ms/,
    );
    expect(fs.readdirSync(tmp.dir())).toEqual([]);
    expect(processesMentioning(tmp.dir())).toEqual([]);
  });

  it('says which binary is missing', async () => {
    await expect(
      startAlertmanager({ alertmanagerBinary: '/nonexistent/alertmanager' }),
    ).rejects.toThrow(
      '/nonexistent/alertmanager was not found (install the Debian package "prometheus-alertmanager", which provides it)',
    );
    expect(fs.readdirSync(tmp.dir())).toEqual([]);
  });
});
