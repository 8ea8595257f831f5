"""``accred import reporters``, ``accred export …``, ``accred reporter export-data`` and
``accred privacy …`` end to end (in-process), with the files an office really sends."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook

from accred_app.core.checkpoint.scanning import open_checkpoint, scan
from accred_app.core.clock import VIETNAM_TZ
from accred_app.core.passes import issuing
from accred_app.core.registry import agencies, events, reporters, units
from accred_app.core.tabular.legacy import encode_tcvn3, encode_vni

FAR = date.today() + timedelta(days=900)
HEADER = "STT;Họ và tên;Cơ quan báo chí;Số thẻ nhà báo;Ngày hết hạn;CCCD;Số điện thoại"
LIST = "\r\n".join(
    [
        HEADER,
        f"1;Nguyễn Thị Ánh;Báo Thanh Hóa;TH-001;{FAR:%d/%m/%Y};38190012345;912345678",
        f"2;Trần Văn Bình;Báo Thanh Hóa;TH-001;{FAR:%d/%m/%Y};;",
        f"3;Lê Văn Cường;Đài Phát thanh và Truyền hình Thanh Hóa;TH-003;{FAR.isoformat()};123;",
        "",
    ]
)


def _ok(result: Any) -> Any:
    assert result.code == 0, (result.code, result.out, result.err)
    return result


def _one_line_error(result: Any) -> str:
    assert result.code == 3, (result.code, result.out, result.err)
    lines = result.err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.err, result.err
    return lines[0]


def _reporter_count(run_cli: Any) -> int:
    return len(_ok(run_cli("--json", "reporter", "list")).json())


def test_import_json_report_lists_imported_and_skipped_rows(run_cli: Any, tmp_path: Path) -> None:
    source = tmp_path / "danh-sach.csv"
    source.write_bytes(LIST.encode("utf-8-sig"))
    report = _ok(run_cli("--json", "import", "reporters", str(source))).json()
    assert [(r["row"], r["full_name"]) for r in report["imported"]] == [(2, "Nguyễn Thị Ánh")]
    assert all(isinstance(r["id"], int) for r in report["imported"])
    assert [s["row"] for s in report["skipped"]] == [3, 4]
    assert "dòng 2" in report["skipped"][0]["reason"]
    assert report["skipped"][1]["problems"][0]["field"] == "citizen_id"
    assert (report["encoding"], report["delimiter"], report["header_row"]) == ("utf-8-sig", ";", 1)
    assert [a["name"] for a in report["agencies_created"]] == ["Báo Thanh Hóa"]
    assert report["columns"][3] == {"column": 4, "header": "Số thẻ nhà báo", "field": "card_no"}
    shown = _ok(run_cli("--json", "reporter", "show", str(report["imported"][0]["id"]))).json()
    assert (shown["citizen_id"], shown["phone"]) == ("038190012345", "0912345678")


def test_dry_run_and_all_or_nothing_import_nothing(run_cli: Any, tmp_path: Path) -> None:
    source = tmp_path / "danh-sach.csv"
    source.write_bytes(LIST.encode("utf-8"))
    dry = _ok(run_cli("--json", "import", "reporters", str(source), "--dry-run")).json()
    assert dry["dry_run"] is True and [r["id"] for r in dry["imported"]] == [None]
    assert _reporter_count(run_cli) == 0
    refused = run_cli("import", "reporters", str(source), "--all-or-nothing")
    assert "dòng 3" in _one_line_error(refused)
    assert "bỏ qua" in refused.out  # the row report is still printed
    assert _reporter_count(run_cli) == 0
    assert _ok(run_cli("--json", "agency", "list")).json() == []


def test_import_into_a_given_agency_with_a_column_mapped_by_hand(
    run_cli: Any, db: Any, admin: Any, tmp_path: Path
) -> None:
    agency = agencies.add_agency(db, admin, name="Báo Nhân Dân", kind="print")
    source = tmp_path / "nd.csv"
    source.write_text(f"Tên PV,Mã thẻ,HSD\nPhạm Thị Dung,ND-001,{FAR:%d/%m/%Y}\n", encoding="utf-8")
    result = run_cli(
        "--json",
        "import",
        "reporters",
        str(source),
        "--agency",
        str(agency),
        "--header-row",
        "1",
        "--map",
        "1=full_name",
        "--map",
        "Mã thẻ=card_no",
        "--map",
        "HSD=card_expiry",
    )
    report = _ok(result).json()
    assert report["mapping_source"] == "given"
    (imported,) = report["imported"]
    assert (
        _ok(run_cli("--json", "reporter", "show", str(imported["id"]))).json()["agency_id"]
        == agency
    )
    bad = run_cli("import", "reporters", str(source), "--map", "Không có=card_no")
    assert "Không có" in _one_line_error(bad)
    bad = run_cli("import", "reporters", str(source), "--map", "1=ten_sai")
    _one_line_error(bad)


@pytest.mark.parametrize(("encoder", "name"), [(encode_tcvn3, "tcvn3"), (encode_vni, "vni")])
def test_legacy_lists_import_through_the_cli(
    run_cli: Any, tmp_path: Path, encoder: Any, name: str
) -> None:
    source = tmp_path / f"{name}.csv"
    source.write_bytes(encoder(LIST.replace("38190012345", "038190012345")))
    report = _ok(run_cli("--json", "import", "reporters", str(source))).json()
    assert report["encoding"] == name
    assert report["imported"][0]["full_name"] == "Nguyễn Thị Ánh"


def test_a_file_in_an_unknown_encoding_is_refused_in_one_line(run_cli: Any, tmp_path: Path) -> None:
    source = tmp_path / "x.csv"
    source.write_bytes("Name;Größe\nMüller;Straße\n".encode("latin-1"))
    assert "bảng mã" in _one_line_error(run_cli("import", "reporters", str(source)))
    missing = run_cli("import", "reporters", str(tmp_path / "none.csv"))
    assert "none.csv" in _one_line_error(missing)


@pytest.fixture
def registry(db: Any, admin: Any) -> dict[str, int]:
    unit = units.add_unit(db, admin, name="Phòng Tham mưu", code="PV01")
    agency = agencies.add_agency(db, admin, name="Báo Thanh Hóa", kind="print")
    other = agencies.add_agency(db, admin, name="Báo Nhân Dân", kind="print")
    event = events.add_event(
        db,
        admin,
        name="Đại hội Đảng bộ tỉnh",
        kind="event",
        start=date.today(),
        end=date.today() + timedelta(days=2),
        zones=[events.ZoneSpec("A", "Hội trường"), events.ZoneSpec("B", "Báo chí")],
    )
    anh = reporters.add_reporter(
        db,
        admin,
        full_name="Nguyễn Thị Ánh",
        agency_id=agency,
        card_no="TH-001",
        card_expiry=FAR,
        citizen_id="038190012345",
        phone="0912345678",
        gender="female",
        consent_given_on=date.today(),
        consent_method="via_agency",
    )
    reporters.add_reporter(
        db, admin, full_name="Phạm Văn Dũng", agency_id=other, card_no="ND-002", card_expiry=FAR
    )
    issued = issuing.issue_pass(db, admin, reporter_id=anh, event_id=event, zones=["B"])
    post = open_checkpoint(db, admin, event_id=event, zone_code="B", unit_id=unit)
    scan(db, admin, post, issued.token)
    scan(db, admin, post, issued.token)  # already inside: refused
    return {"agency": agency, "event": event, "anh": anh, "unit": unit}


def test_export_reporters_csv_opens_in_excel_and_imports_back(
    run_cli: Any, registry: dict[str, int], tmp_path: Path
) -> None:
    target = tmp_path / "pv.csv"
    result = _ok(
        run_cli(
            "--json", "export", "reporters", "-o", str(target), "--agency", str(registry["agency"])
        )
    )
    assert result.json() == {"output": str(target), "format": "csv", "rows": 1}
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM by which Excel knows UTF-8
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0][:5] == ["Mã", "Họ và tên", "Ngày sinh", "Giới tính", "Cơ quan báo chí"]
    assert rows[1][1] == "Nguyễn Thị Ánh" and rows[1][3] == "Nữ"
    assert rows[1][7] == FAR.isoformat() and rows[1][8] == "038190012345"
    # the same sheet, imported into a fresh database, gives the same reporter
    fresh = tmp_path / "other.sqlite"
    _ok(run_cli("--db", str(fresh), "init", "--admin-password-file", str(tmp_path / "pw-admin")))
    report = _ok(run_cli("--db", str(fresh), "--json", "import", "reporters", str(target))).json()
    assert [r["full_name"] for r in report["imported"]] == ["Nguyễn Thị Ánh"]
    shown = _ok(
        run_cli("--db", str(fresh), "--json", "reporter", "show", str(report["imported"][0]["id"]))
    ).json()
    assert (shown["citizen_id"], shown["gender"], shown["consent_method"]) == (
        "038190012345",
        "female",
        "via_agency",
    )


def test_export_passes_and_access_log_as_xlsx_with_real_dates(
    run_cli: Any, registry: dict[str, int], tmp_path: Path
) -> None:
    passes = tmp_path / "the.xlsx"
    _ok(run_cli("export", "passes", "-o", str(passes), "--event", str(registry["event"])))
    sheet = load_workbook(passes).active
    assert sheet.freeze_panes == "A2"
    header = [c.value for c in sheet[1]]
    row = dict(zip(header, [c.value for c in sheet[2]], strict=True))
    assert row["Phóng viên"] == "Nguyễn Thị Ánh" and row["Khu vực"] == "B"
    assert isinstance(row["Hiệu lực từ"], datetime) and row["Số lần in"] == 0
    access = tmp_path / "log.xlsx"
    today = datetime.now(VIETNAM_TZ).strftime("%d/%m/%Y")
    result = _ok(
        run_cli("--json", "export", "access", "-o", str(access), "--from", today, "--to", today)
    )
    assert result.json()["rows"] == 2
    log = load_workbook(access).active
    heading = [c.value for c in log[1]]
    lines = [dict(zip(heading, r, strict=True)) for r in log.iter_rows(min_row=2, values_only=True)]
    # newest first, as the access log lists them; times are real date-times
    assert [line["Kết quả"] for line in lines] == ["từ chối", "cho qua"]
    assert {line["Nguồn"] for line in lines} == {"Quét thẻ"}
    assert all(isinstance(line["Thời điểm"], datetime) for line in lines)
    # an access a unit gave by hand joins the same sheet
    _ok(
        run_cli(
            "access", "add", "--unit", str(registry["unit"]), "--kind", "briefing",
            "--subject", "Họp báo về an ninh Đại hội", "--reporter", str(registry["anh"]),
            "--at", (datetime.now(VIETNAM_TZ) - timedelta(minutes=5)).strftime("%Y-%m-%d %H:%M"),
        )
    )  # fmt: skip
    _ok(run_cli("export", "access", "-o", str(access), "--from", today, "--to", today))
    sources = [r[1] for r in load_workbook(access).active.iter_rows(min_row=2, values_only=True)]
    assert sorted(sources) == ["Ghi nhận", "Quét thẻ", "Quét thẻ"]
    empty = tmp_path / "none.csv"
    yesterday = (date.today() - timedelta(days=1)).isoformat()
    result = _ok(run_cli("--json", "export", "access", "-o", str(empty), "--to", yesterday))
    assert result.json()["rows"] == 0


def test_export_to_an_unknown_format_is_refused(run_cli: Any, tmp_path: Path) -> None:
    assert ".xlsx" in _one_line_error(run_cli("export", "reporters", "-o", str(tmp_path / "a.pdf")))
    assert not (tmp_path / "a.pdf").exists()


def test_consent_options_and_export_data_through_the_cli(
    run_cli: Any, registry: dict[str, int], tmp_path: Path
) -> None:
    anh = str(registry["anh"])
    shown = _ok(
        run_cli(
            "--json",
            "reporter",
            "update",
            anh,
            "--purpose",
            "Cấp thẻ tác nghiệp Đại hội",
            "--consent-method",
            "written",
        )
    ).json()
    assert (shown["processing_purpose"], shown["consent_method"]) == (
        "Cấp thẻ tác nghiệp Đại hội",
        "written",
    )
    assert (
        "Mục đích xử lý dữ liệu cá nhân: Cấp thẻ tác nghiệp Đại hội"
        in _ok(run_cli("reporter", "show", anh)).out
    )
    target = tmp_path / "anh.zip"
    result = _ok(run_cli("--json", "reporter", "export-data", anh, "-o", str(target))).json()
    assert (result["passes"], result["scans"], result["photo"]) == (1, 2, False)
    with zipfile.ZipFile(target) as archive:
        data = json.loads(archive.read("data.json"))
    assert data["reporter"]["processing_purpose"] == "Cấp thẻ tác nghiệp Đại hội"


def test_privacy_retention_and_purge_through_the_cli(
    run_cli: Any, registry: dict[str, int]
) -> None:
    assert _ok(run_cli("--json", "privacy", "retention")).json() == {"retention_years": 5}
    assert _ok(run_cli("--json", "privacy", "retention", "--years", "1")).json() == {
        "retention_years": 1
    }
    dry = _ok(run_cli("--json", "privacy", "purge", "--dry-run")).json()
    assert dry["dry_run"] is True and dry["reporters"] == []  # everyone was active today
    purge = _ok(run_cli("--json", "privacy", "purge")).json()
    assert purge["anonymised"] == 0
    assert _one_line_error(run_cli("privacy", "retention", "--years", "99"))


def test_import_csv_written_by_excel_with_semicolons_and_a_title_row(
    run_cli: Any, tmp_path: Path
) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["DANH SÁCH"])
    sheet.append(["Họ và tên", "Cơ quan", "Số thẻ nhà báo", "Ngày hết hạn"])
    sheet.append(["Nguyễn Thị Ánh", "Báo Thanh Hóa", "TH-001", FAR])
    target = tmp_path / "list.xlsx"
    workbook.save(target)
    report = _ok(run_cli("--json", "import", "reporters", str(target))).json()
    assert report["format"] == "xlsx" and report["header_row"] == 2
    assert len(report["imported"]) == 1
