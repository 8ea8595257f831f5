"""The ``accred`` registry commands end to end (in-process): init, agency, unit, event, reporter.

Exit codes are a contract with scripts: 0 ok, 2 usage error, 3 validation or not-found with one line
on stderr and never a traceback.
"""

from __future__ import annotations

import io
import subprocess
import sys
import unicodedata
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

NAME_ANH = "Nguyễn Thị Ánh"
FUTURE = (date.today() + timedelta(days=365)).isoformat()


def _one_line_error(result: Any) -> str:
    """A validation error is exactly one line on stderr, with no traceback."""
    assert result.code == 3, (result.code, result.out, result.err)
    lines = result.err.strip().splitlines()
    assert len(lines) == 1, result.err
    assert "Traceback" not in result.err
    return lines[0]


def _add_agency(run_cli: Any, name: str = "Báo Thanh Hóa", kind: str = "print") -> int:
    result = run_cli("agency", "add", "--name", name, "--kind", kind)
    assert result.code == 0, result.err
    return int(result.out.strip())


def _add_reporter(run_cli: Any, agency: int, name: str, card: str, *extra: str) -> int:
    result = run_cli(
        "reporter",
        "add",
        "--name",
        name,
        "--agency",
        str(agency),
        "--card-no",
        card,
        "--card-expiry",
        FUTURE,
        *extra,
    )
    assert result.code == 0, result.err
    return int(result.out.strip())


@pytest.fixture
def agency(db: Any, admin: Any) -> int:
    from accred_app.core.registry.agencies import add_agency

    return add_agency(db, admin, name="Báo Thanh Hóa", kind="print")


# --- init ------------------------------------------------------------------------------------


def test_init_fresh_database_stores_org_name_and_is_idempotent(
    run_cli: Any, tmp_path: Path
) -> None:
    fresh = tmp_path / "fresh.sqlite"
    password_file = tmp_path / "admin-pw"
    password_file.write_text("mat-khau-moi-1\n", encoding="utf-8")
    first = run_cli(
        "--db",
        str(fresh),
        "--json",
        "init",
        "--org-name",
        "CÔNG AN TỈNH NGHỆ AN",
        "--admin-password-file",
        str(password_file),
        user=None,
    )
    assert first.code == 0, first.err
    report = first.json()
    assert set(report) >= {"database", "admin_created", "key_created"}
    assert report["admin_created"] == "admin"
    assert report["key_created"] is True

    second = run_cli("--db", str(fresh), "--json", "init", user=None)
    assert second.code == 0, second.err
    assert second.json()["admin_created"] is None
    assert second.json()["key_created"] is False

    from accred_app.core.database import open_database
    from accred_app.core.models import Officer, SigningKeyRecord
    from accred_app.core.storage.settings import load_settings

    database = open_database(str(fresh))
    try:
        with database.reading() as session:
            assert load_settings(session).org_name == "CÔNG AN TỈNH NGHỆ AN"
            assert session.query(Officer).count() == 1
            assert session.query(SigningKeyRecord).count() == 1
    finally:
        database.dispose()
    # the new admin can sign in with the password from the file
    listed = run_cli("--db", str(fresh), "agency", "list", password="mat-khau-moi-1")
    assert listed.code == 0, listed.err


def test_init_on_initialised_database_creates_nothing(run_cli: Any) -> None:
    result = run_cli("init", user=None)
    assert result.code == 0, result.err
    assert "admin created" not in result.out
    assert "signing key created" not in result.out


