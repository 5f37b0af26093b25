"""A small FastCGI load driver for the php-fpm benchmark (bench/fpm.py).

Spawning `cgi-fcgi` once per request costs a process start (fork, exec, dynamic linking) on
the same two cores as the pool, which would make the driver, not the pool, the limit. This
speaks the FastCGI responder protocol itself from one asyncio loop: `clients` connections in
flight, a new connection per request (as nginx does without fastcgi_keep_conn).
"""

from __future__ import annotations

import asyncio
import struct
import time

VERSION = 1
BEGIN_REQUEST, END_REQUEST, PARAMS, STDIN, STDOUT, STDERR = 1, 3, 4, 5, 6, 7
RESPONDER = 1
HEADER = struct.Struct(">BBHHBx")


def _record(kind: int, content: bytes, request_id: int = 1) -> bytes:
    pad = -len(content) % 8
    return HEADER.pack(VERSION, kind, request_id, len(content), pad) + content + b"\0" * pad


def _length(n: int) -> bytes:
    return bytes([n]) if n < 128 else struct.pack(">I", n | 0x80000000)


def encode_request(params: dict[str, str]) -> bytes:
    """BEGIN_REQUEST, the params, an empty STDIN: one whole GET request."""
    body = b"".join(_length(len(k.encode())) + _length(len(v.encode())) + k.encode() + v.encode()
                    for k, v in params.items())
    out = _record(BEGIN_REQUEST, struct.pack(">HB5x", RESPONDER, 0))
    for i in range(0, len(body), 65535):
        out += _record(PARAMS, body[i:i + 65535])
    return out + _record(PARAMS, b"") + _record(STDIN, b"")


async def request(address: tuple[str, int] | str, payload: bytes) -> tuple[bytes, bytes]:
    """Sends one encoded request; returns (stdout, stderr) once END_REQUEST arrives."""
    if isinstance(address, str):
        reader, writer = await asyncio.open_unix_connection(address)
    else:
        reader, writer = await asyncio.open_connection(*address)
    try:
        writer.write(payload)
        out, err = bytearray(), bytearray()
        while True:
            _, kind, _, length, pad = HEADER.unpack(await reader.readexactly(HEADER.size))
            content = await reader.readexactly(length + pad)
            if kind == STDOUT:
                out += content[:length]
            elif kind == STDERR:
                err += content[:length]
            elif kind == END_REQUEST:
                return bytes(out), bytes(err)
    finally:
        writer.close()


async def _load(address, payload: bytes, total: int, clients: int, check) -> dict:
    left = total
    failures: list[str] = []
    latencies: list[float] = []

    async def client() -> None:
        nonlocal left
        while left > 0:
            left -= 1
            t = time.perf_counter()
            try:
                out, err = await request(address, payload)
                problem = check(out, err)
            except (OSError, asyncio.IncompleteReadError) as e:
                problem = f"{type(e).__name__}: {e}"
            latencies.append(time.perf_counter() - t)
            if problem:
                failures.append(problem)

    cpu = time.process_time()
    wall = time.perf_counter()
    await asyncio.gather(*(client() for _ in range(clients)))
    wall = time.perf_counter() - wall
    latencies.sort()
    return {
        "requests": total,
        "seconds": wall,
        "requests_per_s": total / wall,
        "p50_ms": latencies[len(latencies) // 2] * 1e3,
        "p99_ms": latencies[int(len(latencies) * 0.99)] * 1e3,
        # The driver's own CPU time: far below the wall time means it was not the limit.
        "driver_cpu_s": time.process_time() - cpu,
        "failures": len(failures),
        "first_failure": failures[0][:500] if failures else None,
    }


def load(address, params: dict[str, str], total: int, clients: int, check) -> dict:
    """Sends `total` identical requests, `clients` at a time. `check(stdout, stderr)` returns
    None for a good answer or a short description of what is wrong with it."""
    return asyncio.run(_load(address, encode_request(params), total, clients, check))
