"""A text browser for the Markdown documents of ``docs/``: each heading gets the anchor GitHub
gives it, so a table of contents written for any Markdown viewer works here too (Qt's Markdown
reader gives headings none), and wide screenshots are fitted to the text column."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument, QTextImageFormat
from PySide6.QtWidgets import QTextBrowser

WIDEST_PICTURE = 760
"""Screenshots are taken at 1180 px: shown scaled to this width, the text column stays readable."""


def heading_anchor(text: str) -> str:
    """The anchor GitHub (and most Markdown viewers) give a heading: lower case, punctuation
    dropped, each space a hyphen; letters with diacritics stay as they are."""
    return re.sub(r"[^\w\- ]", "", text.strip().lower()).replace(" ", "-")


class GuideBrowser(QTextBrowser):
    """A text browser that gives the headings of each Markdown page it loads their anchors and
    fits the pictures to the column."""

    def doSetSource(self, name: QUrl, resource_type: QTextDocument.ResourceType) -> None:  # noqa: N802
        super().doSetSource(name, resource_type)
        self.prepare_document()
        if name.hasFragment():
            self.scrollToAnchor(name.fragment())

    def prepare_document(self) -> None:
        document = self.document()
        block = document.begin()
        while block.isValid():
            if block.blockFormat().headingLevel() > 0 and block.text().strip():
                cursor = QTextCursor(block)
                cursor.movePosition(
                    QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor
                )
                anchor = QTextCharFormat()
                anchor.setAnchor(True)
                anchor.setAnchorNames([heading_anchor(block.text())])
                cursor.mergeCharFormat(anchor)
            else:
                self._fit_pictures(block)
            block = block.next()
        document.setModified(False)

    def _fit_pictures(self, block: Any) -> None:
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            char_format = fragment.charFormat()
            if char_format.isImageFormat():
                picture = char_format.toImageFormat()
                image = self.loadResource(
                    QTextDocument.ResourceType.ImageResource, QUrl(picture.name())
                )
                width = getattr(image, "width", lambda: 0)()
                if width > WIDEST_PICTURE and not picture.width():
                    fitted = QTextImageFormat(picture)
                    fitted.setWidth(WIDEST_PICTURE)
                    fitted.setHeight(image.height() * WIDEST_PICTURE / width)
                    cursor = QTextCursor(self.document())
                    cursor.setPosition(fragment.position())
                    cursor.setPosition(
                        fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor
                    )
                    cursor.setCharFormat(fitted)
            iterator += 1
