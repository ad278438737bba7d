"""`assistant run`: start the action server, Rasa and the gateway; restart a child that dies; stop cleanly."""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import logging
import os
import signal
import socket
import sys
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp
from aiohttp import web

from assistant.gateway import create_app
from assistant.settings import PROJECT_ROOT, Settings

log = logging.getLogger("assistant.run")
PR_SET_PDEATHSIG = 1


def _die_with_parent() -> None:
    """In the child: get SIGTERM if the supervisor itself is killed, so nothing is orphaned."""
    with contextlib.suppress(OSError):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


@dataclass
class Child:
    name: str
    argv: list[str]
    env: dict[str, str]
    process: asyncio.subprocess.Process | None = None
    restarts: int = 0
    ready_once: bool = field(default=False)

    async def start(self) -> None:
        self.process = await asyncio.create_subprocess_exec(
            *self.argv,
            cwd=PROJECT_ROOT,
            env=self.env,
            stdin=asyncio.subprocess.DEVNULL,
            start_new_session=True,
            preexec_fn=_die_with_parent,
        )
        log.info("%s started (pid %d)", self.name, self.process.pid)

    def signal_group(self, signum: int) -> None:
        if self.process and self.process.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signum)

    async def stop(self, grace: float = 10.0) -> None:
        if not self.process or self.process.returncode is not None:
            self.signal_group(signal.SIGKILL)  # leftovers of a dead leader
            return
        self.signal_group(signal.SIGTERM)
        try:
            await asyncio.wait_for(self.process.wait(), grace)
        except TimeoutError:
            log.warning("%s did not stop in %.0f s; killing it", self.name, grace)
        self.signal_group(signal.SIGKILL)
        await self.process.wait()


def children(settings: Settings, model: Path) -> list[Child]:
    env = {**os.environ, **settings.child_env()}
    rasa = PROJECT_ROOT / ".venv-rasa" / "bin" / "rasa"
    return [
        Child(
            "action server",
            [sys.executable, "-m", "rasa_sdk", "--actions", "actions", "--port", str(settings.actions_port)],
            {**env, "SANIC_HOST": "127.0.0.1"},
        ),
        Child(
            "rasa",
            [
                str(rasa), "run", "--enable-api",
                "--auth-token", settings.rasa_token,
                "--interface", "127.0.0.1",
                "--port", str(settings.rasa_port),
                "--model", str(model),
                "--endpoints", "endpoints.yml",
                "--credentials", "credentials.yml",
            ],
            env,
        ),
    ]  # fmt: skip


def port_in_use(host: str, port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        return probe.connect_ex((host, port)) == 0


async def keep_alive(child: Child, stop: asyncio.Event) -> None:
    """Restart the child whenever it exits, with a growing pause, until we are told to stop."""
    while not stop.is_set():
        assert child.process is not None
        code = await child.process.wait()
        if stop.is_set():
            return
        child.restarts += 1
        pause = min(30.0, 2.0**child.restarts)
        log.error("%s exited with code %s; restarting in %.0f s", child.name, code, pause)
        try:
            await asyncio.wait_for(stop.wait(), pause)
            return
        except TimeoutError:
            await child.start()


async def announce_when_ready(settings: Settings, stop: asyncio.Event) -> None:
    url = f"http://127.0.0.1:{settings.gateway_port}/healthz"
    async with aiohttp.ClientSession() as http:
        while not stop.is_set():
            try:
                async with http.get(url) as response:
                    if response.status == 200:
                        break
            except aiohttp.ClientError:
                pass
            await asyncio.sleep(1)
    if not stop.is_set():
        print(
            f"\nThe assistant is ready.\n"
            f"  Chat API:  POST http://{settings.host}:{settings.gateway_port}/api/chat\n"
            f"  Health:    GET  http://{settings.host}:{settings.gateway_port}/healthz\n"
            f"Press Ctrl-C to stop.\n",
            flush=True,
        )


async def supervise(settings: Settings, model: Path) -> int:
    busy = [
        p
        for p in (settings.gateway_port, settings.rasa_port, settings.actions_port)
        if port_in_use("127.0.0.1", p)
    ]
    if busy:
        print(
            f"error: port(s) {', '.join(map(str, busy))} already in use; "
            "set GATEWAY_PORT, RASA_PORT and ACTIONS_PORT to free ones",
            file=sys.stderr,
        )
        return 2
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    procs = children(settings, model)
    runner = web.AppRunner(create_app(settings), access_log=None)
    try:
        for child in procs:
            await child.start()
        await runner.setup()
        await web.TCPSite(runner, settings.host, settings.gateway_port).start()
        log.info("gateway listening on %s:%d", settings.host, settings.gateway_port)
        tasks = [asyncio.create_task(keep_alive(child, stop)) for child in procs]
        tasks.append(asyncio.create_task(announce_when_ready(settings, stop)))
        await stop.wait()
        log.info("stopping")
        for task in tasks:
            task.cancel()
    finally:
        await runner.cleanup()
        await asyncio.gather(*(child.stop() for child in procs))
    return 0
