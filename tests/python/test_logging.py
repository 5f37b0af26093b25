"""The core's log events reach logging.getLogger("exsited"): retries and token fetches at
INFO, requests and answers at DEBUG (redacted), nothing when the logger is off."""

import logging
import os
import subprocess
import sys

import pytest

from conftest import CLIENT_SECRET, Sandbox, make_sdk


def exsited_records(caplog: pytest.LogCaptureFixture, level: int) -> list:  # type: ignore[type-arg]
    return [r for r in caplog.records if r.name == "exsited" and r.levelno == level]


def test_a_retry_and_the_token_fetch_show_at_info(sb: Sandbox, caplog: pytest.LogCaptureFixture) -> None:
    sb.fault(method="GET", path="/api/v2/accounts", kind="status", status=503, times=1)
    caplog.set_level(logging.INFO, logger="exsited")
    make_sdk(sb).account.list()
    info = [r.getMessage() for r in exsited_records(caplog, logging.INFO)]
    assert any(m.startswith("retrying") and "/api/v2/accounts" in m and "503" in m for m in info), info
    assert any("requesting an access token" in m for m in info), info
    # INFO is not DEBUG: no request or answer lines.
    assert not exsited_records(caplog, logging.DEBUG)


def test_requests_and_answers_show_at_debug_without_secrets(sb: Sandbox, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="exsited")
    sdk = make_sdk(sb)
    sdk.account.list()
    debug = "\n".join(r.getMessage() for r in exsited_records(caplog, logging.DEBUG))
    assert "request accounts.list: GET" in debug and "response accounts.list: HTTP 200" in debug, debug
    assert CLIENT_SECRET not in caplog.text and "Bearer" not in caplog.text


def test_nothing_is_logged_when_the_logger_is_off(sb: Sandbox, caplog: pytest.LogCaptureFixture) -> None:
    sb.fault(method="GET", path="/api/v2/accounts", kind="status", status=503, times=1)
    caplog.set_level(logging.WARNING, logger="exsited")
    make_sdk(sb).account.list()
    assert not [r for r in caplog.records if r.name == "exsited"]


def test_exsited_log_env_logs_to_stderr_without_code(sb: Sandbox) -> None:
    sb.fault(method="GET", path="/api/v2/accounts", kind="status", status=503, times=1)
    script = (
        "from exsited import ExsitedSDK\n"
        f"ExsitedSDK(exsited_url={sb.url!r}, client_id='sandbox-client', client_secret={CLIENT_SECRET!r})"
        ".account.list()\n"
    )
    env = dict(os.environ, EXSITED_LOG="info")
    done = subprocess.run([sys.executable, "-c", script], cwd="/", env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "INFO exsited: retrying" in done.stderr, done.stderr
    assert "DEBUG" not in done.stderr and CLIENT_SECRET not in done.stderr
    sb.fault(method="GET", path="/api/v2/accounts", kind="status", status=503, times=1)
    env.pop("EXSITED_LOG")
    quiet = subprocess.run([sys.executable, "-c", script], cwd="/", env=env, capture_output=True, text=True, timeout=60)
    assert quiet.returncode == 0 and "retrying" not in quiet.stderr, quiet.stderr


def test_a_level_change_between_calls_applies_to_the_next_call(sb: Sandbox) -> None:
    # The level is read again as each call starts (from the logger's own answer cache, which
    # the logging module empties on every change): setLevel, a parent's level, logging.disable
    # and Logger.disabled each take effect at the very next call of the same SDK.
    logger = logging.getLogger("exsited")
    seen: list = []  # type: ignore[type-arg]

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            seen.append(record)

    handler = Keep(logging.NOTSET)
    logger.addHandler(handler)
    sdk = make_sdk(sb)

    def debug_lines_of_one_call() -> int:
        seen.clear()
        sdk.account.list()
        return sum(1 for r in seen if r.levelno == logging.DEBUG)

    try:
        logger.setLevel(logging.WARNING)
        assert debug_lines_of_one_call() == 0
        logger.setLevel(logging.DEBUG)
        assert debug_lines_of_one_call() > 0
        logger.setLevel(logging.INFO)
        assert debug_lines_of_one_call() == 0
        logger.setLevel(logging.NOTSET)  # the level now comes from the root logger
        logging.getLogger().setLevel(logging.DEBUG)
        assert debug_lines_of_one_call() > 0
        logging.disable(logging.DEBUG)
        assert debug_lines_of_one_call() == 0
        logging.disable(logging.NOTSET)
        assert debug_lines_of_one_call() > 0
        logger.disabled = True
        assert debug_lines_of_one_call() == 0
    finally:
        logging.disable(logging.NOTSET)
        logger.disabled = False
        logger.removeHandler(handler)
        logger.setLevel(logging.NOTSET)
        logging.getLogger().setLevel(logging.WARNING)