# --- usage errors ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        ["agency", "add", "--name", "X", "--kind", "print", "--bogus"],
        ["agency", "add", "--name", "X"],
        ["reporter", "show", "abc"],
        ["reporter", "show", "0"],
        ["event", "show", "-1"],
        ["agency", "add", "--name", "X", "--kind", "blog"],
        ["reporter"],
        ["frobnicate"],
    ],
)
def test_usage_errors_exit_2(
    argv: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """argparse refuses these before any database is opened (so no ``db`` fixture needed)."""
    from accred_app.cli import main

    database = tmp_path / "never-created.sqlite"
    with pytest.raises(SystemExit) as exit_:
        main(["--db", str(database), *argv])
    err = capsys.readouterr().err
    assert exit_.value.code == 2, err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert not database.exists()


@pytest.mark.parametrize(
    ("argv", "entity"),
    [
        (["reporter", "show", "999"], "999"),
        (["event", "show", "999"], "999"),
        (["reporter", "update", "999", "--phone", "0912345678"], "999"),
    ],
)
def test_not_found_exit_3_one_line(run_cli: Any, argv: list[str], entity: str) -> None:
    line = _one_line_error(run_cli(*argv))
    assert entity in line
    assert "Không tìm thấy" in line


def test_lang_en_gives_english_messages(run_cli: Any) -> None:
    line = _one_line_error(run_cli("--lang", "en", "reporter", "show", "999"))
    assert line.startswith("No reporter")
    vi = _one_line_error(run_cli("reporter", "show", "999"))
    assert vi.startswith("Không tìm thấy")


def test_wrong_password_is_one_line_exit_3(run_cli: Any) -> None:
    _one_line_error(run_cli("agency", "list", password="sai-mat-khau"))


# --- agencies --------------------------------------------------------------------------------


def test_agency_add_and_list(run_cli: Any) -> None:
    result = run_cli(
        "--json",
        "agency",
        "add",
        "--name",
        "Đài Phát thanh và Truyền hình Thanh Hóa",
        "--kind",
        "tv",
        "--short-name",
        "TTV",
        "--contact",
        "Lê Văn Bình",
        "--phone",
        "+84 912 345 678",
        "--email",
        "toasoan@ttv.VN",
        "--address",
        "Số 1 Đại lộ Lê Lợi",
        "--agreement-date",
        "2025-03-01",
    )
    assert result.code == 0, result.err
    tv_id = result.json()["id"]
    baothanhhoa = _add_agency(run_cli, "Báo Thanh Hóa", "print")
    an_ninh = _add_agency(run_cli, "Báo An ninh Thủ đô", "print")
    assert len({tv_id, baothanhhoa, an_ninh}) == 3

    listed = run_cli("--json", "agency", "list")
    assert listed.code == 0, listed.err
    rows = listed.json()
    # Vietnamese alphabetical order: "Báo An…" < "Báo Thanh…" < "Đài…" (đ sorts after d)
    assert [r["name"] for r in rows] == [
        "Báo An ninh Thủ đô",
        "Báo Thanh Hóa",
        "Đài Phát thanh và Truyền hình Thanh Hóa",
    ]
    tv = rows[2]
    assert tv["kind"] == "tv"
    assert tv["short_name"] == "TTV"
    assert tv["agreement_signed_on"] == "2025-03-01"
    assert tv["reporters"] == 0

    searched = run_cli("--json", "agency", "list", "--search", "dai phat")
    assert [r["id"] for r in searched.json()] == [tv_id]

    human = run_cli("agency", "list")
    assert "01/03/2025" in human.out


def test_agency_duplicate_and_bad_email(run_cli: Any) -> None:
    _add_agency(run_cli, "Báo Thanh Hóa")
    line = _one_line_error(run_cli("agency", "add", "--name", "báo thanh hóa", "--kind", "print"))
    assert "Báo Thanh Hóa" in line or "báo thanh hóa" in line
    _one_line_error(
        run_cli("agency", "add", "--name", "Báo Mới", "--kind", "online", "--email", "x@")
    )


# --- units -----------------------------------------------------------------------------------


def test_unit_add_and_list_tree_order(run_cli: Any) -> None:
    def add(name: str, code: str, parent: int | None = None) -> int:
        argv = ["unit", "add", "--name", name, "--code", code]
        if parent is not None:
            argv += ["--parent", str(parent)]
        result = run_cli(*argv)
        assert result.code == 0, result.err
        return int(result.out)

    root = add("Công an tỉnh Thanh Hóa", "CAT")
    ps = add("Phòng Tham mưu", "PV01", root)
    pc = add("Phòng Cảnh sát cơ động", "PK02", root)
    team = add("Đội Tuyên truyền", "PV01-TT", ps)
    other_root = add("Bộ Tư lệnh Cảnh vệ", "BTL")

    listed = run_cli("--json", "unit", "list")
    assert listed.code == 0, listed.err
    rows = listed.json()
    # parent before children, siblings by code; the team under its office, before the next office
    assert [r["id"] for r in rows] == [other_root, root, pc, ps, team]
    assert {r["id"]: r["parent_id"] for r in rows}[team] == ps

    human = run_cli("unit", "list").out.splitlines()
    team_line = next(line for line in human if "Đội Tuyên truyền" in line)
    office_line = next(line for line in human if "Phòng Tham mưu" in line)
    assert team_line.index("Đội") > office_line.index("Phòng")  # indented deeper

    line = _one_line_error(run_cli("unit", "add", "--name", "Trùng", "--code", "cat"))
    assert "CAT" in line
    _one_line_error(run_cli("unit", "add", "--name", "Mồ côi", "--code", "X1", "--parent", "999"))


# --- events ----------------------------------------------------------------------------------


def test_event_add_with_zones_and_show(run_cli: Any) -> None:
    unit = int(run_cli("unit", "add", "--name", "Phòng Tham mưu", "--code", "PV01").out)
    result = run_cli(
        "--json",
        "event",
        "add",
        "--name",
        "Đại hội Đảng bộ tỉnh lần thứ XX",
        "--kind",
        "event",
        "--start",
        "2026-10-14",
        "--end",
        "2026-10-16",
        "--location",
        "Cung Văn hóa",
        "--unit",
        str(unit),
        "--zone",
        "A:Hội trường:#c62828",
        "--zone",
        "b:Phòng báo chí",
        "--zone",
        "C:Sân",
    )
    assert result.code == 0, result.err
    event_id = result.json()["id"]

    shown = run_cli("--json", "event", "show", str(event_id))
    assert shown.code == 0, shown.err
    event = shown.json()
    assert event["name"] == "Đại hội Đảng bộ tỉnh lần thứ XX"
    assert event["start"] == "2026-10-14"
    assert event["end"] == "2026-10-16"
    assert event["organising_unit_id"] == unit
    zones = event["zones"]
    assert [z["code"] for z in zones] == ["A", "B", "C"]
    assert [z["slot"] for z in zones] == [0, 1, 2]
    assert zones[0]["colour"] == "#C62828"
    from accred_app.core.registry.events import ZONE_PALETTE

    assert zones[1]["colour"] == ZONE_PALETTE[1]  # default colours come from the palette
    assert zones[2]["colour"] == ZONE_PALETTE[2]
    assert zones[1]["name"] == "Phòng báo chí"

    human = run_cli("event", "show", str(event_id))
    assert "14/10/2026" in human.out
    assert "Phòng Tham mưu" in human.out


def test_event_rules(run_cli: Any) -> None:
    base = ["event", "add", "--name", "Sự kiện", "--kind", "event", "--start", "2026-10-14"]
    line = _one_line_error(
        run_cli(*base, "--end", "2026-10-16", "--zone", "A:Một", "--zone", "a:Hai")
    )
    assert "A" in line
    line = _one_line_error(run_cli(*base, "--end", "2026-10-13"))
    assert "2026-10-13" in line
    _one_line_error(run_cli(*base))  # an event needs an end date
    _one_line_error(run_cli(*base, "--end", "2026-10-16", "--zone", "A"))  # bad zone spec
    _one_line_error(run_cli(*base, "--end", "2026-10-16", "--zone", "A:Một:red"))  # bad colour
    _one_line_error(run_cli(*base, "--end", "2026-10-16", "--unit", "999"))
    _one_line_error(run_cli(*base[:-1], "31/02/2026", "--end", "2026-10-16"))
    # nothing was written by the refused commands
    assert run_cli("--json", "event", "list").json() == []

    site = run_cli(
        "event",
        "add",
        "--name",
        "Trụ sở Công an tỉnh",
        "--kind",
        "site",
        "--start",
        "2026-01-01",
    )
    assert site.code == 0, site.err
    shown = run_cli("--json", "event", "show", site.out.strip()).json()
    assert shown["kind"] == "site"
    assert shown["end"] is None


def test_event_list_filters(run_cli: Any) -> None:
    run_cli(
        *("event", "add", "--name", "Lễ hội Lam Kinh", "--kind", "event"),
        *("--start", "2026-09-01", "--end", "2026-09-03"),
    )
    run_cli(
        *("event", "add", "--name", "Hội nghị xúc tiến đầu tư", "--kind", "event"),
        *("--start", "2026-11-01", "--end", "2026-11-02"),
    )
    run_cli("event", "add", "--name", "Trụ sở", "--kind", "site", "--start", "2026-01-01")
    rows = run_cli("--json", "event", "list").json()
    assert [r["name"] for r in rows] == [
        "Hội nghị xúc tiến đầu tư",
        "Lễ hội Lam Kinh",
        "Trụ sở",
    ]  # newest first
    assert [r["name"] for r in run_cli("--json", "event", "list", "--kind", "site").json()] == [
        "Trụ sở"
    ]
    found = run_cli("--json", "event", "list", "--search", "lam kinh").json()
    assert [r["name"] for r in found] == ["Lễ hội Lam Kinh"]


# --- reporters -------------------------------------------------------------------------------


def _jpeg(path: Path) -> Path:
    buffer = io.BytesIO()
    Image.new("RGB", (900, 1200), (200, 120, 40)).save(buffer, format="JPEG")
    path.write_bytes(buffer.getvalue())
    return path


def test_reporter_add_with_every_option_and_show(
    run_cli: Any, agency: int, tmp_path: Path, db_path: Path
) -> None:
    photo = _jpeg(tmp_path / "anh.jpg")
    result = run_cli(
        "--json",
        "reporter",
        "add",
        "--name",
        "  Nguyễn   Thị Ánh ",
        "--agency",
        str(agency),
        "--card-no",
        "th 0123",
        "--card-expiry",
        "31/12/2030",
        "--citizen-id",
        "038 190 012 345",
        "--phone",
        "+84 912.345.678",
        "--email",
        "anh.nt@BaoThanhHoa.VN",
        "--birth-date",
        "1990-05-02",
        "--gender",
        "female",
        "--position",
        "phóng viên",
        "--notes",
        "Ban Thời sự",
        "--photo",
        str(photo),
    )
    assert result.code == 0, result.err
    new_id = result.json()["id"]
    assert isinstance(new_id, int)

    shown = run_cli("--json", "reporter", "show", str(new_id))
    assert shown.code == 0, shown.err
    r = shown.json()
    assert r["full_name"] == NAME_ANH
    assert r["agency_id"] == agency
    assert r["agency"] == "Báo Thanh Hóa"
    assert r["card_no"] == "th 0123"
    assert r["card_expiry"] == "2030-12-31"
    assert r["citizen_id"] == "038190012345"
    assert r["phone"] == "0912345678"
    assert r["email"] == "anh.nt@baothanhhoa.vn"
    assert r["date_of_birth"] == "1990-05-02"
    assert r["gender"] == "female"
    assert r["position"] == "phóng viên"
    assert r["notes"] == "Ban Thời sự"
    assert r["status"] == "active"
    assert r["has_photo"] is True

    from accred_app.core.database import open_database
    from accred_app.core.models import ReporterPhoto

    human = run_cli("reporter", "show", str(new_id))
    assert "31/12/2030" in human.out
    assert NAME_ANH in human.out

    # the stored photo was bounded (600×800) and re-encoded as JPEG
    database = open_database(str(db_path))
    try:
        with database.reading() as session:
            stored = session.get(ReporterPhoto, new_id)
            assert stored is not None
            with Image.open(io.BytesIO(stored.image_jpeg)) as image:
                assert image.format == "JPEG"
                assert image.size[0] <= 600 and image.size[1] <= 800
    finally:
        database.dispose()


def test_reporter_photo_that_is_not_an_image_is_refused(
    run_cli: Any, agency: int, tmp_path: Path
) -> None:
    not_image = tmp_path / "cv.jpg"
    not_image.write_bytes(b"%PDF-1.4 this is not a picture")
    result = run_cli(
        "reporter",
        "add",
        *("--name", "Lê Văn Bình", "--agency", str(agency)),
        *("--card-no", "TH0200", "--card-expiry", FUTURE, "--photo", str(not_image)),
    )
    line = _one_line_error(result)
    assert "Tệp ảnh không đọc được" in line
    assert run_cli("--json", "reporter", "list").json() == []  # nothing half-written

    missing = run_cli(
        "reporter",
        "add",
        *("--name", "Lê Văn Bình", "--agency", str(agency)),
        *("--card-no", "TH0200", "--card-expiry", FUTURE, "--photo", str(tmp_path / "nope.jpg")),
    )
    _one_line_error(missing)

    rid = _add_reporter(run_cli, agency, "Lê Văn Bình", "TH0200")
    line = _one_line_error(run_cli("reporter", "update", str(rid), "--photo", str(not_image)))
    assert "Tệp ảnh không đọc được" in line
    assert run_cli("--json", "reporter", "show", str(rid)).json()["has_photo"] is False
    ok = run_cli(
        "--json", "reporter", "update", str(rid), "--photo", str(_jpeg(tmp_path / "b.jpg"))
    )
    assert ok.code == 0, ok.err
    assert ok.json()["has_photo"] is True


def test_duplicate_press_card_after_normalising_case_and_spaces(run_cli: Any, agency: int) -> None:
    first = _add_reporter(run_cli, agency, NAME_ANH, "TH 0123")
    result = run_cli(
        "reporter",
        "add",
        *("--name", "Trần Văn Cường", "--agency", str(agency)),
        *("--card-no", "th0123", "--card-expiry", FUTURE),
    )
    line = _one_line_error(result)
    assert NAME_ANH in line
    assert str(first) in line

    other = _add_reporter(run_cli, agency, "Trần Văn Cường", "TH0999")
    line = _one_line_error(run_cli("reporter", "update", str(other), "--card-no", "Th 01 23"))
    assert NAME_ANH in line
    # a reporter may keep (or re-type) their own number
    same = run_cli("reporter", "update", str(first), "--card-no", "TH0123")
    assert same.code == 0, same.err


def test_duplicate_citizen_id(run_cli: Any, agency: int) -> None:
    _add_reporter(run_cli, agency, NAME_ANH, "TH0123", "--citizen-id", "038190012345")
    result = run_cli(
        "reporter",
        "add",
        *("--name", "Trần Văn Cường", "--agency", str(agency), "--card-no", "TH0124"),
        *("--card-expiry", FUTURE, "--citizen-id", "038190012345"),
    )
    assert NAME_ANH in _one_line_error(result)


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("--citizen-id", "03819001234"),  # 11 digits
        ("--citizen-id", "03819001234A"),  # letters
        ("--citizen-id", "0381900123456"),  # 13 digits
        ("--email", "anh.nt@"),
        ("--email", "anh nt@bao.vn"),
        ("--email", "không-dấu@bao.vn"),
        ("--phone", "12345"),
        ("--phone", "0912abc678"),
        ("--card-expiry", "2026-13-01"),
        ("--birth-date", "hôm qua"),
        ("--card-no", "!!"),
    ],
)
def test_reporter_field_validation(run_cli: Any, agency: int, option: str, value: str) -> None:
    fields = {
        "--name": "Lê Văn Bình",
        "--agency": str(agency),
        "--card-no": "TH0300",
        "--card-expiry": FUTURE,
        option: value,
    }
    argv = [part for pair in fields.items() for part in pair]
    _one_line_error(run_cli("reporter", "add", *argv))
    assert run_cli("--json", "reporter", "list").json() == []


