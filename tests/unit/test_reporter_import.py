"""Importing an agency's list: preview changes nothing; commit imports the good rows in one
transaction (or nothing); every bad row says why, in the registry's own words."""

from __future__ import annotations

import io
from datetime import date
from typing import Any

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from accred_app.core.errors import PermissionDenied, ValidationError
from accred_app.core.exchange.reporter_import import commit_import, preview_import
from accred_app.core.models import AuditEntry, PressAgency, Reporter, Role
from accred_app.core.registry import agencies, reporters
from accred_app.core.roles import Actor
from accred_app.core.tabular.legacy import encode_tcvn3, encode_vni

HEADER = "STT;Họ và tên;Cơ quan báo chí;Số thẻ nhà báo;Ngày hết hạn;CCCD;Số điện thoại"


def counts(db: Any) -> tuple[int, int]:
    with db.reading() as session:
        return (
            session.scalar(select(func.count()).select_from(Reporter)) or 0,
            session.scalar(select(func.count()).select_from(PressAgency)) or 0,
        )


def xlsx(build: Any) -> bytes:
    workbook = Workbook()
    build(workbook.active)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


MESSY = "\r\n".join(
    [
        "DANH SÁCH PHÓNG VIÊN ĐĂNG KÝ TÁC NGHIỆP",
        "",
        HEADER,
        "1;Nguyễn Thị Ánh;Báo Thanh Hóa;TH-001;31/12/2027;38190012345;912345678",
        "2;Trần Văn Bình ;Đài Phát thanh và Truyền hình Thanh Hóa;TH-002;46752;;",
        ";;;;;;",
        "3;Lê Văn Cường;Báo Thanh Hóa;TH-001;2027-06-30;;",
        "4;Phạm Thị Dung;Báo Thanh Hóa;TH-004;31/12/27;12345;",
        "5;Vũ Đức Em;Báo Thanh Hóa;TH-005;;;",
    ]
)


def test_preview_reports_every_row_and_writes_nothing(db: Any, admin: Actor) -> None:
    before = counts(db)
    preview = preview_import(db, admin, MESSY.encode("utf-8-sig"), "list.csv")
    assert counts(db) == before
    assert (preview.encoding, preview.delimiter, preview.header_row) == ("utf-8-sig", ";", 3)
    assert preview.mapping_source == "automatic"
    assert preview.column_mapping()["Số thẻ nhà báo"] == "card_no"
    assert preview.empty_rows == 1
    by_row = {r.row: r for r in preview.rows}
    assert sorted(by_row) == [4, 5, 7, 8, 9]
    first = by_row[4]
    assert first.importable
    assert first.values["citizen_id"] == "038190012345"  # the 0 Excel dropped, put back
    assert first.values["phone"] == "0912345678"
    assert first.values["card_expiry"] == date(2027, 12, 31)
    assert by_row[5].values["card_expiry"] == date(2027, 12, 31)  # Excel serial 46752
    assert by_row[5].values["full_name"] == "Trần Văn Bình"  # trailing space gone
    assert "dòng 4" in by_row[7].reason("vi")  # same card as row 4
    assert by_row[8].values["card_expiry"] == date(2027, 12, 31)  # d/m/yy
    assert "CCCD" in by_row[8].reason("vi") and not by_row[8].importable
    assert by_row[9].reason("vi") == "Trường “Ngày hết hạn thẻ” không được để trống."
    assert by_row[9].reason("en") == "“Card expiry” is required."
    assert dict(preview.new_agencies) == {
        "Báo Thanh Hóa": "print",
        "Đài Phát thanh và Truyền hình Thanh Hóa": "tv",
    }


def test_commit_imports_the_good_rows_in_one_go_with_their_agencies(db: Any, admin: Actor) -> None:
    preview = preview_import(db, admin, MESSY.encode("utf-8-sig"), "list.csv")
    result = commit_import(db, admin, preview)
    assert [r.row for r in result.imported] == [4, 5]
    assert [(s.row, s.problems[0].code) for s in result.skipped] == [
        (7, "import_duplicate_card_in_file"),
        (8, "invalid_citizen_id"),
        (9, "required"),
    ]
    assert [name for _, name in result.agencies_created] == [
        "Báo Thanh Hóa",
        "Đài Phát thanh và Truyền hình Thanh Hóa",
    ]
    view = reporters.get_reporter(db, admin, result.imported[0].reporter_id)
    assert (view.full_name, view.agency, view.citizen_id) == (
        "Nguyễn Thị Ánh",
        "Báo Thanh Hóa",
        "038190012345",
    )
    assert view.processing_purpose == reporters.DEFAULT_PROCESSING_PURPOSE
    with db.reading() as session:  # audited like reporters added by hand
        audited = session.scalars(
            select(AuditEntry.entity_id).where(
                AuditEntry.entity == "reporters", AuditEntry.action == "create"
            )
        ).all()
    assert sorted(audited) == sorted(str(r.reporter_id) for r in result.imported)


def test_all_or_nothing_imports_nothing_when_a_row_is_bad(db: Any, admin: Actor) -> None:
    preview = preview_import(db, admin, MESSY.encode("utf-8-sig"), "list.csv")
    with pytest.raises(ValidationError) as caught:
        commit_import(db, admin, preview, all_or_nothing=True)
    assert caught.value.code == "import_refused"
    assert "dòng 7" in caught.value.message("vi")
    assert counts(db) == (0, 0)


def test_a_card_registered_after_the_preview_is_skipped_or_refuses_all(
    db: Any, admin: Actor
) -> None:
    data = "\r\n".join(
        [HEADER, "1;Nguyễn Thị Ánh;Báo A;TH-001;31/12/2027;;", "2;Lê B;Báo A;TH-002;31/12/2027;;"]
    )
    preview = preview_import(db, admin, data.encode(), "list.csv")
    agency = agencies.add_agency(db, admin, name="Báo B", kind="print")
    other = reporters.add_reporter(
        db,
        admin,
        full_name="Người Khác",
        agency_id=agency,
        card_no="th-002 ",
        card_expiry="2027-01-01",
    )
    with pytest.raises(ValidationError):
        commit_import(db, admin, preview, all_or_nothing=True)
    assert counts(db) == (1, 1)  # nothing of the file, not even its agency
    result = commit_import(db, admin, preview)
    assert [r.row for r in result.imported] == [2]
    assert result.skipped[0].problems[0].code == "duplicate_card_no"
    assert str(other) in result.skipped[0].reason("vi")


def test_duplicates_against_the_database_are_flagged_in_the_preview(db: Any, admin: Actor) -> None:
    agency = agencies.add_agency(db, admin, name="Báo Thanh Hóa", kind="print")
    holder = reporters.add_reporter(
        db,
        admin,
        full_name="Nguyễn Văn Có",
        agency_id=agency,
        card_no="TH-009",
        card_expiry="2027-01-01",
        citizen_id="038190012345",
    )
    data = "\r\n".join(
        [HEADER, "1;Trần Thị Mới;BÁO THANH HÓA;TH-010;31/12/2027;038190012345;"]
    ).encode()
    preview = preview_import(db, admin, data, "list.csv")
    (row,) = preview.rows
    assert row.agency_id == agency  # an existing agency, whatever the case of its name
    assert [p.code for p in row.problems] == ["duplicate_citizen_id"]
    assert f"mã {holder}" in row.reason("vi")
    assert preview.new_agencies == ()


def test_xlsx_with_a_two_level_merged_header_and_numbers_excel_made(db: Any, admin: Actor) -> None:
    def build(sheet: Any) -> None:
        sheet["A1"] = "DANH SÁCH PHÓNG VIÊN"
        sheet.merge_cells("A1:F1")
        sheet.append(["STT", "Họ và tên", "Thẻ nhà báo", None, "Số CCCD", "Điện thoại"])
        sheet.append([None, None, "Số thẻ", "Ngày hết hạn", None, None])
        sheet.merge_cells("C2:D2")
        sheet.merge_cells("B2:B3")
        sheet.append([1, "Nguyễn Thị Ánh", "TH-001", date(2027, 12, 31), 38190012345.0, 912345678])
        sheet.append([])
        sheet.append([2, "Trần Văn Bình", 12345, 46752, 38190054321, 84987654321])

    preview = preview_import(db, admin, xlsx(build), "list.xlsx", agency_id=_agency(db, admin))
    assert preview.header_row == 2 and preview.header.height == 2
    assert preview.mapping == (
        "row_number",
        "full_name",
        "card_no",
        "card_expiry",
        "citizen_id",
        "phone",
    )
    assert preview.empty_rows == 1
    first, second = preview.rows
    assert first.importable and second.importable, (first.reason(), second.reason())
    assert second.values["card_no"] == ("12345", "12345")
    assert second.values["card_expiry"] == date(2027, 12, 31)
    assert second.values["citizen_id"] == "038190054321"
    assert second.values["phone"] == "0987654321"
    assert len(commit_import(db, admin, preview).imported) == 2


def _agency(db: Any, admin: Actor) -> int:
    return agencies.add_agency(db, admin, name="Báo Thanh Hóa", kind="print")


@pytest.mark.parametrize("encoder", [encode_tcvn3, encode_vni], ids=["tcvn3", "vni"])
def test_legacy_encoded_lists_import_with_the_right_letters(
    db: Any, admin: Actor, encoder: Any
) -> None:
    text = "\r\n".join(
        [
            "Họ và tên,Cơ quan báo chí,Số thẻ nhà báo,Ngày hết hạn,Giới tính",
            "Nguyễn Thị Ánh,Báo Thanh Hóa,TH-001,31/12/2027,Nữ",
            "ĐẶNG QUỐC VIỆT,Đài Phát thanh và Truyền hình Thanh Hóa,TH-002,31/12/2027,Nam",
        ]
    )
    preview = preview_import(db, admin, encoder(text), "cu.csv")
    assert preview.encoding == encoder.__name__.removeprefix("encode_")
    names = [r.values["full_name"] for r in preview.rows]
    assert names == ["Nguyễn Thị Ánh", "ĐẶNG QUỐC VIỆT"]
    assert [r.values["gender"].value for r in preview.rows] == ["female", "male"]
    result = commit_import(db, admin, preview)
    assert len(result.imported) == 2
    assert sorted(name for _, name in result.agencies_created) == [
        "Báo Thanh Hóa",
        "Đài Phát thanh và Truyền hình Thanh Hóa",
    ]


def test_a_list_in_an_unknown_encoding_is_refused_and_nothing_imported(
    db: Any, admin: Actor
) -> None:
    with pytest.raises(ValidationError) as caught:
        preview_import(db, admin, "Name;Größe\nMüller;Straße\n".encode("latin-1"), "x.csv")
    assert caught.value.code == "unknown_encoding"


def test_missing_columns_are_file_problems_and_commit_refuses(db: Any, admin: Actor) -> None:
    preview = preview_import(db, admin, "Họ và tên;Ghi chú\r\nA;B\r\n".encode(), "x.csv")
    codes = [p.code for p in preview.problems]
    assert codes == ["import_no_header"] or codes.count("import_missing_column") == 3
    assert preview.importable_rows == ()
    with pytest.raises(ValidationError):
        commit_import(db, admin, preview)


def test_a_mapping_the_officer_sets_is_remembered_for_the_same_headers(
    db: Any, admin: Actor
) -> None:
    agency = _agency(db, admin)
    data = "PV;Mã thẻ NB;HSD\r\nNguyễn Thị Ánh;TH-001;31/12/2027\r\n".encode()
    first = preview_import(db, admin, data, "a.csv", agency_id=agency, header_row=1)
    assert first.problems  # "HSD" is nobody's header word
    given = preview_import(
        db,
        admin,
        data,
        "a.csv",
        agency_id=agency,
        header_row=1,
        columns={0: "full_name", 1: "card_no", 2: "card_expiry"},
    )
    assert given.problems == () and given.mapping_source == "given"
    commit_import(db, admin, given)
    again = "PV;Mã thẻ NB;HSD\r\nLê Văn Bình;TH-002;30/06/2027\r\n".encode()
    remembered = preview_import(db, admin, again, "b.csv", agency_id=agency, header_row=1)
    assert remembered.mapping_source == "remembered"
    assert remembered.mapping == ("full_name", "card_no", "card_expiry")
    assert remembered.rows[0].importable


def test_family_and_given_name_columns_make_the_full_name(db: Any, admin: Actor) -> None:
    data = "Họ và tên đệm,Tên,Số thẻ,Hạn thẻ\nNguyễn Thị,Ánh,TH-001,31/12/2027\n".encode()
    preview = preview_import(db, admin, data, "x.csv", agency_id=_agency(db, admin))
    assert preview.rows[0].values["full_name"] == "Nguyễn Thị Ánh"


def test_importing_needs_the_right_to_edit_the_registry(db: Any) -> None:
    viewer = Actor("xem", Role.VIEWER, 5)
    with pytest.raises(PermissionDenied):
        preview_import(db, viewer, MESSY.encode(), "list.csv")
