// Load test: ramps to a steady load and checks the service's SLOs
// (${{ values.availabilityTarget }}% success, P99 under ${{ values.latencyP99Ms }} ms).
// Its first run in staging is the "load test baseline" of the golden path.
import http from 'k6/http';
import { check, sleep } from 'k6';

const BASE_URL = __ENV.BASE_URL || 'http://localhost:8080';
const ALLOWED_ERROR_RATE = (100 - ${{ values.availabilityTarget }}) / 100;

export const options = {
  scenarios: {
    steady: {
      executor: 'ramping-vus',
      startVUs: 0,
      stages: [
        { duration: '2m', target: 50 },
        { duration: '10m', target: 50 },
        { duration: '1m', target: 0 },
      ],
    },
  },
  thresholds: {
    http_req_failed: [`rate<${ALLOWED_ERROR_RATE}`],
    http_req_duration: ['p(99)<${{ values.latencyP99Ms }}'],
  },
};

export default function () {
  const response = http.get(`${BASE_URL}/v1/info`, { tags: { route: '/v1/info' } });
  check(response, { 'status is 200': (r) => r.status === 200 });
  sleep(0.5);
}
