"""The Help menu: the About box (version, licences of the bundled files and of the libraries) and
the user guide rendered in a viewer (F1), with its pictures and its links working; and the guide
itself: every picture and document it names exists."""

from __future__ import annotations

import re
from importlib.metadata import version
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QTextCursor, QTextDocument

from accred_app import about, paths
from accred_app.gui.actions import ActionId
from accred_app.gui.main_window import MainWindow
from accred_app.gui.widgets.guide_browser import picture_size

ROOT = Path(__file__).resolve().parents[2]
GUIDE = ROOT / "docs" / "huong-dan-su-dung.md"

CHECKPOINT_PICTURES = {
    "screenshots/checkpoint-allowed.png",
    "screenshots/checkpoint-denied.png",
    "screenshots/checkpoint-warning.png",
    "screenshots/checkpoint-stale.png",
    "screenshots/checkpoint-manual.png",
    "screenshots/checkpoint-start.png",
    "screenshots/checkpoint-scanner-setup.png",
}
"""What the checkpoint section of the guide shows, one picture per step at the gate."""

LINK = re.compile(r"(!?)\[[^\]]*\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")


def _window(qtbot: Any, db: Any, actor: Any, settle: Any) -> MainWindow:
    window = MainWindow(db, actor)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    settle()
    return window


# -- the guide's text -----------------------------------------------------------------------------
def _links(markdown: str) -> list[tuple[bool, str]]:
    """(is a picture, target) of every Markdown link and picture, code spans left out."""
    without_code = re.sub(r"`[^`\n]*`", "", markdown)
    return [(bang == "!", target) for bang, target in LINK.findall(without_code)]


def _headings(markdown: str) -> set[str]:
    from accred_app.gui.dialogs.user_guide import heading_anchor

    return {
        heading_anchor(line.lstrip("#").strip())
        for line in markdown.splitlines()
        if re.match(r"#{1,6} ", line)
    }


def test_every_picture_and_document_the_guide_names_exists() -> None:
    markdown = GUIDE.read_text(encoding="utf-8")
    links = _links(markdown)
    pictures = {target for is_picture, target in links if is_picture}
    assert len(pictures) >= 20, "the guide shows the window at each task"
    missing: list[str] = []
    for _is_picture, target in links:
        if re.match(r"[a-z]+:", target) or target.startswith("#"):
            continue
        relative = target.split("#", 1)[0]
        exists = (GUIDE.parent / relative).exists()
        if not exists:
            missing.append(target)
    assert not missing, f"the guide names files that do not exist: {missing}"
    named = {target.split("#", 1)[0] for _p, target in links}
    assert named >= CHECKPOINT_PICTURES, "the checkpoint section shows them"


def test_every_link_inside_the_guide_leads_to_a_heading() -> None:
    markdown = GUIDE.read_text(encoding="utf-8")
    anchors = _headings(markdown)
    inside = [target[1:] for _p, target in _links(markdown) if target.startswith("#")]
    assert len(inside) >= 8, "the table of contents links each section"
    assert [anchor for anchor in inside if anchor not in anchors] == []


def test_the_guide_is_vietnamese_and_covers_each_task() -> None:
    text = GUIDE.read_text(encoding="utf-8")
    for words in (
        "Lần chạy đầu tiên",
        "mã khôi phục",
        "UniKey",
        "EVKey",
        "--fullscreen",
        "HỢP LỆ",
        "ĐƯỢC VÀO",
        "ĐƯỢC RA",
        "TỪ CHỐI",
        "dấu vân tay",
        "PostgreSQL",
        "deployment.md",
        "sao lưu",
        "báo cáo",
    ):
        assert words in text, words


