"""A small FastCGI load driver for the php-fpm benchmark (bench/fpm.py).

Spawning `cgi-fcgi` once per request costs a process start (fork, exec, dynamic linking) on
the same two cores as the pool, which would make the driver, not the pool, the limit. This
speaks the FastCGI responder protocol itself from one selector loop: `clients` connections in
flight, a new connection per request (as nginx does without fastcgi_keep_conn).
"""

from __future__ import annotations

import selectors
import socket
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


class _Exchange:
    """One request in flight: its socket, what has arrived, when it was sent."""

    __slots__ = ("buf", "sent_at", "sock")

    def __init__(self, address: tuple[str, int] | str, payload: bytes) -> None:
        family = socket.AF_UNIX if isinstance(address, str) else socket.AF_INET
        self.sock = socket.socket(family, socket.SOCK_STREAM)
        self.sent_at = time.perf_counter()
        # Blocking connect and send: both complete at once on loopback while the pool's
        # listen backlog has room; only the wait for the answer is multiplexed.
        self.sock.connect(address)
        self.sock.sendall(payload)
        self.sock.setblocking(False)
        self.buf = bytearray()

    def answer(self) -> tuple[bytes, bytes] | None:
        """(stdout, stderr) once END_REQUEST has arrived, else None."""
        out, err, pos = bytearray(), bytearray(), 0
        while len(self.buf) - pos >= HEADER.size:
            _, kind, _, length, pad = HEADER.unpack_from(self.buf, pos)
            start, pos = pos + HEADER.size, pos + HEADER.size + length + pad
            if pos > len(self.buf):
                return None
            if kind == STDOUT:
                out += self.buf[start:start + length]
            elif kind == STDERR:
                err += self.buf[start:start + length]
            elif kind == END_REQUEST:
                return bytes(out), bytes(err)
        return None


def load(address: tuple[str, int] | str, params: dict[str, str], total: int, clients: int, check) -> dict:
    """Sends `total` identical requests, `clients` at a time, each on a new connection.
    `check(stdout, stderr)` returns None for a good answer or a short description of what is
    wrong with it. One thread and one selector: about 40 us of driver CPU per request, a
    quarter of what asyncio streams cost."""
    payload = encode_request(params)
    sel = selectors.DefaultSelector()
    failures: list[str] = []
    latencies: list[float] = []
    started = 0

    def start() -> None:
        nonlocal started
        started += 1
        try:
            ex = _Exchange(address, payload)
        except OSError as e:
            failures.append(f"cannot send the request: {e}")
            latencies.append(0.0)
            return
        sel.register(ex.sock, selectors.EVENT_READ, ex)

    cpu = time.process_time()
    wall = time.perf_counter()
    while started < min(clients, total):
        start()
    while len(latencies) < total:
        if not sel.get_map():
            start()
            continue
        for key, _ in sel.select(timeout=60) or [(None, None)]:
            if key is None:
                raise TimeoutError("no answer from the FastCGI server for 60 s")
            ex = key.data
            try:
                chunk = ex.sock.recv(65536)
            except OSError as e:
                chunk, problem = b"", f"{type(e).__name__}: {e}"
            else:
                problem = None
            ex.buf += chunk
            answer = ex.answer()
            if answer is None and chunk:
                continue
            sel.unregister(ex.sock)
            ex.sock.close()
            latencies.append(time.perf_counter() - ex.sent_at)
            if answer is None:
                problem = problem or "the connection closed before END_REQUEST"
            else:
                problem = check(*answer)
            if problem:
                failures.append(problem)
            if started < total:
                start()
    wall = time.perf_counter() - wall
    sel.close()
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
