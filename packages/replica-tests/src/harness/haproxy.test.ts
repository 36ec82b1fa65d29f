import { haproxyConfig, serverStatesFromCsv } from './haproxy';

describe('the HAProxy harness', () => {
  it('checks readiness every second, down after 2 failures, up after 2 successes, and retries elsewhere', () => {
    const config = haproxyConfig(
      {
        workDir: '/tmp/x',
        port: 8080,
        servers: [
          { name: 'a', port: 7001 },
          { name: 'b', port: 7002 },
        ],
        healthPath: '/.backstage/health/v1/readiness',
      },
      '/tmp/x/haproxy.sock',
    );
    const lines = config.split('\n').map(line => line.trim());
    expect(lines).toEqual(
      expect.arrayContaining([
        'option httpchk GET /.backstage/health/v1/readiness',
        'default-server inter 1s fall 2 rise 2',
        'option redispatch',
        'retry-on conn-failure empty-response junk-response 0rtt-rejected',
        'server a 127.0.0.1:7001 check',
        'server b 127.0.0.1:7002 check',
        'bind 127.0.0.1:8080',
        'stats socket /tmp/x/haproxy.sock mode 600 level admin',
      ]),
    );
  });

  it("reads each server's state of one backend from `show stat`", () => {
    const csv = [
      '# pxname,svname,qcur,status,weight',
      'portal,FRONTEND,,OPEN,',
      'replicas,a,0,UP,1',
      'replicas,b,0,DOWN,1',
      'replicas,BACKEND,0,UP,1',
      'other,a,0,MAINT,1',
      '',
    ].join('\n');
    expect(serverStatesFromCsv(csv, 'replicas')).toEqual({
      a: 'UP',
      b: 'DOWN',
    });
  });
});
