"""Public REST API, version 1. Replace the example route with the service's own."""

from fastapi import APIRouter, Depends
from pydantic import BaseModel

from app import __version__
from app.api.dependencies import get_app_settings
from app.config import Settings

router = APIRouter(prefix="/v1", tags=["v1"])


class ServiceInfo(BaseModel):
    name: str
    environment: str
    version: str


@router.get("/info", response_model=ServiceInfo)
async def info(settings: Settings = Depends(get_app_settings)) -> ServiceInfo:
    return ServiceInfo(
        name=settings.service_name, environment=settings.environment, version=__version__
    )
