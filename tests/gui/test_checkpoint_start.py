"""Opening a gate: from the desk ("Mở cổng kiểm soát") and with ``accred checkpoint`` on a
dedicated laptop (signed in first, the post checked before any window opens)."""

from __future__ import annotations

from typing import Any

from checkpoint_world import OFFICER_PASSWORD, build
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from accred_app.core.models import ScanRecord
from accred_app.core.security.officers import authenticate
from accred_app.gui.actions import ActionId
from accred_app.gui.checkpoint.window import CheckpointWindow
from accred_app.gui.main_window import MainWindow


def _scans(db: Any) -> list[tuple[str, str]]:
    with db.reading() as session:
        return [
            (r.reason, str(getattr(r.direction, "value", r.direction)))
            for r in session.execute(select(ScanRecord).order_by(ScanRecord.id)).scalars()
        ]


def test_a_checkpoint_officer_opens_a_gate_from_the_desk(
    qtbot: Any, db: Any, admin: Any, settle: Any
) -> None:
    world = build(db, admin)
    window = MainWindow(db, world.checkpoint)
    qtbot.addWidget(window)
    window.show()
    settle()
    assert "Mở cổng kiểm soát" in window.notice.text()
    action = window.actions_[ActionId.OPEN_CHECKPOINT]
    assert action.isEnabled() and action.text().replace("&", "") == "Mở cổng kiểm soát…"
    dialog = window.open_checkpoint()
    settle()
    assert dialog.ui.event.count() == 2 and dialog.ui.unit.count() == 2
    assert dialog.ui.unit.currentData() == world.unit  # the officer's own unit first
    dialog.select(event_id=world.event, zone_code="A", unit_id=world.unit, direction="out")
    assert [dialog.ui.zone.itemData(i) for i in range(dialog.ui.zone.count())] == ["", "A", "B"]
    dialog.ui.openButton.click()
    assert len(window.checkpoint_windows) == 1
    gate = window.checkpoint_windows[0]
    qtbot.addWidget(gate)
    assert isinstance(gate, CheckpointWindow) and gate.isVisible()
    assert gate.session.post.zone_code == "A" and gate.ui.directionLabel.text() == "Chiều ra"
    gate.submit_scan(world.token("anh"), "test")
    assert _scans(db) == [("not_inside", "out")]
    gate.close()
    assert window.checkpoint_windows == []


def test_a_viewer_cannot_open_a_gate(qtbot: Any, db: Any, admin: Any, settle: Any) -> None:
    world = build(db, admin)
    window = MainWindow(db, world.viewer)
    qtbot.addWidget(window)
    settle()
    assert not window.actions_[ActionId.OPEN_CHECKPOINT].isEnabled()


def test_accred_checkpoint_signs_in_then_runs_the_window(
    qtbot: Any, db: Any, admin: Any, run_cli: Any
) -> None:
    world = build(db, admin)
    seen: dict[str, Any] = {}

    def at_the_gate() -> None:
        gates = [w for w in QApplication.topLevelWidgets() if isinstance(w, CheckpointWindow)]
        seen["gates"] = len(gates)
        gate = gates[0]
        seen["officer"] = gate.actor.username
        seen["zone"] = gate.session.post.zone_code
        seen["screen"] = gate.submit_scan(world.token("anh"), "test")
        gate.close()

    QTimer.singleShot(0, at_the_gate)
    safety = QTimer()
    safety.setSingleShot(True)
    safety.timeout.connect(
        lambda: [
            w.close() for w in QApplication.topLevelWidgets() if isinstance(w, CheckpointWindow)
        ]
    )
    safety.start(20_000)
    result = run_cli(
        "checkpoint", "--event", str(world.event), "--zone", "a", "--unit", str(world.unit),
        user="cp1", password=OFFICER_PASSWORD,
    )  # fmt: skip
    safety.stop()
    assert result.code == 0, result.err
    assert seen["gates"] == 1 and seen["officer"] == "cp1" and seen["zone"] == "A"
    assert seen["screen"].reason == "ok"
    assert _scans(db) == [("ok", "in")]


def test_accred_checkpoint_refuses_a_bad_post_before_any_window(
    db: Any, admin: Any, run_cli: Any
) -> None:
    world = build(db, admin)
    unknown = run_cli(
        "checkpoint", "--event", "999", "--unit", str(world.unit),
        user="cp1", password=OFFICER_PASSWORD,
    )  # fmt: skip
    assert unknown.code == 3 and unknown.err.count("\n") == 1 and "Traceback" not in unknown.err
    zone = run_cli(
        "checkpoint", "--event", str(world.event), "--zone", "Z", "--unit", str(world.unit),
        user="cp1", password=OFFICER_PASSWORD,
    )  # fmt: skip
    assert zone.code == 3 and "Z" in zone.err
    wrong = run_cli(
        "checkpoint", "--event", str(world.event), "--unit", str(world.unit),
        user="cp1", password="sai",
    )  # fmt: skip
    assert wrong.code == 3
    viewer = run_cli(
        "checkpoint", "--event", str(world.event), "--unit", str(world.unit),
        user="xem", password=OFFICER_PASSWORD,
    )  # fmt: skip
    assert viewer.code == 3
    usage = run_cli("checkpoint", "--unit", str(world.unit), user="cp1", password=OFFICER_PASSWORD)
    assert usage.code == 2
    assert not [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, CheckpointWindow) and w.isVisible()
    ]
    with db.reading() as session:
        assert session.execute(select(func.count()).select_from(ScanRecord)).scalar_one() == 0
    assert authenticate(db, "cp1", OFFICER_PASSWORD).username == "cp1"