def test_reporter_add_for_unknown_agency_and_missing_options(run_cli: Any) -> None:
    _one_line_error(
        run_cli(
            "reporter",
            "add",
            *("--name", "Lê Văn Bình", "--agency", "999"),
            *("--card-no", "TH0300", "--card-expiry", FUTURE),
        )
    )
    missing = run_cli("reporter", "add", "--name", "Lê Văn Bình", "--agency", "1")
    assert missing.code == 2


@pytest.fixture
def people(db: Any, admin: Any, agency: int) -> dict[str, int]:
    """Seeded through the services (fast); the commands under test run through the CLI."""
    from accred_app.core.registry.agencies import add_agency
    from accred_app.core.registry.reporters import add_reporter

    other_agency = add_agency(db, admin, name="Báo Công an Nhân dân", kind="print")
    names = {
        NAME_ANH: (agency, "TH0001", "0912345678"),
        "Trần Văn Bình": (agency, "TH0002", None),
        "Lê Thị Ánh": (other_agency, "CAND0003", None),
        "Đặng Văn An": (other_agency, "CAND0004", None),
        "Nguyễn Văn Đức": (agency, "TH0005", None),
        "Phạm Thị Dung": (agency, "TH0006", None),
    }
    ids = {
        name: add_reporter(
            db,
            admin,
            full_name=name,
            agency_id=agency_id,
            card_no=card,
            card_expiry=FUTURE,
            phone=phone,
        )
        for name, (agency_id, card, phone) in names.items()
    }
    ids["_other_agency"] = other_agency
    return ids


