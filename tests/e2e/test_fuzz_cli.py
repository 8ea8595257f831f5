"""Bad input through every command: random and malicious strings (SQL fragments, 1 MB fields,
control characters, RTL marks, NUL, emoji, huge and negative numbers, odd paths) must end in a clean
exit (0, 1, 2 or 3) with one message and no traceback; a refused write adds nothing, and afterwards
the file is sound and the audit chain intact. Exit 4 (internal error) is a bug.

Found this way and fixed: an output path naming a folder (or under a file, or too long) ended in
exit 4; it is now exit 3 naming the file. A NUL in an argument (no shell can pass one) is exit 2.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accred_app.core.passes import issuing
from accred_app.core.registry import agencies, events, reporters, units
from accred_app.core.roles import Actor
from accred_app.core.security.audit import verify_chain
from accred_app.core.storage.db import Database

MEGABYTE = "Ư" * (1 << 20)
NASTY = [
    "'; DROP TABLE reporters;--",
    "Robert'); DELETE FROM audit_log; --",
    '" OR 1=1 --',
    "\x00",
    "ab\x00cd",
    "\u202eevil\u202c",
    "\u200b\u200d\ufeff",
    "\x1b[31mđỏ\x1b[0m",
    "\r\n\t\x07\x08",
    "😀👮🏽‍♀️🇻🇳",
    "9" * 400,
    "-1",
    "0",
    "-99999999999999999999",
    "2147483648",
    "1e309",
    "NaN",
    "%s%n%x{0}{field}",
    "../../../../etc/passwd",
    "Nguyễn Thị Ánh",
    "Nguye\u0302\u0303n",
    " ",
    "",
    "-",
    "--name",
    MEGABYTE,
    "2026-02-30",
    "31/12/9999",
    "0000-00-00",
    "#GGGGGG",
    "A:" + "B" * 300,
    "::",
]
printable = st.characters(blacklist_categories=("Cs",))  # lone surrogates cannot be in argv
fuzz = st.one_of(
    st.sampled_from(NASTY),
    st.text(printable, max_size=40),
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
)
maybe = st.one_of(st.none(), fuzz)
FUZZ_SETTINGS = settings(
    max_examples=40,
    deadline=None,
    database=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.large_base_example,
    ],
)
CLEAN_EXITS = {0, 1, 2, 3}


def options(**values: str | None) -> list[str]:
    argv: list[str] = []
    for name, value in values.items():
        if value is not None:
            argv += [f"--{name.replace('_', '-')}", value]
    return argv


class World:
    def __init__(self, db: Database, admin: Actor) -> None:
        self.db = db
        self.unit = units.add_unit(db, admin, name="Phòng Tham mưu", code="PTM")
        self.agency = agencies.add_agency(db, admin, name="Báo Thanh Hóa", kind="print")
        self.reporter = reporters.add_reporter(
            db,
            admin,
            full_name="Lê Thị Hoa",
            agency_id=self.agency,
            card_no="TH-0001",
            card_expiry=date.today() + timedelta(days=900),
        )
        for n in range(2, 6):
            reporters.add_reporter(
                db,
                admin,
                full_name=f"Phóng viên {n}",
                agency_id=self.agency,
                card_no=f"TH-{n:04d}",
                card_expiry=date.today() + timedelta(days=900),
            )
        self.event = events.add_event(
            db,
            admin,
            name="Lễ hội",
            kind="event",
            start=date.today(),
            end=date.today() + timedelta(days=5),
            zones=[events.ZoneSpec("A", "Khán đài")],
        )
        issued = issuing.issue_pass(db, admin, reporter_id=self.reporter, event_id=self.event)
        self.serial, self.token = issued.serial, issued.token

    def count(self, table: str) -> int:
        with self.db.engine.connect() as conn:
            return int(conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one())


@pytest.fixture
def world(db: Database, admin: Actor) -> World:
    return World(db, admin)


Run = Callable[..., Any]


@pytest.fixture
def cli(run_cli: Run, world: World, db_path: Path) -> Iterator[Run]:
    """``run_cli`` that insists on a clean exit; afterwards the file and the chain must be sound."""
    seen: list[int] = []

    def run(*argv: str, stdin: str | None = None, **kwargs: Any) -> Any:
        result = run_cli(*argv, stdin=stdin, **kwargs)
        shown = [a[:60] for a in argv]
        assert result.code in CLEAN_EXITS, (shown, result.code, result.err[:500])
        assert "Traceback" not in result.err, (shown, result.err[:2000])
        if result.code in (2, 3):
            assert result.err.strip(), (shown, "refused without a message")
        seen.append(result.code)
        return result

    yield run
    connection = sqlite3.connect(db_path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        connection.close()
    with world.db.reading() as session:
        report = verify_chain(session)
    assert report.ok, report
    assert seen


def safe_name(text: str) -> str:
    """A fuzzed file name that stays inside the test folder (no separators, not too long)."""
    return text.replace("/", "_").replace("\\", "_")[:200] or "_"


@FUZZ_SETTINGS
@given(name=fuzz, card=fuzz, expiry=fuzz, phone=maybe, email=maybe, cccd=maybe, notes=maybe)
def test_reporter_add(
    cli: Run,
    world: World,
    name: str,
    card: str,
    expiry: str,
    phone: str | None,
    email: str | None,
    cccd: str | None,
    notes: str | None,
) -> None:
    before = world.count("reporters")
    result = cli(
        "reporter",
        "add",
        "--agency",
        str(world.agency),
        *options(
            name=name,
            card_no=card,
            card_expiry=expiry,
            phone=phone,
            email=email,
            citizen_id=cccd,
            notes=notes,
        ),
    )
    assert world.count("reporters") == before + (1 if result.code == 0 else 0)


@FUZZ_SETTINGS
@given(
    reporter=fuzz, name=maybe, phone=maybe, expiry=maybe, position=maybe, status=maybe, reason=maybe
)
def test_reporter_update(
    cli: Run,
    world: World,
    reporter: str,
    name: str | None,
    phone: str | None,
    expiry: str | None,
    position: str | None,
    status: str | None,
    reason: str | None,
) -> None:
    target = reporter if reporter not in ("0",) else str(world.reporter)
    before = world.count("reporters")
    cli(
        "reporter",
        "update",
        target,
        *options(
            name=name,
            phone=phone,
            card_expiry=expiry,
            position=position,
            status=status,
            reason=reason,
        ),
    )
    assert world.count("reporters") == before


@FUZZ_SETTINGS
@given(query=fuzz, limit=maybe)
def test_reporter_search(cli: Run, query: str, limit: str | None) -> None:
    cli("reporter", "search", query, *options(limit=limit))
    cli("--json", "reporter", "search", "--", query)


@FUZZ_SETTINGS
@given(
    name=fuzz,
    kind=st.sampled_from(["print", "online", "tv", "bogus"]),
    short=maybe,
    phone=maybe,
    email=maybe,
    signed=maybe,
)
def test_agency_add(
    cli: Run,
    world: World,
    name: str,
    kind: str,
    short: str | None,
    phone: str | None,
    email: str | None,
    signed: str | None,
) -> None:
    before = world.count("press_agencies")
    result = cli(
        "agency",
        "add",
        *options(
            name=name, kind=kind, short_name=short, phone=phone, email=email, agreement_date=signed
        ),
    )
    assert world.count("press_agencies") == before + (1 if result.code == 0 else 0)


@FUZZ_SETTINGS
@given(name=fuzz, code=fuzz, parent=maybe)
def test_unit_add(cli: Run, world: World, name: str, code: str, parent: str | None) -> None:
    before = world.count("police_units")
    result = cli("unit", "add", *options(name=name, code=code, parent=parent))
    assert world.count("police_units") == before + (1 if result.code == 0 else 0)


@FUZZ_SETTINGS
@given(
    name=fuzz,
    kind=st.sampled_from(["event", "site"]),
    start=fuzz,
    end=maybe,
    zones=st.lists(fuzz, max_size=4),
    location=maybe,
)
def test_event_add_with_zones(
    cli: Run,
    world: World,
    name: str,
    kind: str,
    start: str,
    end: str | None,
    zones: list[str],
    location: str | None,
) -> None:
    before = world.count("events"), world.count("zones")
    zone_args = [part for zone in zones for part in ("--zone", zone)]
    result = cli(
        "event",
        "add",
        *options(name=name, kind=kind, start=start, end=end, location=location),
        *zone_args,
    )
    added = 1 if result.code == 0 else 0
    assert world.count("events") == before[0] + added
    if not added:
        assert world.count("zones") == before[1]


@FUZZ_SETTINGS
@given(reporter=fuzz, zone=maybe, first=maybe, last=maybe, override=maybe, serial=fuzz, reason=fuzz)
def test_pass_issue_revoke_show(
    cli: Run,
    world: World,
    reporter: str,
    zone: str | None,
    first: str | None,
    last: str | None,
    override: str | None,
    serial: str,
    reason: str,
) -> None:
    before = world.count("passes")
    issued = cli(
        "pass",
        "issue",
        "--event",
        str(world.event),
        *options(reporter=reporter, zone=zone, override_card=override),
        *options(**{"from": first, "to": last}),
    )
    assert world.count("passes") == before + (1 if issued.code == 0 else 0)
    cli("pass", "show", "--", serial)
    revoked_before = world.count("passes WHERE status = 'revoked'")
    revoked = cli("pass", "revoke", "--reason", reason, "--", serial)
    assert world.count("passes WHERE status = 'revoked'") == revoked_before + (
        1 if revoked.code == 0 else 0
    )


@FUZZ_SETTINGS
@given(token=fuzz, zone=maybe, lines=st.lists(fuzz, max_size=5))
def test_scan_token_and_stdin(
    cli: Run, world: World, token: str, zone: str | None, lines: list[str]
) -> None:
    post = ["scan", "--event", str(world.event), "--unit", str(world.unit), *options(zone=zone)]
    before = world.count("scan_log")
    single = cli(*post, "--", token)
    if single.code in (0, 1) and token != "-":  # "-" reads stdin, left empty by an earlier example
        assert world.count("scan_log") == before + 1
    cli(*post, "-", stdin="\n".join(lines) + "\n")
    cli(*post, "-", stdin="\n".join([*lines, world.token]))


@FUZZ_SETTINGS
@given(
    content=st.one_of(st.binary(max_size=2000), st.text(printable, max_size=2000)),
    header=st.booleans(),
)
def test_log_import_random_file(
    cli: Run, world: World, tmp_path: Path, content: bytes | str, header: bool
) -> None:
    path = tmp_path / "log.jsonl"
    prefix = '{"format": "accred-scan-log/2"}\n' if header else ""
    if isinstance(content, bytes):
        path.write_bytes(prefix.encode() + content)
    else:
        path.write_text(prefix + content, encoding="utf-8")
    before = world.count("scan_log")
    result = cli("log", "import", str(path))
    if result.code != 0:
        assert world.count("scan_log") == before


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=10,
)
PACKAGE_PARTS = ["event", "units", "agencies", "reporters", "passes", "officers", "public_keys"]


@FUZZ_SETTINGS
@given(
    content=st.one_of(
        st.binary(max_size=2000),
        st.text(printable, max_size=2000),
        st.tuples(st.sampled_from(PACKAGE_PARTS), JSON_VALUES),
    )
)
def test_station_import_random_file(
    cli: Run,
    world: World,
    admin: Actor,
    tmp_path: Path,
    content: bytes | str | tuple[str, Any],
) -> None:
    """Random bytes, random text, or a real package with one part replaced by random JSON and
    signed by the desk's own key (so the checks behind the signature are reached too)."""
    import gzip
    import json

    from accred_app.core.checkpoint.packages import seal_package
    from accred_app.core.passes.keys import all_signing_keys

    real = tmp_path / "real.json.gz"
    if not real.exists():
        exported = cli("--json", "station", "export", "--event", str(world.event), str(real))
        (tmp_path / "fingerprint").write_text(exported.json()["fingerprint"], encoding="utf-8")
    fingerprint = (tmp_path / "fingerprint").read_text(encoding="utf-8")
    path = tmp_path / "station.json"
    if isinstance(content, bytes):
        path.write_bytes(content)
    elif isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        part, value = content
        payload = json.loads(gzip.decompress(real.read_bytes()).partition(b"\n")[2])
        payload[part] = value
        with world.db.reading() as session:
            keys = all_signing_keys(session, admin)
        path.write_bytes(seal_package(json.dumps(payload).encode(), keys))
    cli("station", "import", str(path), "--fingerprint", fingerprint)  # into the desk: refused
    station_db = tmp_path / f"station-{len(list(tmp_path.glob('station-*.sqlite')))}.sqlite"
    result = cli(
        "--db", str(station_db), "station", "import", str(path), "--fingerprint", fingerprint
    )
    if station_db.exists():
        connection = sqlite3.connect(station_db)
        try:
            assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            if result.code != 0:  # refused: nothing written
                assert connection.execute("SELECT count(*) FROM passes").fetchone() == (0,)
        finally:
            connection.close()


