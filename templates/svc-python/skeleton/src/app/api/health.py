"""Kubernetes probes: /health/live (process is running) and /health/ready (can serve)."""

from typing import Any

from fastapi import APIRouter, Depends, Response, status

from app.api.dependencies import get_readiness_service
from app.domain.readiness import ReadinessService

router = APIRouter(prefix="/health", tags=["health"], include_in_schema=False)


@router.get("/live")
async def live() -> dict[str, str]:
    # Liveness must not depend on downstream services: a database outage should
    # take the pod out of the Service (readiness), not restart it in a loop.
    return {"status": "ok"}


@router.get("/ready")
async def ready(
    response: Response,
    readiness: ReadinessService = Depends(get_readiness_service),
) -> dict[str, Any]:
    report = await readiness.check()
    if not report.ready:
        response.status_code = status.HTTP_503_SERVICE_UNAVAILABLE
    return {
        "status": "ok" if report.ready else "unavailable",
        "dependencies": {
            dependency.name: "ok" if dependency.healthy else f"failed: {dependency.detail}"
            for dependency in report.dependencies
        },
    }
