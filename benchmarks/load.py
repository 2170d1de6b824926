"""Bounded load on a loopback ``sourcetrace serve``: req/s and p50/p99 latency of concurrent readers,
first alone, then while a pathological document is being read for a POST.

Starts ``sourcetrace serve`` on 127.0.0.1 (only loopback: this is not a tool to aim at others)
over a fresh store holding the bundled examples, runs ``--clients`` concurrent readers for
``--seconds`` over the read endpoints, then the same while POSTing documents that take long to
read (punctuation runs and a long single paragraph), and prints both rounds: what the clients
saw (req/s, p50/p99, errors and their kinds), the server's own time per route from its
``Server-Timing`` header, which depends less on what else runs on the machine, and the CPU time
per request of the server, of its reader process and of the clients.

The clients are aiohttp sessions in this process, apart from the server's. They were httpx
clients, which spent 4.4 ms of CPU per request against the server's 2 ms: on two cores the
clients, not the server, set the latency measured. aiohttp spends about 0.25 ms.

    python benchmarks/load.py --clients 50 --seconds 20
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import aiohttp
import httpx
import psutil

ROOT = Path(__file__).resolve().parents[1]
TOKEN = "load-token"
PATHS = ["/api/health", "/api/documents", "/api/quotes", "/api/speakers", "/api/search?q=drone*",
         "/api/figures", "/api/documents?offset=1&limit=2"]  # fmt: skip


def pathological(n: int) -> str:
    """Documents that were slow to read: long punctuation runs, one huge paragraph."""
    sentence = "– Vi har mistet mange menn, sier Ola Nordmann til NRK, og 30 soldater ble drept. "
    kinds = ["Hei. " + "!" * 20_000, "«" * 20_000 + " sier han.", sentence * 1500]
    return f"{kinds[n % len(kinds)]} ({n})"


KINDS: dict[str, int] = {}  # what the errors were, for the report
SERVER_MS: dict[str, list[float]] = {}  # the server's own time per route, from Server-Timing


def server_ms(answer: aiohttp.ClientResponse) -> float | None:
    timing = answer.headers.get("server-timing", "")
    _, _, duration = timing.partition("dur=")
    try:
        return float(duration)
    except ValueError:
        return None


async def readers(base: str, clients: int, seconds: float) -> tuple[list[float], int]:
    latencies: list[float] = []
    SERVER_MS.clear()
    errors = 0
    deadline = time.perf_counter() + seconds
    connector = aiohttp.TCPConnector(limit=clients)
    timeout = aiohttp.ClientTimeout(total=30)
    async with aiohttp.ClientSession(base, connector=connector, timeout=timeout) as client:

        async def one(k: int) -> None:
            nonlocal errors
            n = k
            while time.perf_counter() < deadline:
                path = PATHS[n % len(PATHS)]
                n += 1
                started = time.perf_counter()
                try:
                    async with client.get(path) as answer:
                        await answer.read()
                    own = server_ms(answer)
                    if own is not None:
                        SERVER_MS.setdefault(path.split("?")[0], []).append(own)
                    if answer.status != 200:
                        errors += 1
                        KINDS[f"{answer.status} {path}"] = KINDS.get(f"{answer.status} {path}", 0) + 1
                except (aiohttp.ClientError, TimeoutError) as exc:
                    errors += 1
                    kind = f"{type(exc).__name__} {path} ({str(exc)[:60]})"
                    KINDS[kind] = KINDS.get(kind, 0) + 1
                latencies.append(time.perf_counter() - started)

        await asyncio.gather(*(one(k) for k in range(clients)))
    return latencies, errors


async def poster(base: str, seconds: float, outcome: dict[str, int]) -> None:
    deadline = time.perf_counter() + seconds
    timeout = aiohttp.ClientTimeout(total=seconds + 300)
    async with aiohttp.ClientSession(base, timeout=timeout) as client:
        n = int(time.time())
        while time.perf_counter() < deadline:
            async with client.post(
                "/api/documents",
                headers={"Authorization": f"Bearer {TOKEN}"},
                json={"text": pathological(n), "language": "nb"},
            ) as answer:
                await answer.read()
            outcome[str(answer.status)] = outcome.get(str(answer.status), 0) + 1
            n += 1


class CpuClock:
    """CPU seconds (user + system) spent by the clients (this process), the server and the
    server's reader processes since the last ``lap``: on a busy machine the clients' wall clock
    is mostly the machine's queue, the CPU per request is not."""

    def __init__(self, server_pid: int):
        self.server = psutil.Process(server_pid)
        self.me = psutil.Process()
        self.last = self.read()

    def read(self) -> tuple[float, float, float]:
        def cpu(process: psutil.Process) -> float:
            times = process.cpu_times()
            return times.user + times.system

        readers = 0.0
        for child in self.server.children(recursive=True):
            try:
                readers += cpu(child)
            except psutil.Error:
                continue
        return cpu(self.me), cpu(self.server), readers

    def lap(self, requests: int) -> str:
        now = self.read()
        clients, server, readers = (b - a for a, b in zip(self.last, now, strict=True))
        self.last = now
        per = 1000 / max(requests, 1)
        return (
            f"    CPU: server {server:.1f} s ({server * per:.2f} ms/request), reader process "
            f"{readers:.1f} s, clients {clients:.1f} s ({clients * per:.2f} ms/request); "
            f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
        )


