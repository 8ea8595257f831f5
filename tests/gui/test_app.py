"""Start-up: opening the database, the day's backup, and what the officer is told when the file
cannot be used. The message box factory is injected, so no modal dialog ever blocks a test."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from accred_app.core.registry import agencies, reporters
from accred_app.core.roles import SYSTEM
from accred_app.core.storage import backup
from accred_app.gui.app import open_desk_database


class AnsweringBox(QMessageBox):
    """A message box that records what it would show and answers with the button named
    ``answer`` (matched on its text) instead of waiting for a click."""

    shown: list[dict[str, Any]]
    answer: str | None = None

    def exec(self) -> int:
        buttons = [button.text() for button in self.buttons()]
        self.shown.append(
            {"icon": self.icon(), "text": self.text(), "info": self.informativeText(),
             "buttons": buttons}
        )  # fmt: skip
        for button in self.buttons():
            if button.text() == self.answer:
                button.click()
                break
        return 0


@pytest.fixture
def boxes() -> Any:
    shown: list[dict[str, Any]] = []

    def factory(answer: str | None = None) -> Any:
        def make(parent: Any) -> QMessageBox:
            box = AnsweringBox(parent)
            box.shown = shown
            box.answer = answer
            return box

        return make

    factory.shown = shown  # type: ignore[attr-defined]
    return factory


def _corrupt(path: Path) -> None:
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    path.write_bytes(b"this is not a database" * 200)


def test_opening_takes_the_daily_backup(db: Any, db_path: Path, boxes: Any) -> None:
    db.dispose()
    opened = open_desk_database(str(db_path), message_box=boxes())
    assert opened is not None
    try:
        assert [b.path.name.endswith("-daily.sqlite") for b in backup.list_backups(opened)] == [
            True
        ]
    finally:
        opened.dispose()
    assert boxes.shown == []


def test_corrupt_database_offers_the_newest_backup_and_restores_it(
    db: Any, db_path: Path, boxes: Any
) -> None:
    agency = agencies.add_agency(db, SYSTEM, name="Báo Thanh Hóa", kind="print")
    reporters.add_reporter(
        db, SYSTEM, full_name="Nguyễn Thị Ánh", agency_id=agency, card_no="TH-0101",
        card_expiry="31/12/2030",
    )  # fmt: skip
    newest = backup.daily_backup(db)
    assert newest is not None
    db.dispose()
    _corrupt(db_path)

    opened = open_desk_database(str(db_path), message_box=boxes("Khôi phục bản sao lưu"))
    assert opened is not None
    try:
        assert [r.full_name for r in reporters.list_reporters(opened, SYSTEM)] == ["Nguyễn Thị Ánh"]
    finally:
        opened.dispose()
    offer, done = boxes.shown
    assert offer["icon"] == QMessageBox.Icon.Critical
    assert offer["text"].startswith("Tệp cơ sở dữ liệu bị hỏng hoặc không phải cơ sở dữ liệu")
    assert offer["info"].startswith(f"Khôi phục bản sao lưu mới nhất, {newest.path.name} (")
    assert offer["buttons"] == ["Khôi phục bản sao lưu", "Đóng"]
    assert done["text"].startswith("Đã khôi phục bản sao lưu. Tệp bị hỏng được giữ lại tại ")
    kept = Path(done["text"].rsplit(" tại ", 1)[1].rstrip("."))
    assert kept.read_bytes().startswith(b"this is not a database")


def test_declining_the_restore_leaves_the_file_alone(db: Any, db_path: Path, boxes: Any) -> None:
    backup.daily_backup(db)
    db.dispose()
    _corrupt(db_path)
    assert open_desk_database(str(db_path), message_box=boxes("Đóng")) is None
    assert len(boxes.shown) == 1
    assert db_path.read_bytes().startswith(b"this is not a database")


def test_corrupt_database_without_backup_says_so(tmp_path: Path, boxes: Any) -> None:
    path = tmp_path / "hong.sqlite"
    _corrupt(path)
    assert open_desk_database(str(path), message_box=boxes()) is None
    (shown,) = boxes.shown
    assert shown["info"] == "Không tìm thấy bản sao lưu nào của cơ sở dữ liệu này."
    assert shown["buttons"] == ["Đóng"]


def test_unusable_location_is_explained(tmp_path: Path, boxes: Any) -> None:
    target = tmp_path / "khong-co-thu-muc" / "accred.sqlite"
    assert open_desk_database(str(target), message_box=boxes()) is None
    (shown,) = boxes.shown
    assert shown["icon"] == QMessageBox.Icon.Critical
    assert shown["text"].startswith(f"Không mở được cơ sở dữ liệu {target}")


def test_main_opens_the_chosen_database(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import accred_app.__main__ as entry
    import accred_app.gui.app as app_module

    calls: list[str] = []
    monkeypatch.setattr(app_module, "run", lambda target, argv=None: calls.append(target) or 0)
    assert entry.main(["--db", str(tmp_path / "x.sqlite")]) == 0
    monkeypatch.setenv("ACCRED_DB", str(tmp_path / "env.sqlite"))
    assert entry.main([]) == 0
    assert calls == [str(tmp_path / "x.sqlite"), str(tmp_path / "env.sqlite")]