def odd_paths(base: Path) -> list[Path | str]:
    (base / "a-file").write_text("x", encoding="utf-8")
    (base / "a-folder").mkdir(exist_ok=True)
    return [
        base / "a-folder",
        base / "a-file" / "under-a-file.json",
        base / "missing" / "deeper" / "k.json",
        base / ("n" * 300),
        str(base / "nul\x00byte"),
        base / "a-folder" / "",
        "",
    ]


@FUZZ_SETTINGS
@given(name=fuzz, pick=st.integers(min_value=0, max_value=6))
def test_keys_export_public_to_odd_paths(cli: Run, tmp_path: Path, name: str, pick: int) -> None:
    out = tmp_path / "keys"
    out.mkdir(exist_ok=True)
    cli("keys", "export-public", str(odd_paths(out)[pick]))
    cli("keys", "export-public", "--", str(out / safe_name(name)))


@FUZZ_SETTINGS
@given(name=fuzz, pick=st.integers(min_value=0, max_value=6))
def test_backup_to_odd_paths(cli: Run, tmp_path: Path, name: str, pick: int) -> None:
    out = tmp_path / "backups-out"
    out.mkdir(exist_ok=True)
    cli("backup", str(odd_paths(out)[pick]))
    result = cli("backup", "--", str(out / safe_name(name)))
    if result.code == 0:
        written = sqlite3.connect(out / safe_name(name))
        try:
            assert written.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        finally:
            written.close()
