"""Readiness: the service is ready only when every dependency it needs answers."""

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass

Probe = Callable[[], Awaitable[None]]


@dataclass(frozen=True)
class DependencyCheck:
    name: str
    probe: Probe


@dataclass(frozen=True)
class DependencyStatus:
    name: str
    healthy: bool
    detail: str = ""


@dataclass(frozen=True)
class ReadinessReport:
    dependencies: tuple[DependencyStatus, ...]

    @property
    def ready(self) -> bool:
        return all(dependency.healthy for dependency in self.dependencies)


class ReadinessService:
    """Runs every dependency probe concurrently, each bounded by a timeout.

    The readiness probe runs every 5 s, so one slow dependency must not make the
    probe itself time out: a check that exceeds `timeout_seconds` counts as failed.
    """

    def __init__(self, checks: Sequence[DependencyCheck], timeout_seconds: float = 2.0) -> None:
        self._checks = tuple(checks)
        self._timeout_seconds = timeout_seconds

    @property
    def dependencies(self) -> tuple[str, ...]:
        return tuple(check.name for check in self._checks)

    async def check(self) -> ReadinessReport:
        statuses = await asyncio.gather(*(self._run(check) for check in self._checks))
        return ReadinessReport(dependencies=tuple(statuses))

    async def _run(self, check: DependencyCheck) -> DependencyStatus:
        try:
            await asyncio.wait_for(check.probe(), timeout=self._timeout_seconds)
        except TimeoutError:
            return DependencyStatus(check.name, healthy=False, detail="timeout")
        except Exception as error:  # noqa: BLE001 - any failure means "not ready"
            return DependencyStatus(check.name, healthy=False, detail=type(error).__name__)
        return DependencyStatus(check.name, healthy=True)
