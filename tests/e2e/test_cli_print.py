"""`accred pass print`: the PDF holds every pass's QR (decoded with zxing-cpp) and names; each print
is logged, a reprint warns on stderr, a revoked pass is refused, a bad output path loses nothing."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import zxingcpp
from sqlalchemy import select

from accred_app.core.models import FieldPass, PassStatus, PrintRecord
from accred_app.core.registry import agencies, events, reporters


def _seed(db: Any, admin: Any) -> int:
    agency = agencies.add_agency(
        db, admin, name="Báo và Đài Phát thanh - Truyền hình Thanh Hóa", kind="tv"
    )
    today = date.today()
    event = events.add_event(
        db,
        admin,
        name="Đại hội đại biểu Đảng bộ tỉnh lần thứ XX",
        kind="event",
        start=today,
        end=today + timedelta(days=2),
        zones=[events.ZoneSpec("A", "Hội trường", "#C62828"), events.ZoneSpec("B", "Báo chí")],
    )
    for index, name in enumerate(["Nguyễn Thị Ánh", "Tôn Nữ Thị Phương Hoàng Yến", "Lê Văn Đạt"]):
        reporters.add_reporter(
            db,
            admin,
            full_name=name,
            agency_id=agency,
            card_no=f"TH-{index:04d}/2025",
            card_expiry=today + timedelta(days=400),
        )
    return event


def _decode_all(path: Path) -> list[str]:
    document = pdfium.PdfDocument(str(path))
    tokens = []
    for page in document:
        image = page.render(scale=5).to_pil()
        tokens += [barcode.text for barcode in zxingcpp.read_barcodes(image)]
    return tokens


def _text(path: Path) -> str:
    document = pdfium.PdfDocument(str(path))
    return "\n".join(page.get_textpage().get_text_range() for page in document)


def test_print_event_sheet_logs_and_marks_printed(
    run_cli: Any, db: Any, admin: Any, tmp_path: Path
) -> None:
    event = _seed(db, admin)
    assert run_cli("pass", "issue-batch", "--event", str(event), "--agency", "1").code == 0
    out = tmp_path / "sheet.pdf"
    result = run_cli(
        "--json",
        "pass",
        "print",
        "--event",
        str(event),
        "--all",
        "--layout",
        "sheet",
        "-o",
        str(out),
    )
    assert result.code == 0, result.err
    report = result.json()
    assert report["pages"] == 1 and len(report["printed"]) == 3 and report["reprints"] == []
    with db.reading() as session:
        passes = list(session.execute(select(FieldPass)).scalars())
        assert {p.status for p in passes} == {PassStatus.PRINTED}
        assert sorted(_decode_all(out)) == sorted(p.token for p in passes)
        assert session.execute(select(PrintRecord)).scalars().all()
    text = _text(out)
    for name in ("NGUYỄN THỊ ÁNH", "LÊ VĂN ĐẠT", "Báo và Đài Phát thanh"):
        assert name in text.replace("\r", "").replace("\n", " ") or name in text


def test_reprint_warns_and_revoked_is_refused(
    run_cli: Any, db: Any, admin: Any, tmp_path: Path
) -> None:
    event = _seed(db, admin)
    serial = run_cli("pass", "issue", "--reporter", "1", "--event", str(event)).out.strip()
    first = run_cli("pass", "print", serial, "-o", str(tmp_path / "a.pdf"))
    assert first.code == 0 and "In lại" not in first.err
    again = run_cli("pass", "print", serial, "--layout", "badge", "-o", str(tmp_path / "b.pdf"))
    assert again.code == 0 and "In lại" in again.err and serial in again.err
    with db.reading() as session:
        records = [
            (r.layout, r.is_reprint)
            for r in session.execute(select(PrintRecord).order_by(PrintRecord.id)).scalars()
        ]
    assert records == [("card", False), ("badge", True)]
    assert run_cli("pass", "revoke", serial, "--reason", "Mất thẻ").code == 0
    refused = run_cli("pass", "print", serial, "-o", str(tmp_path / "c.pdf"))
    assert refused.code == 3 and "thu hồi" in refused.err and "Traceback" not in refused.err
    assert not (tmp_path / "c.pdf").exists()


def test_unwritable_output_is_a_clear_error_and_logs_nothing(
    run_cli: Any, db: Any, admin: Any, tmp_path: Path
) -> None:
    event = _seed(db, admin)
    serial = run_cli("pass", "issue", "--reporter", "2", "--event", str(event)).out.strip()
    result = run_cli("pass", "print", serial, "-o", str(tmp_path / "missing-folder" / "x.pdf"))
    assert result.code == 3 and "Không ghi được tệp" in result.err
    with db.reading() as session:
        assert session.execute(select(PrintRecord)).first() is None
        assert session.execute(select(FieldPass.status)).scalar_one() is PassStatus.ISSUED
