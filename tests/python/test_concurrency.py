"""Threads, asyncio, the pager and fork."""

import asyncio
import os
import threading

from exsited import AccountDataDTO, AccountListDTO, NotFoundError

from conftest import make_sdk


def test_sixteen_threads_share_one_sdk_and_one_token(sb):
    sdk = make_sdk(sb)
    before = sb.counters()["token_requests"]
    errors = []
    barrier = threading.Barrier(16)

    def work():
        try:
            barrier.wait()
            for _ in range(5):
                assert isinstance(sdk.account.list(limit=1), AccountListDTO)
        except Exception as e:  # pragma: no cover - reported below
            errors.append(e)

    threads = [threading.Thread(target=work) for _ in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert sb.counters()["token_requests"] - before == 1


def test_gil_is_released_during_io(sb):
    sdk = make_sdk(sb)
    sdk.account.list()
    sb.fault(method="GET", path="/api/v2/accounts", kind="delay", delay_ms=600, times=1)
    ticks = []
    done = threading.Event()

    def ticker():
        while not done.is_set():
            ticks.append(1)
            done.wait(0.01)

    t = threading.Thread(target=ticker)
    t.start()
    sdk.account.list()
    done.set()
    t.join()
    assert len(ticks) > 20


def test_five_hundred_concurrent_async_calls(sb, async_sdk):
    async def main():
        results = await asyncio.gather(*[async_sdk.account.list(limit=1) for _ in range(500)])
        assert all(isinstance(r, AccountListDTO) for r in results)
        try:
            await async_sdk.account.details(id="NOPE")
        except NotFoundError as e:
            return e
        return None

    error = asyncio.run(main())
    assert isinstance(error, NotFoundError)
    assert sb.counters()["token_requests"] == 1


def test_pager_over_a_thousand_accounts(sdk, sb):
    sb.seed(1000)
    sb.clear()
    ids = [a.id for a in sdk.account.iter_all(limit=100, order_by="id", direction="asc")]
    assert len(ids) == 1000 and len(set(ids)) == 1000
    pages = sb.data_requests()
    assert len(pages) == 10
    assert pages[0]["query_params"] == {"order_by": "id", "direction": "asc", "limit": "100", "offset": "0"}


def test_pager_is_lazy_and_async(sb, sdk, async_sdk):
    sb.seed(30)
    sb.clear()
    first = next(iter(sdk.account.iter_all(limit=10)))
    assert isinstance(first, AccountDataDTO)
    assert len(sb.data_requests()) == 1

    async def main():
        return [a async for a in async_sdk.account.iter_all(limit=7)]

    assert len(asyncio.run(main())) == 30


def test_fork_child_makes_a_call(sb):
    sdk = make_sdk(sb)
    sdk.account.list()
    asyncio.run(_one_async(sb))  # the async bridge was used too before the fork
    pid = os.fork()
    if pid == 0:
        code = 1
        try:
            sdk.account.list(limit=1)
            asyncio.run(_one_async(sb))
            code = 0
        finally:
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    assert os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0


async def _one_async(sb):
    from exsited import AsyncExsitedSDK
    from conftest import CLIENT_ID, CLIENT_SECRET

    sdk = AsyncExsitedSDK(exsited_url=sb.url, client_id=CLIENT_ID, client_secret=CLIENT_SECRET)
    await sdk.account.list(limit=1)


def test_fork_while_another_thread_fetches_the_token(sb):
    """The child of a fork made while a thread's first call waits on a slow token endpoint
    does not wait for that thread's token lock (no such thread in the child): it fetches its
    own token and its call completes within the timeout."""
    import select
    import time

    sdk = make_sdk(sb, timeout=4.0, connect_timeout=1.0)
    sb.fault(kind="delay", delay_ms=3000, path="/api/v1/oauth2/token", times=1)
    box = {}
    first = threading.Thread(target=lambda: box.setdefault("parent", sdk.account.list(limit=1)), daemon=True)
    first.start()
    deadline = time.monotonic() + 5
    while not any("oauth2" in r["path"] and r["status"] is None for r in sb.requests()):
        assert time.monotonic() < deadline, "the token request did not reach the server"
        time.sleep(0.02)
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:
        code = b"error"
        try:
            sdk.account.list(limit=1)
            code = b"ok"
        finally:
            os.write(write_end, code)
            os._exit(0)
    os.close(write_end)
    ready, _, _ = select.select([read_end], [], [], 10)
    answer = os.read(read_end, 16) if ready else b""
    if not answer:
        os.kill(pid, 9)
    os.waitpid(pid, 0)
    first.join(10)
    assert answer == b"ok", "the child's call hung (killed after 10 s)" if not answer else answer
    assert "parent" in box
