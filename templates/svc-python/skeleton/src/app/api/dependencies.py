"""FastAPI dependencies shared by the routers."""

from fastapi import Request

from app.config import Settings
from app.domain.readiness import ReadinessService


def get_readiness_service(request: Request) -> ReadinessService:
    service: ReadinessService = request.app.state.readiness
    return service


def get_app_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings
