"""GUI tests: every test here is marked ``gui`` and runs with the desk's fonts and Vietnamese
translators installed on the shared QApplication (a test may switch to English with ``english``)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

GUI_DIR = Path(__file__).resolve().parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if GUI_DIR in Path(str(item.path)).resolve().parents:
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def desk_app(qapp: Any) -> Iterator[Any]:
    from PySide6.QtCore import QThreadPool

    from accred_app.gui.app import collect_garbage_if_due, create_application
    from accred_app.gui.i18n import install_translators

    app = create_application(locale="vi")  # the collector runs on this thread only, as in the desk
    yield app
    QThreadPool.globalInstance().waitForDone(10_000)  # no worker outlives its test's database
    install_translators(app, "vi")
    collect_garbage_if_due()
    gc.enable()  # tests without widgets collect as Python does by default


@pytest.fixture(autouse=True)
def no_unexpected_question() -> Iterator[None]:
    """A question no test answered would open a real modal box and hang the run: answer it by
    closing it, and fail the test that let it through (tests answer with ``prompts.answering``)."""
    from accred_app.gui import prompts

    with prompts.answering(None) as asked:
        yield
    assert not asked, f"unexpected questions: {[(q.kind, q.text) for q in asked]}"


@pytest.fixture(scope="session")
def build_gui() -> Any:
    """``tools/build_gui.py`` (compiles the forms, extracts and releases the translations): the
    tests run the very functions the developer runs."""
    import importlib.util
    import sys

    path = GUI_DIR.parent.parent / "tools" / "build_gui.py"
    spec = importlib.util.spec_from_file_location("build_gui", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_gui"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def settle(qtbot: Any) -> Any:
    """Wait until every desk operation (worker + callbacks, and what the callbacks started) has
    finished, as an officer waits for the cursor to stop spinning."""
    from accred_app.gui import operations

    def wait(timeout: int = 10_000) -> None:
        qtbot.waitUntil(lambda: operations.running() == 0, timeout=timeout)

    return wait


@pytest.fixture
def english(desk_app: Any) -> None:
    from accred_app.gui.i18n import install_translators

    install_translators(desk_app, "en")


@pytest.fixture
def seeded(db: Any, admin: Any) -> dict[str, int]:
    """Five reporters in two agencies, added through the services; one card expired, one
    reporter suspended. Returns reporter ids by full name."""
    from accred_app.core.registry import agencies, reporters

    tv = agencies.add_agency(
        db, admin, name="Báo và Đài Phát thanh - Truyền hình Thanh Hóa", kind="tv"
    )
    paper = agencies.add_agency(db, admin, name="Báo Nhân Dân", kind="print")
    people = [
        ("Nguyễn Thị Ánh", tv, "TH-0101", date(2030, 12, 31)),
        ("Nguyễn Thị Bình", paper, "ND-2202", date(2029, 6, 30)),
        ("Trần Văn Cường", tv, "TH-0303", date(2020, 1, 15)),  # expired card
        ("Lê Nguyễn Thịnh", paper, "ND-4404", date(2031, 3, 1)),
        ("Phạm Minh Đức", paper, "ND-5505", date(2030, 1, 1)),
    ]
    ids = {
        name: reporters.add_reporter(
            db, admin, full_name=name, agency_id=agency, card_no=card, card_expiry=expiry
        )
        for name, agency, card, expiry in people
    }
    reporters.set_status(
        db, admin, ids["Phạm Minh Đức"], "suspended", "Vi phạm quy định tác nghiệp"
    )
    return ids


@pytest.fixture
def admin_password(request: pytest.FixtureRequest) -> str:
    """The ``db`` fixture's admin password, read from the root conftest (which is not importable
    as a module when pytest runs without the project folder on ``sys.path``)."""
    root_conftest = GUI_DIR.parent / "conftest.py"
    for plugin in request.config.pluginmanager.get_plugins():
        location = getattr(plugin, "__file__", None)
        if location and Path(location).resolve() == root_conftest:
            return str(plugin.ADMIN_PASSWORD)
    raise LookupError("tests/conftest.py is not loaded")


@pytest.fixture
def type_text(qtbot: Any) -> Any:
    """Type into a widget: ASCII key by key; other text (Vietnamese letters) the way an input
    method such as Unikey or IBus delivers it, as one committed QInputMethodEvent
    (``QTest.keyClicks`` cannot synthesise keys for letters outside Latin-1)."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    def type_(widget: Any, text: str) -> None:
        if text.isascii():
            qtbot.keyClicks(widget, text)
            return
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(widget, event)

    return type_
