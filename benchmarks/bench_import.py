"""Importing an agency's list of 10,000 reporters: preview + commit (target: <= 5 s together).

Run ``python -m benchmarks.bench_import`` from the repository root. It builds the list in memory as
an office's Excel would have it — a title row, numbers where Excel made numbers (phone numbers that
lost their 0, CCCDs as numbers), dates as real dates and as serials, 20 agencies of which 5 exist —
in XLSX, and the same list as a semicolon CSV in UTF-8 with a BOM and in TCVN3. Each file goes into a
fresh database (the real services: ``open_database`` + ``initialise``, the audit trail attached),
and ``preview_import`` and ``commit_import`` are timed apart, wall clock and this process's CPU.
The machine is shared, so the load average is printed beside the figures.
"""

from __future__ import annotations

import argparse
import io
import os
import random
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from openpyxl import Workbook

from accred_app.core.database import open_database
from accred_app.core.exchange.reporter_import import commit_import, preview_import
from accred_app.core.models import Role
from accred_app.core.registry.agencies import add_agency
from accred_app.core.roles import Actor
from accred_app.core.setup.installation import initialise
from accred_app.core.tabular.legacy import encode_tcvn3
from benchmarks.generate_data import AGENCIES

TARGET_SECONDS = 5.0
FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô")
MIDDLE = ("Thị", "Văn", "Đức", "Minh", "Ngọc", "Thu", "Quốc", "Hữu", "Thanh", "Hồng")
GIVEN = ("Ánh", "Bình", "Cường", "Dung", "Giang", "Hà", "Hải", "Hương", "Khánh", "Lan", "Long")
HEADER = ["STT", "Họ và tên", "Cơ quan báo chí", "Số thẻ nhà báo", "Ngày hết hạn", "CCCD"]
HEADER += ["Số điện thoại", "Thư điện tử", "Giới tính", "Chức danh"]


def list_rows(count: int, seed: int = 7) -> list[list[object]]:
    rng = random.Random(seed)
    first_expiry = date(2027, 1, 1)
    rows: list[list[object]] = []
    for index in range(count):
        expiry = first_expiry + timedelta(days=rng.randrange(900))
        rows.append(
            [
                index + 1,
                f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}",
                AGENCIES[index % len(AGENCIES)][0],
                f"BM-{index:06d}",
                expiry if index % 2 else (expiry - date(1899, 12, 30)).days,  # a date, a serial
                38_000_000_000 + index,  # a CCCD Excel made a number: its leading 0 is gone
                912_000_000 + index,  # a phone number without its 0
                f"pv{index}@bao.vn",
                "Nữ" if index % 3 else "Nam",
                "Phóng viên",
            ]
        )
    return rows


def xlsx_file(rows: list[list[object]]) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["DANH SÁCH PHÓNG VIÊN ĐĂNG KÝ TÁC NGHIỆP"])
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def csv_text(rows: list[list[object]]) -> str:
    def cell(value: object) -> str:
        return value.strftime("%d/%m/%Y") if isinstance(value, date) else str(value)

    lines = [";".join(HEADER)] + [";".join(cell(v) for v in row) for row in rows]
    return "\r\n".join(lines) + "\r\n"


def run(name: str, data: bytes, file_name: str, target: str) -> float:
    """Preview + commit of ``data`` into a new database at ``target`` (a SQLite path, or the URL
    of an empty PostgreSQL database); prints the row, returns the seconds of both."""
    db = open_database(target)
    initialise(db, admin_password="bench-admin-password")
    admin = Actor("admin", Role.ADMIN, 1)
    for agency_name, short, kind in AGENCIES[:5]:
        add_agency(db, admin, name=agency_name, short_name=short, kind=kind)
    wall, cpu = time.perf_counter(), time.process_time()
    preview = preview_import(db, admin, data, file_name)
    wall_preview, cpu_preview = time.perf_counter() - wall, time.process_time() - cpu
    wall, cpu = time.perf_counter(), time.process_time()
    result = commit_import(db, admin, preview)
    wall_commit, cpu_commit = time.perf_counter() - wall, time.process_time() - cpu
    db.dispose()
    total = wall_preview + wall_commit
    print(
        f"{name:<10} {len(data) / 1e6:5.1f} MB  enc={preview.encoding or '-':<9} "
        f"rows={len(preview.rows):>6} imported={len(result.imported):>6} "
        f"agencies+={len(result.agencies_created):>2}  "
        f"preview {wall_preview:5.2f} s ({cpu_preview:4.2f} CPU)  "
        f"commit {wall_commit:5.2f} s ({cpu_commit:4.2f} CPU)  "
        f"total {total:5.2f} s  {len(result.imported) / total:7.0f} rows/s"
    )
    return total


def slowest_import(count: int, new_target: Callable[[str], str]) -> float:
    """The list of ``count`` rows as XLSX, UTF-8 CSV and TCVN3 CSV, each into a new database
    (``new_target(name)`` gives its path or URL); the slowest preview + commit in seconds."""
    rows = list_rows(count)
    files: list[tuple[str, Callable[[], bytes], str]] = [
        ("xlsx", lambda: xlsx_file(rows), "danh-sach.xlsx"),
        ("csv-utf8", lambda: csv_text(rows).encode("utf-8-sig"), "danh-sach.csv"),
        ("csv-tcvn3", lambda: encode_tcvn3(csv_text(rows)), "danh-sach.csv"),
    ]
    print(f"{count:,} rows; load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    return max(run(name, build(), file_name, new_target(name)) for name, build, file_name in files)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        worst = slowest_import(args.rows, lambda name: str(Path(folder) / f"{name}.sqlite"))
    verdict = "met" if worst <= TARGET_SECONDS else "NOT met"
    print(f"slowest preview + commit: {worst:.2f} s — target <= {TARGET_SECONDS:.0f} s: {verdict}")


if __name__ == "__main__":
    main()
