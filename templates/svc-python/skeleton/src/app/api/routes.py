"""Public REST API, version 1. Replace the example route with the service's own."""

from fastapi import APIRouter
from pydantic import BaseModel

from app.config import get_settings

router = APIRouter(prefix="/v1", tags=["v1"])


class ServiceInfo(BaseModel):
    name: str
    environment: str
    version: str


@router.get("/info", response_model=ServiceInfo)
async def info() -> ServiceInfo:
    settings = get_settings()
    return ServiceInfo(name=settings.service_name, environment=settings.environment, version="0.1.0")