# -- the About box ----------------------------------------------------------------------------------
def test_about_shows_the_version_and_every_licence(
    qtbot: Any, db: Any, admin: Any, settle: Any
) -> None:
    window = _window(qtbot, db, admin, settle)
    assert window.actions_[ActionId.ABOUT].text() == "&Giới thiệu"
    window.actions_[ActionId.ABOUT].trigger()
    dialog = window.about_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Giới thiệu"
    assert about.app_version() == version("accred_app")
    assert dialog.ui.versionLabel.text() == f"Phiên bản {version('accred_app')}"
    assert dialog.ui.buttons.buttons()[0].text() == "Đóng"
    assert not dialog.ui.appIcon.pixmap().isNull()

    libraries = dialog.ui.libraries
    headers = [libraries.horizontalHeaderItem(c).text() for c in range(libraries.columnCount())]
    assert headers == ["Thư viện", "Phiên bản", "Giấy phép"]
    rows = {
        libraries.item(r, 0).text(): (libraries.item(r, 1).text(), libraries.item(r, 2).text())
        for r in range(libraries.rowCount())
    }
    assert rows["PySide6"] == (version("PySide6"), about.LICENCE_FALLBACKS["PySide6"])
    assert "LGPL" in rows["PySide6"][1]
    assert rows["SQLAlchemy"] == (version("SQLAlchemy"), "MIT")
    assert rows["reportlab"][1].startswith("BSD")
    assert rows["qrcode"][1] == "BSD"
    assert rows["zxing-cpp"][1] == "Apache-2.0"
    for name in ("cryptography", "argon2-cffi", "psycopg", "Pillow"):
        assert rows[name][0] == version(name) and rows[name][1], name

    bundled = dialog.ui.resources
    files = {
        bundled.item(r, 0).text(): bundled.item(r, 1).text() for r in range(bundled.rowCount())
    }
    assert files["NotoSans-Regular.ttf"] == "SIL Open Font License 1.1"
    assert files["accred.svg"] == "CC0 1.0"
    assert "OFL.txt" in bundled.item(0, 1).toolTip()
    dialog.ui.buttons.rejected.emit()
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_about_in_english(qtbot: Any, db: Any, admin: Any, settle: Any, english: None) -> None:
    window = _window(qtbot, db, admin, settle)
    window.actions_[ActionId.ABOUT].trigger()
    dialog = window.about_dialog
    assert dialog is not None
    assert dialog.windowTitle() == "About"
    assert dialog.ui.versionLabel.text() == f"Version {version('accred_app')}"
    assert dialog.ui.tabs.tabText(0) == "Libraries"


def test_bundled_licences_are_read_from_the_record(tmp_path: Path) -> None:
    record = tmp_path / "LICENSES.md"
    record.write_text(
        "# Third-party resources\n\n## Sounds (`resources/sounds/`)\n\n"
        "| File | What | Source | Licence |\n|---|---|---|---|\n"
        "| `allowed.wav` | two rising tones | made by a script | CC0 1.0 |\n\ntext after\n",
        encoding="utf-8",
    )
    assert about.resource_licences(record) == [
        about.ResourceLicence(
            "Sounds (`resources/sounds/`)", "allowed.wav", "two rising tones", "CC0 1.0"
        )
    ]


# -- the user guide viewer ----------------------------------------------------------------------------
def _images(document: QTextDocument) -> list[str]:
    names: list[str] = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.charFormat().isImageFormat():
                names.append(fragment.charFormat().toImageFormat().name())
            iterator += 1
        block = block.next()
    return names


