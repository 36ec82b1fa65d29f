"""Structured JSON logs on stdout, with the trace id for log-to-trace correlation.

Never log personal data: the OTel Collector scrubs PII, but it is a safety net.
"""

import json
import logging
import sys
from datetime import UTC, datetime
from typing import Any

try:
    from opentelemetry import trace
except ImportError:  # OpenTelemetry is optional, see telemetry.py
    trace = None  # type: ignore[assignment]

# Attributes every LogRecord has; anything else came from `extra=` and is logged too
# (except uvicorn's terminal colours).
_RECORD_ATTRIBUTES = set(vars(logging.makeLogRecord({}))) | {
    "message",
    "asctime",
    "taskName",
    "color_message",
}


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        payload: dict[str, Any] = {
            "timestamp": datetime.fromtimestamp(record.created, UTC).isoformat(),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        for key, value in vars(record).items():
            if key not in _RECORD_ATTRIBUTES and key not in payload:
                payload[key] = value
        if trace is not None:
            span_context = trace.get_current_span().get_span_context()
            if span_context.is_valid:
                payload["trace_id"] = format(span_context.trace_id, "032x")
                payload["span_id"] = format(span_context.span_id, "016x")
        if record.exc_info:
            payload["exception"] = self.formatException(record.exc_info)
        return json.dumps(payload, default=str)


class _JsonHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """The handler setup_logging installs, so that calling it again replaces it."""


def setup_logging(level: str) -> None:
    handler = _JsonHandler(sys.stdout)
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    for previous in [h for h in root.handlers if isinstance(h, _JsonHandler)]:
        root.removeHandler(previous)
    root.addHandler(handler)
    root.setLevel(level.upper())
    # uvicorn configures its loggers before it imports the app: send them through
    # the JSON handler too, instead of printing each line a second time as text.
    # A logger left without handlers (the access log, under --no-access-log) stays off.
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access"):
        server_logger = logging.getLogger(name)
        if server_logger.handlers:
            server_logger.handlers.clear()
            server_logger.propagate = True