def test_reporter_list_is_in_vietnamese_order(run_cli: Any, people: dict[str, int]) -> None:
    listed = run_cli("--json", "reporter", "list")
    assert listed.code == 0, listed.err
    names = [r["full_name"] for r in listed.json()]
    # given name first (An < Ánh < Bình < Dung < Đức), then family name (Lê < Nguyễn)
    assert names == [
        "Đặng Văn An",
        "Lê Thị Ánh",
        NAME_ANH,
        "Trần Văn Bình",
        "Phạm Thị Dung",
        "Nguyễn Văn Đức",
    ]
    by_agency = run_cli("--json", "reporter", "list", "--agency", str(people["_other_agency"]))
    assert [r["full_name"] for r in by_agency.json()] == ["Đặng Văn An", "Lê Thị Ánh"]
    limited = run_cli("--json", "reporter", "list", "--limit", "2").json()
    assert [r["full_name"] for r in limited] == ["Đặng Văn An", "Lê Thị Ánh"]
    human = run_cli("reporter", "list").out
    assert human.index("Đặng Văn An") < human.index("Nguyễn Văn Đức")


def test_reporter_list_by_card_expiry(
    run_cli: Any, db: Any, admin: Any, people: dict[str, int]
) -> None:
    from datetime import datetime, timedelta

    from accred_app.core.clock import VIETNAM_TZ
    from accred_app.core.registry.reporters import update_reporter

    today = datetime.now(VIETNAM_TZ).date()
    update_reporter(db, admin, people["Trần Văn Bình"], card_expiry=today - timedelta(days=1))
    update_reporter(db, admin, people["Phạm Thị Dung"], card_expiry=today + timedelta(days=30))
    expired = run_cli("--json", "reporter", "list", "--card", "expired")
    assert expired.code == 0, expired.err
    assert [r["full_name"] for r in expired.json()] == ["Trần Văn Bình"]
    expiring = run_cli("--json", "reporter", "list", "--card", "expiring", "--status", "active")
    assert [r["full_name"] for r in expiring.json()] == ["Phạm Thị Dung"]
    assert run_cli("reporter", "list", "--card", "soon").code == 2


