"""RED metrics for every HTTP request, the inputs of the availability and latency SLIs."""

import time
from collections.abc import Awaitable, Callable

from fastapi import Request, Response
from prometheus_client import Counter, Histogram

# The latency SLO: P99 under ${{ values.latencyP99Ms }} ms. The PrometheusRule counts the requests in
# the bucket le="<this bound>", so the histogram must have a bucket exactly here.
SLO_LATENCY_SECONDS = ${{ values.latencyP99Ms }} / 1000

DEFAULT_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.2, 0.3, 0.5, 1.0, 2.5, 5.0, 10.0)
BUCKETS = tuple(sorted({*DEFAULT_BUCKETS, SLO_LATENCY_SECONDS}))

REQUESTS = Counter(
    "http_requests_total",
    "HTTP requests handled, by route template and status code.",
    ["method", "route", "status"],
)
LATENCY = Histogram(
    "http_request_duration_seconds",
    "HTTP request latency, by route template.",
    ["method", "route"],
    buckets=BUCKETS,
)

_UNTRACKED = {"/metrics", "/health/live", "/health/ready"}


def _route_template(request: Request) -> str:
    # Label by route template, never by raw path: raw paths carry ids and would
    # explode the series cardinality the platform filters out anyway. The router
    # records the route it matched in the scope (FastAPI's APIRoute).
    route = request.scope.get("route")
    return str(getattr(route, "path", None) or "unmatched")


async def record_http_metrics(
    request: Request, call_next: Callable[[Request], Awaitable[Response]]
) -> Response:
    if request.url.path in _UNTRACKED:
        return await call_next(request)
    started = time.perf_counter()
    status = "500"
    try:
        response = await call_next(request)
        status = str(response.status_code)
        return response
    finally:
        route = _route_template(request)
        LATENCY.labels(request.method, route).observe(time.perf_counter() - started)
        REQUESTS.labels(request.method, route, status).inc()
