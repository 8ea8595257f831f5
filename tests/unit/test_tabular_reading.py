"""Files as agencies send them → rows: delimiters, line ends, empty rows, merged cells, legacy fonts."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook

from accred_app.core.errors import ValidationError
from accred_app.core.tabular.legacy import encode_tcvn3, encode_vni
from accred_app.core.tabular.reading import read_table
from accred_app.core.tabular.writing import Column, write_csv, write_xlsx


def xlsx_bytes(build: Any) -> bytes:
    workbook = Workbook()
    build(workbook.active)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def test_semicolon_csv_with_bom_crlf_and_quoted_fields() -> None:
    text = (
        'Họ và tên;Cơ quan\r\n"Nguyễn Thị Ánh";"Báo ""Thanh Hóa"""\r\n;\r\nLê Văn Bình ;Báo A; \r\n'
    )
    table = read_table(text.encode("utf-8-sig"), "list.csv")
    assert table.delimiter == ";"
    assert table.encoding == "utf-8-sig"
    assert table.rows == (
        ("Họ và tên", "Cơ quan"),
        ("Nguyễn Thị Ánh", 'Báo "Thanh Hóa"'),
        (None, None),
        ("Lê Văn Bình ", "Báo A", None),
    )


def test_excel_unicode_text_is_utf16_with_tabs() -> None:
    text = "Họ và tên\tSố thẻ nhà báo\r\nNguyễn Thị Ánh\tTH-001\r\n"
    table = read_table(text.encode("utf-16"), "danh-sach.txt")
    assert (table.encoding, table.delimiter) == ("utf-16", "\t")
    assert table.rows[1] == ("Nguyễn Thị Ánh", "TH-001")


def test_an_xlsx_renamed_csv_is_still_read_as_a_spreadsheet() -> None:
    data = xlsx_bytes(lambda sheet: sheet.append(["Họ và tên", "Số thẻ"]))
    assert read_table(data, "list.csv").file_format == "xlsx"


def test_merged_cells_are_filled_with_their_value_and_blank_cells_are_none() -> None:
    def build(sheet: Any) -> None:
        sheet["A1"] = "DANH SÁCH PHÓNG VIÊN"
        sheet.merge_cells("A1:D1")
        sheet.append([])
        sheet.append(["Họ và tên", "Thẻ nhà báo", None, "Cơ quan"])
        sheet.append([None, "Số thẻ", "Ngày hết hạn", None])
        sheet.merge_cells("B3:C3")
        sheet.merge_cells("A3:A4")
        sheet.append(["Nguyễn Thị Ánh", "TH-001", date(2027, 12, 31), "Báo Thanh Hóa"])
        sheet.append(["Trần Văn Bình", "TH-002", 46752, None])
        sheet.merge_cells("D5:D6")

    table = read_table(xlsx_bytes(build), "list.xlsx")
    assert table.rows[0] == ("DANH SÁCH PHÓNG VIÊN",) * 4
    assert table.rows[1] == (None, None, None, None)
    assert table.rows[2] == ("Họ và tên", "Thẻ nhà báo", "Thẻ nhà báo", "Cơ quan")
    assert table.rows[3] == ("Họ và tên", "Số thẻ", "Ngày hết hạn", None)
    assert table.rows[4] == ("Nguyễn Thị Ánh", "TH-001", date(2027, 12, 31), "Báo Thanh Hóa")
    assert table.rows[5] == ("Trần Văn Bình", "TH-002", 46752.0, "Báo Thanh Hóa")


@pytest.mark.parametrize(("encode", "name"), [(encode_tcvn3, "tcvn3"), (encode_vni, "vni")])
def test_a_spreadsheet_typed_in_a_legacy_font_is_reread(encode: Any, name: str) -> None:
    def build(sheet: Any) -> None:
        for row in (["Họ và tên", "Cơ quan"], ["Nguyễn Văn Bình", "Báo Thanh Hóa"]):
            sheet.append([encode(cell).decode("cp1252") for cell in row])

    table = read_table(xlsx_bytes(build), "old.xlsx")
    assert table.encoding == name
    assert table.rows[1] == ("Nguyễn Văn Bình", "Báo Thanh Hóa")


def test_utf8_that_was_once_read_as_windows_1252_is_repaired() -> None:
    garbled = "Họ và tên,Cơ quan\nĐặng Quốc Việt,Báo Nhân Dân\n".encode().decode("latin-1")
    table = read_table(garbled.encode("utf-8"), "list.csv")
    assert table.encoding == "utf-8+utf-8"
    assert table.rows[1] == ("Đặng Quốc Việt", "Báo Nhân Dân")


def test_foreign_names_in_latin_letters_are_left_alone() -> None:
    table = read_table("Name,Agency\nJosé Müller,Le Monde\n".encode(), "list.csv")
    assert table.rows[1] == ("José Müller", "Le Monde")


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "empty_spreadsheet"),
        (b"\r\n;;\r\n", "empty_spreadsheet"),
        (b"PK\x03\x04 not really a zip", "unreadable_spreadsheet"),
    ],
)
def test_unusable_files_are_refused_with_a_reason(data: bytes, code: str) -> None:
    with pytest.raises(ValidationError) as caught:
        read_table(data, "list.xlsx")
    assert caught.value.code == code


def test_csv_export_has_a_bom_crlf_and_iso_dates(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    columns = [Column("Họ và tên"), Column("Hạn thẻ", "date")]
    assert write_csv(target, columns, iter([["Nguyễn Thị Ánh", date(2027, 12, 31)]])) == 1
    assert target.read_bytes() == (
        "\ufeffHọ và tên,Hạn thẻ\r\nNguyễn Thị Ánh,2027-12-31\r\n".encode()
    )


def test_xlsx_export_has_real_dates_a_frozen_bold_header_and_widths(tmp_path: Path) -> None:
    target = tmp_path / "out.xlsx"
    columns = [
        Column("Họ và tên", width=30),
        Column("Hạn thẻ", "date", 12),
        Column("Số", "integer"),
    ]
    write_xlsx(target, columns, iter([["Nguyễn Thị Ánh", date(2027, 12, 31), 7]]), sheet_title="PV")
    sheet = load_workbook(target)["PV"]
    assert sheet.freeze_panes == "A2"
    assert sheet["A1"].font.bold
    assert sheet.column_dimensions["A"].width == 30
    assert sheet["B2"].value.date() == date(2027, 12, 31)
    assert sheet["B2"].number_format == "dd/mm/yyyy"
    assert sheet["C2"].value == 7
    assert sheet.auto_filter.ref == "A1:C2"
