import asyncio

import pytest

from app.domain.readiness import DependencyCheck, ReadinessService

pytestmark = pytest.mark.anyio


async def _healthy() -> None:
    return None


async def _broken() -> None:
    raise ConnectionError("refused")


async def _hanging() -> None:
    await asyncio.sleep(10)


async def test_ready_when_every_dependency_answers() -> None:
    service = ReadinessService([DependencyCheck("a", _healthy), DependencyCheck("b", _healthy)])

    report = await service.check()

    assert report.ready
    assert [d.name for d in report.dependencies] == ["a", "b"]


async def test_not_ready_when_one_dependency_fails() -> None:
    service = ReadinessService([DependencyCheck("db", _healthy), DependencyCheck("cache", _broken)])

    report = await service.check()

    assert not report.ready
    failed = [d for d in report.dependencies if not d.healthy]
    assert [(d.name, d.detail) for d in failed] == [("cache", "ConnectionError")]


async def test_slow_dependency_counts_as_failed() -> None:
    service = ReadinessService([DependencyCheck("slow", _hanging)], timeout_seconds=0.01)

    report = await service.check()

    assert not report.ready
    assert report.dependencies[0].detail == "timeout"


async def test_ready_without_dependencies() -> None:
    assert (await ReadinessService([]).check()).ready


def test_names_the_dependencies_it_checks() -> None:
    checks = [DependencyCheck("db", _healthy), DependencyCheck("cache", _healthy)]

    assert ReadinessService(checks).dependencies == ("db", "cache")
