"""``accred-desk --check-installation``: the desk starts up to its first window, closes it and
reports what it found — what the office's IT runs after installing, and the bundle's smoke test."""

from __future__ import annotations

from importlib.metadata import version
from pathlib import Path
from typing import Any

import pytest

from accred_app import __main__ as desk
from accred_app import paths


def test_a_fresh_installation_shows_the_first_run_wizard_and_passes(
    tmp_path: Path, capsys: Any
) -> None:
    database = tmp_path / "moi.sqlite"
    assert desk.main(["--db", str(database), "--check-installation"]) == 0
    report = capsys.readouterr().out
    assert f"Bàn cấp thẻ tác nghiệp {version('accred_app')}" in report
    assert "Phông chữ: Noto Sans" in report
    assert "Biểu tượng: vẽ được" in report
    assert "accred_vi.qm, accred_en.qm" in report
    assert "Cửa sổ đầu tiên đã hiện: Thiết lập lần đầu" in report
    assert report.rstrip().endswith("Cài đặt đầy đủ.")
    assert database.is_file()


def test_a_database_with_officers_shows_the_sign_in(db: Any, db_path: Path, capsys: Any) -> None:
    assert desk.main(["--db", str(db_path), "--check-installation"]) == 0
    report = capsys.readouterr().out
    assert "Cửa sổ đầu tiên đã hiện: Đăng nhập" in report


def test_a_missing_guide_is_reported(
    tmp_path: Path, capsys: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(paths, "USER_GUIDE", tmp_path / "khong-co.md")
    assert desk.main(["--db", str(tmp_path / "a.sqlite"), "--check-installation"]) == 1
    report = capsys.readouterr().out
    assert "VẤN ĐỀ: thiếu tài liệu hướng dẫn sử dụng" in report
    assert report.rstrip().endswith("Cài đặt chưa đầy đủ.")


def test_icons_that_cannot_be_drawn_are_reported(
    tmp_path: Path, capsys: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from accred_app.gui.dialogs import about

    broken = tmp_path / "accred.svg"
    broken.write_text("not an SVG", encoding="utf-8")
    monkeypatch.setattr(about.paths, "APP_ICON", broken)
    assert desk.main(["--db", str(tmp_path / "a.sqlite"), "--check-installation"]) == 1
    assert "VẤN ĐỀ: không vẽ được biểu tượng" in capsys.readouterr().out


def test_the_desk_tells_its_version(capsys: Any) -> None:
    with pytest.raises(SystemExit) as exit_:
        desk.main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.strip() == f"accred-desk {version('accred_app')}"