@pytest.mark.parametrize(
    "query",
    [
        "nguyen thi an",
        "NGUYEN",
        "Nguyễn",
        unicodedata.normalize("NFD", "Nguyễn"),
        "thi an",
        "nguyễn thị ánh",
    ],
)
def test_reporter_search_finds_accented_name(
    run_cli: Any, people: dict[str, int], query: str
) -> None:
    result = run_cli("--json", "reporter", "search", query)
    assert result.code == 0, result.err
    rows = result.json()
    assert isinstance(rows, list)
    match = [r for r in rows if r["id"] == people[NAME_ANH]]
    assert match, (query, rows)
    assert {"id", "full_name", "agency", "card_no"} <= set(match[0])
    assert match[0]["full_name"] == NAME_ANH
    assert match[0]["agency"] == "Báo Thanh Hóa"
    assert match[0]["card_no"] == "TH0001"


def test_reporter_search_by_card_phone_and_no_match(run_cli: Any, people: dict[str, int]) -> None:
    def ids(query: str) -> list[int]:
        result = run_cli("--json", "reporter", "search", query)
        assert result.code == 0, result.err
        return [r["id"] for r in result.json()]

    assert ids("th0001") == [people[NAME_ANH]]
    assert ids("0912345678") == [people[NAME_ANH]]
    assert ids("duc") == [people["Nguyễn Văn Đức"]]  # đ folds to d
    assert ids("thi an") == [people["Lê Thị Ánh"], people[NAME_ANH]]
    assert ids("xyz") == []
    assert run_cli("--json", "reporter", "search", "nguyen", "--limit", "1").json()[0]["id"] in {
        people[NAME_ANH],
        people["Nguyễn Văn Đức"],
    }