def report(name: str, latencies: list[float], errors: int, seconds: float) -> None:
    ordered = sorted(latencies)
    p50 = statistics.median(ordered) if ordered else float("nan")
    p99 = ordered[int(len(ordered) * 0.99) - 1] if ordered else float("nan")
    print(
        f"{name:<34} {len(ordered) / seconds:8.0f} req/s   p50 {p50 * 1000:7.1f} ms   "
        f"p99 {p99 * 1000:7.1f} ms   errors {errors}   max {ordered[-1] * 1000 if ordered else 0:7.0f} ms"
    )
    for route, values in sorted(SERVER_MS.items()):
        own = sorted(values)
        print(
            f"    server's own time {route:<22} n {len(own):5}   p50 {statistics.median(own):7.1f} ms   "
            f"p99 {own[max(0, int(len(own) * 0.99) - 1)]:7.1f} ms"
        )


async def rounds(base: str, clients: int, seconds: float, clock: CpuClock) -> None:
    clock.lap(0)
    latencies, errors = await readers(base, clients, seconds)
    report(f"{clients} readers alone", latencies, errors, seconds)
    print(clock.lap(len(latencies)))
    outcome: dict[str, int] = {}
    post = asyncio.create_task(poster(base, seconds, outcome))
    await asyncio.sleep(1.0)  # the first pathological document is in the worker
    clock.lap(0)
    latencies, errors = await readers(base, clients, seconds)
    report(f"{clients} readers + pathological POSTs", latencies, errors, seconds)
    print(clock.lap(len(latencies)))
    await post
    print(f"pathological POSTs answered: {outcome}")
    if KINDS:
        print(f"reader errors: {KINDS}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=20.0)
    args = parser.parse_args()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    base = f"http://127.0.0.1:{port}"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    cli = [sys.executable, "-c", "import sys; from sourcetrace.cli import main; sys.argv[0] = 'sourcetrace'; main()"]
    with tempfile.TemporaryDirectory() as folder:
        db = str(Path(folder) / "load.db")
        subprocess.run([*cli, "ingest", str(ROOT / "src/sourcetrace/examples"), "--db", db],
                       env=env, check=True, capture_output=True)  # fmt: skip
        server = subprocess.Popen(
            [*cli, "serve", "--db", db, "--host", "127.0.0.1", "--port", str(port), "--token", TOKEN],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )  # fmt: skip
        try:
            for _ in range(600):
                try:
                    if httpx.get(f"{base}/api/health", timeout=1).status_code == 200:
                        break
                except httpx.HTTPError:
                    time.sleep(0.1)
            # warm the reader process (spawned and loaded on the first POST)
            httpx.post(f"{base}/api/documents", headers={"Authorization": f"Bearer {TOKEN}"},
                       json={"text": "Hei, sier Ola.", "language": "nb"}, timeout=300)  # fmt: skip
            asyncio.run(rounds(base, args.clients, args.seconds, CpuClock(server.pid)))
        finally:
            server.terminate()
            server.wait(timeout=30)


if __name__ == "__main__":
    main()
