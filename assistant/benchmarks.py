"""`assistant bench service`: start a real instance and print start-up time, memory, and latencies."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

import aiohttp
import click

from assistant import db
from assistant.settings import PROJECT_ROOT
from assistant.staff.accounts import add_staff, issue_token

EMERGENCY = "mum took a load of pills and wont wake up"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def process_tree(pid: int) -> dict[int, str]:
    """pid -> short command line, for pid and everything below it."""
    parents, commands = {}, {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parents[int(entry.name)] = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
                commands[int(entry.name)] = (
                    (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()[:80]
                )
            except OSError:
                continue
    tree, frontier = {pid}, {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier} - tree
        tree |= frontier
    return {p: commands.get(p, "?") for p in sorted(tree)}


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


async def wait_healthy(http: aiohttp.ClientSession, url: str, process: subprocess.Popen[bytes]) -> float:
    started = time.monotonic()
    while process.poll() is None:
        try:
            async with http.get(f"{url}/healthz") as response:
                if response.status == 200:
                    return time.monotonic() - started
        except aiohttp.ClientError:
            pass
        await asyncio.sleep(0.2)
    raise click.ClickException("assistant run exited before it was healthy")


async def chat_latencies(http: aiohttp.ClientSession, url: str, text: str, count: int) -> list[float]:
    timings = []
    for number in range(count):
        body = {"conversation_id": f"bench-{number}", "text": text, "locale": "en"}
        started = time.monotonic()
        async with http.post(f"{url}/api/chat", json=body) as response:
            await response.read()
        timings.append((time.monotonic() - started) * 1000)
    return timings


async def escalation_latencies(http: aiohttp.ClientSession, url: str, token: str, count: int) -> list[float]:
    """From sending an emergency message to its escalation arriving on a connected staff event stream."""
    timings = []
    headers = {"Authorization": f"Bearer {token}"}
    async with http.get(f"{url}/api/staff/events", headers=headers) as stream:
        await stream.content.readline()
        for number in range(count):
            body = {"conversation_id": f"bench-escalation-{number}", "text": EMERGENCY, "locale": "en"}
            started = time.monotonic()
            send = asyncio.create_task(http.post(f"{url}/api/chat", json=body))
            while True:
                line = await stream.content.readline()
                if line.startswith(b"data: ") and json.loads(line[6:])["action"] == "created":
                    break
            timings.append((time.monotonic() - started) * 1000)
            (await send).release()
    return timings


async def measure(url: str, process: subprocess.Popen[bytes], token: str, count: int) -> None:
    async with aiohttp.ClientSession() as http:
        ready = await wait_healthy(http, url, process)
        click.echo(f"start-up: healthy {ready:.1f} s after `assistant run` started (model already trained)")
        for pid, command in process_tree(process.pid).items():
            click.echo(f"memory: {rss_mb(pid):7.0f} MB  pid {pid}  {command}")
        hello = await chat_latencies(http, url, "hello", count)
        p50, p95 = percentile(hello, 0.5), percentile(hello, 0.95)
        click.echo(f"chat 'hello' x{count}: p50 {p50:.0f} ms, p95 {p95:.0f} ms")
        alerts = await escalation_latencies(http, url, token, count)
        click.echo(
            f"emergency message -> staff event stream x{count}: p50 {statistics.median(alerts):.0f} ms, "
            f"p95 {percentile(alerts, 0.95):.0f} ms, max {max(alerts):.0f} ms (target < 1000 ms)"
        )


@click.command("service")
@click.option("--count", default=30, show_default=True, help="Messages per latency measurement.")
def bench_service(count: int) -> None:
    """Start a real instance on free ports and measure it."""
    with tempfile.TemporaryDirectory() as work:
        database_url = f"sqlite:///{work}/bench.db"
        db.upgrade(database_url)
        with db.make_sessionmaker(db.make_engine(database_url)).begin() as session:
            add_staff(session, "bench", "staff", "benchmark-password")
            session.flush()
            token = issue_token(session, "bench")
        ports = [free_port() for _ in range(3)]
        env = {
            **os.environ, "DATABASE_URL": database_url, "ASSISTANT_VAR_DIR": work,
            "GATEWAY_PORT": str(ports[0]), "RASA_PORT": str(ports[1]), "ACTIONS_PORT": str(ports[2]),
        }  # fmt: skip
        with Path(work, "run.log").open("wb") as log:
            process = subprocess.Popen(
                [str(PROJECT_ROOT / ".venv/bin/assistant"), "run"], cwd=PROJECT_ROOT, env=env,
                stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            )  # fmt: skip
            try:
                asyncio.run(measure(f"http://127.0.0.1:{ports[0]}", process, token, count))
            finally:
                process.send_signal(signal.SIGINT)
                process.wait(60)
