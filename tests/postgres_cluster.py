"""A throwaway PostgreSQL cluster for the test suite's PostgreSQL half (standard library only).

``initdb`` into a private folder, ``pg_ctl start`` listening on a unix socket in that folder and on
no TCP port at all (so nothing else on the machine can reach it, and no port can clash), trust
authentication, durability off (a test database is thrown away). ``initdb`` refuses to run as
root, so as root the cluster runs as the ``postgres`` system user that Debian's package creates.

The test run starts and stops it (``tests/conftest.py``). ``.ci/run`` also stops it from a shell
trap, in case the test process itself is killed:

    python3 tests/postgres_cluster.py stop FOLDER
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

SUPERUSER = "postgres"
SERVER_USER_WHEN_ROOT = "postgres"
MINIMUM_MAJOR_VERSION = 15
SERVER_SETTINGS = {
    "listen_addresses": "''",
    "fsync": "off",
    "synchronous_commit": "off",
    "full_page_writes": "off",
    "max_connections": "300",
    # Not UTC on purpose: a naive/aware datetime mix-up shows up as a 7-hour shift.
    "timezone": "'Asia/Ho_Chi_Minh'",
    "log_min_messages": "warning",
}


class ClusterUnavailable(RuntimeError):
    """No PostgreSQL server programs here, or the cluster would not start (the message says why)."""


def server_bin_dir() -> Path | None:
    """The folder of ``initdb``/``pg_ctl``: on PATH, else Debian's ``/usr/lib/postgresql/N/bin``
    (newest version first); None when no server of version 15 or newer is installed."""
    found = shutil.which("pg_ctl")
    candidates = [Path(found).resolve().parent] if found else []
    debian = Path("/usr/lib/postgresql")
    if debian.is_dir():
        versions = [p for p in debian.iterdir() if p.name.isdigit()]
        candidates += [p / "bin" for p in sorted(versions, key=lambda p: -int(p.name))]
    for folder in candidates:
        if (folder / "initdb").exists() and (folder / "pg_ctl").exists():
            version = subprocess.run(
                [str(folder / "pg_ctl"), "--version"], capture_output=True, text=True, check=False
            ).stdout
            match = re.search(r"(\d+)(?:\.\d+)?", version)
            if match and int(match.group(1)) >= MINIMUM_MAJOR_VERSION:
                return folder
    return None


def _as_server_user(argv: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return argv
    runuser = shutil.which("runuser") or "/usr/sbin/runuser"
    return [runuser, "-u", SERVER_USER_WHEN_ROOT, "--", *argv]


def _run(argv: list[str], log: Path | None = None) -> None:
    result = subprocess.run(_as_server_user(argv), capture_output=True, text=True, check=False)
    if result.returncode != 0:
        detail = (result.stderr or result.stdout).strip().splitlines()[-3:]
        if log is not None and log.exists():
            detail += log.read_text(errors="replace").strip().splitlines()[-5:]
        raise ClusterUnavailable(f"{Path(argv[0]).name} failed: " + " | ".join(detail))


@dataclass(frozen=True)
class Cluster:
    """A running cluster: its folder (data, socket, log) and the programs that run it."""

    folder: Path
    bin_dir: Path

    @property
    def data_dir(self) -> Path:
        return self.folder / "data"

    @property
    def socket_dir(self) -> Path:
        return self.folder / "socket"

    def url(self, database: str = "postgres") -> str:
        """A SQLAlchemy URL for ``database`` over the unix socket, as the superuser."""
        return f"postgresql+psycopg://{SUPERUSER}@/{database}?host={self.socket_dir}"

    def stop(self) -> None:
        stop(self.folder)


def start(folder: Path | None = None, settings: Mapping[str, str] | None = None) -> Cluster:
    """A new cluster in ``folder`` (made if missing; a fresh temporary folder by default).

    ``settings`` override :data:`SERVER_SETTINGS` (the benchmarks turn durability back on, so
    their figures include the flushes a real server makes)."""
    bin_dir = server_bin_dir()
    if bin_dir is None:
        raise ClusterUnavailable(
            f"no PostgreSQL server {MINIMUM_MAJOR_VERSION}+ installed (Debian: apt-get install postgresql)"
        )
    if folder is None:
        folder = Path(tempfile.mkdtemp(prefix="accred-pg-"))
    folder.mkdir(parents=True, exist_ok=True)
    cluster = Cluster(folder, bin_dir)
    if cluster.data_dir.exists():
        raise ClusterUnavailable(f"{cluster.data_dir} exists: stop that cluster first")
    cluster.socket_dir.mkdir(mode=0o700)
    if os.geteuid() == 0:
        shutil.chown(folder, user=SERVER_USER_WHEN_ROOT)
        shutil.chown(cluster.socket_dir, user=SERVER_USER_WHEN_ROOT)
    folder.chmod(0o700)
    _run(
        [
            str(bin_dir / "initdb"),
            "--pgdata",
            str(cluster.data_dir),
            "--username",
            SUPERUSER,
            "--auth",
            "trust",
            "--encoding",
            "UTF8",
            "--locale",
            "C.UTF-8",
            # A Vietnamese default collation, as a server set up in Vietnam may well have: text
            # that must compare byte by byte has to say so (the search words are COLLATE "C").
            "--locale-provider",
            "icu",
            "--icu-locale",
            "vi-VN",
            "--no-sync",
        ]
    )
    chosen = {**SERVER_SETTINGS, **(settings or {})}
    options = " ".join(f"-c {name}={value}" for name, value in chosen.items())
    options += f" -c unix_socket_directories='{cluster.socket_dir}'"
    log = folder / "server.log"
    _run(
        [
            str(bin_dir / "pg_ctl"),
            "--pgdata",
            str(cluster.data_dir),
            "--log",
            str(log),
            "--options",
            options,
            "--wait",
            "--silent",
            "start",
        ],
        log,
    )
    return cluster


def stop(folder: Path) -> None:
    """Stop the cluster in ``folder`` (if it runs) and delete the folder; safe to call twice."""
    data_dir = folder / "data"
    if (data_dir / "postmaster.pid").exists():
        bin_dir = server_bin_dir()
        if bin_dir is not None:
            subprocess.run(
                _as_server_user(
                    [
                        str(bin_dir / "pg_ctl"),
                        "--pgdata",
                        str(data_dir),
                        "--mode",
                        "immediate",
                        "--wait",
                        "--silent",
                        "stop",
                    ]
                ),
                capture_output=True,
                check=False,
            )
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "stop":
        stop(Path(sys.argv[2]))
    elif len(sys.argv) in (2, 3) and sys.argv[1] == "start":
        print(start(Path(sys.argv[2]) if len(sys.argv) == 3 else None).url())
    else:
        sys.exit("usage: postgres_cluster.py start [FOLDER] | stop FOLDER")
