// Smoke test: one virtual user, one minute. Run after every deployment.
import http from 'k6/http';
import { check, sleep } from 'k6';

const BASE_URL = __ENV.BASE_URL || 'http://localhost:8080';

export const options = {
  vus: 1,
  duration: '1m',
  thresholds: {
    http_req_failed: ['rate<0.01'],
    http_req_duration: ['p(99)<${{ values.latencyP99Ms }}'],
  },
};

export default function () {
  check(http.get(`${BASE_URL}/health/ready`), {
    'ready answers 200': (r) => r.status === 200,
  });
  check(http.get(`${BASE_URL}/v1/info`), {
    'info answers 200': (r) => r.status === 200,
    'info names the service': (r) => r.json('name') === '${{ values.name }}',
  });
  sleep(1);
}