def _link_position(qtbot: Any, browser: Any, href_end: str) -> QPoint:
    """Where on screen the first link whose target ends with ``href_end`` is drawn."""
    document = browser.document()
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            href = fragment.charFormat().anchorHref()
            if href and href.endswith(href_end):
                top = int(document.documentLayout().blockBoundingRect(block).top()) - 20
                scrollbar = browser.verticalScrollBar()
                # the officer scrolls down to the link once the page is laid out that far
                qtbot.waitUntil(lambda top=top, scrollbar=scrollbar: scrollbar.maximum() >= top)
                scrollbar.setValue(top)
                cursor = QTextCursor(document)
                cursor.setPosition(fragment.position() + fragment.length() // 2)
                return browser.cursorRect(cursor).center()
            iterator += 1
        block = block.next()
    raise AssertionError(f"no link to {href_end}")


def test_f1_opens_the_guide_rendered_with_its_pictures(
    qtbot: Any, db: Any, admin: Any, settle: Any
) -> None:
    window = _window(qtbot, db, admin, settle)
    assert window.actions_[ActionId.USER_GUIDE].text() == "&Hướng dẫn sử dụng"
    qtbot.keyClick(window, Qt.Key.Key_F1)
    viewer = window.user_guide
    assert viewer is not None
    qtbot.waitExposed(viewer)
    assert viewer.windowTitle() == "Hướng dẫn sử dụng"
    browser = viewer.browser
    text = browser.toPlainText()
    assert "Lần chạy đầu tiên" in text
    assert browser.verticalScrollBar().value() == 0, "the guide opens at its table of contents"
    assert "## " not in text and "![" not in text, "rendered, not the Markdown source"
    pictures = _images(browser.document())
    assert len(pictures) >= 20
    shown = 0
    for name in pictures:
        image = browser.loadResource(QTextDocument.ResourceType.ImageResource, QUrl(name))
        assert not picture_size(image).isEmpty(), name
        shown += 1
    assert shown >= 15
    # wide screenshots are fitted to the text column
    assert browser.document().documentLayout().documentSize().width() < 900


def test_the_guides_links_move_inside_it_and_to_the_deployment_guide(
    qtbot: Any, db: Any, admin: Any, settle: Any
) -> None:
    window = _window(qtbot, db, admin, settle)
    window.actions_[ActionId.USER_GUIDE].trigger()
    viewer = window.user_guide
    assert viewer is not None
    qtbot.waitExposed(viewer)
    browser = viewer.browser
    markdown = GUIDE.read_text(encoding="utf-8")
    backups = next(
        target for _p, target in _links(markdown) if target.startswith("#") and "sao-lưu" in target
    )
    scrollbar = browser.verticalScrollBar()
    scrollbar.setValue(0)
    qtbot.mouseClick(
        browser.viewport(), Qt.MouseButton.LeftButton, pos=_link_position(qtbot, browser, backups)
    )
    qtbot.waitUntil(lambda: scrollbar.value() > 0)
    # the section's heading is at the top of the view now
    top = browser.cursorForPosition(QPoint(10, 10)).block()
    assert top.blockFormat().headingLevel() > 0 or top.previous().blockFormat().headingLevel() > 0
    assert "sao lưu" in (top.text() + top.previous().text()).lower()

    where = _link_position(qtbot, browser, "deployment.md")
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.waitUntil(lambda: browser.source().fileName() == "deployment.md")
    assert "PostgreSQL" in browser.toPlainText()
    assert viewer.ui.backButton.isEnabled()
    qtbot.mouseClick(viewer.ui.backButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: browser.source().fileName() == GUIDE.name)
    qtbot.mouseClick(viewer.ui.homeButton, Qt.MouseButton.LeftButton)
    assert scrollbar.value() == 0


def test_heading_anchors_follow_githubs_rule() -> None:
    from accred_app.gui.dialogs.user_guide import heading_anchor

    assert heading_anchor("7. Sao lưu và khôi phục") == "7-sao-lưu-và-khôi-phục"
    assert heading_anchor("Máy quét USB & bộ gõ tiếng Việt") == "máy-quét-usb--bộ-gõ-tiếng-việt"


def test_every_window_has_the_app_icon(
    qtbot: Any, db: Any, admin: Any, settle: Any, desk_app: Any
) -> None:
    assert paths.APP_ICON.is_file()
    assert desk_app.desktopFileName() == "accred-desk"
    assert not desk_app.windowIcon().pixmap(64, 64).isNull()
    window = _window(qtbot, db, admin, settle)
    assert not window.windowIcon().pixmap(64, 64).isNull()
