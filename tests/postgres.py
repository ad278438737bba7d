"""A throwaway PostgreSQL cluster for tests, started from the Debian server binaries."""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager

from tests.integration.servers import free_port


def server_bin() -> str | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return os.path.dirname(found[-1]) if found else None


def as_postgres(argv: list[str]) -> list[str]:
    # PostgreSQL refuses to run as root; tests run as root in CI.
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *argv]
    return argv


@contextmanager
def postgres_cluster() -> Iterator[str]:
    """Yield a URL of a new, empty PostgreSQL database; remove everything afterwards."""
    bindir = server_bin()
    if bindir is None:
        raise RuntimeError("PostgreSQL server binaries are missing: run scripts/setup-test-system.sh")
    data = tempfile.mkdtemp(prefix="pg-test-")
    if os.geteuid() == 0:
        entry = pwd.getpwnam("postgres")
        os.chown(data, entry.pw_uid, entry.pw_gid)
    port = free_port()
    subprocess.run(
        as_postgres([f"{bindir}/initdb", "-D", data, "-U", "postgres", "-A", "trust"]),
        check=True,
        capture_output=True,
    )
    options = f"-p {port} -k {data} -c listen_addresses=127.0.0.1 -c fsync=off"
    subprocess.run(
        as_postgres([f"{bindir}/pg_ctl", "-D", data, "-o", options, "-w", "-l", f"{data}/log", "start"]),
        check=True,
        capture_output=True,
    )
    try:
        deadline = time.monotonic() + 30
        while (
            subprocess.run(
                as_postgres([f"{bindir}/pg_isready", "-h", "127.0.0.1", "-p", str(port)]), capture_output=True
            ).returncode
            != 0
        ):
            if time.monotonic() > deadline:
                raise TimeoutError("PostgreSQL did not start")
            time.sleep(0.2)
        yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(
            as_postgres([f"{bindir}/pg_ctl", "-D", data, "-m", "immediate", "stop"]), capture_output=True
        )
        shutil.rmtree(data, ignore_errors=True)