def test_reporter_update_fields_and_status(run_cli: Any, people: dict[str, int]) -> None:
    rid = people["Trần Văn Bình"]
    result = run_cli(
        "--json",
        "reporter",
        "update",
        str(rid),
        *("--name", "Trần Văn Bính", "--agency", str(people["_other_agency"])),
        *("--card-no", "CAND0099", "--card-expiry", "2031-01-31", "--citizen-id", "001090000001"),
        *("--phone", "0987654321", "--email", "binh@cand.vn", "--birth-date", "1985-01-01"),
        *("--gender", "male", "--position", "quay phim", "--notes", "Chuyển cơ quan"),
    )
    assert result.code == 0, result.err
    r = result.json()
    assert r["full_name"] == "Trần Văn Bính"
    assert r["agency"] == "Báo Công an Nhân dân"
    assert r["card_no"] == "CAND0099"
    assert r["card_expiry"] == "2031-01-31"
    assert r["citizen_id"] == "001090000001"
    assert (r["phone"], r["email"], r["gender"]) == ("0987654321", "binh@cand.vn", "male")
    assert (r["position"], r["notes"], r["date_of_birth"]) == (
        "quay phim",
        "Chuyển cơ quan",
        "1985-01-01",
    )
    # the search key follows the new name
    assert [x["id"] for x in run_cli("--json", "reporter", "search", "binh").json()] == [rid]

    line = _one_line_error(run_cli("reporter", "update", str(rid), "--status", "suspended"))
    assert "lý do" in line
    assert run_cli("--json", "reporter", "show", str(rid)).json()["status"] == "active"
    _one_line_error(run_cli("reporter", "update", str(rid), "--status", "blacklisted"))
    _one_line_error(run_cli("reporter", "update", str(rid), "--email", "sai@"))

    suspended = run_cli(
        "--json", "reporter", "update", str(rid), "--status", "suspended", "--reason", "Vi phạm"
    )
    assert suspended.code == 0, suspended.err
    assert suspended.json()["status"] == "suspended"
    assert suspended.json()["status_reason"] == "Vi phạm"
    listed = run_cli("--json", "reporter", "list", "--status", "suspended").json()
    assert [x["id"] for x in listed] == [rid]
    active = run_cli("--json", "reporter", "update", str(rid), "--status", "active").json()
    assert active["status"] == "active"
    assert active["status_reason"] is None
    # no change at all just shows the record
    unchanged = run_cli("--json", "reporter", "update", str(rid))
    assert unchanged.code == 0 and unchanged.json()["id"] == rid
    assert run_cli("reporter", "update", str(rid), "--status", "retired").code == 2


def test_agency_list_counts_reporters(run_cli: Any, people: dict[str, int]) -> None:
    rows = {r["name"]: r["reporters"] for r in run_cli("--json", "agency", "list").json()}
    assert rows == {"Báo Công an Nhân dân": 2, "Báo Thanh Hóa": 4}


# --- the real executable ---------------------------------------------------------------------


def test_real_executable_help_and_version(tmp_path: Path) -> None:
    """One subprocess run: the installed entry point and ``python -m accred_app.cli``."""
    import shutil

    from accred_app import __version__

    beside_python = Path(sys.executable).parent / "accred"  # the venv's own entry point first
    accred = str(beside_python) if beside_python.exists() else shutil.which("accred") or "accred"
    env = {"PATH": str(Path(sys.executable).parent), "ACCRED_DATA_DIR": str(tmp_path)}
    helped = subprocess.run(
        [accred, "--help"], capture_output=True, text=True, timeout=60, env=env, check=False
    )
    assert helped.returncode == 0, helped.stderr
    for command in ("init", "agency", "reporter", "pass", "scan", "station"):
        assert command in helped.stdout
    version = subprocess.run(
        [sys.executable, "-m", "accred_app.cli", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip() == f"accred {__version__}"
