"""The signing keys (administrators): which key signs, which only verify, each key's fingerprint;
and making a new key, after saying that passes already printed stay valid."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialog, QHeaderView

from accred_app.core.checkpoint.packages import grouped_fingerprint, key_fingerprint
from accred_app.core.passes import keys
from accred_app.core.passes.keys import KeyInfo
from accred_app.core.roles import Permission
from accred_app.gui import operations, prompts
from accred_app.gui.generated.ui_signing_keys import Ui_SigningKeysDialog
from accred_app.gui.models.pass_listing import local_time
from accred_app.gui.models.table import Column, RowTableModel
from accred_app.gui.pages.base import DeskContext


def _use(key: KeyInfo) -> str:
    if key.can_sign:
        return QCoreApplication.translate("SigningKeysDialog", "Signs new passes")
    if key.retired_at is not None:
        return QCoreApplication.translate(
            "SigningKeysDialog", "Verifies only (since {time})"
        ).format(time=local_time(key.retired_at))
    return QCoreApplication.translate("SigningKeysDialog", "Verifies only")


COLUMNS: tuple[Column[KeyInfo], ...] = (
    Column(str(QT_TRANSLATE_NOOP("SigningKeysDialog", "Key")), lambda k: k.key_id),
    Column(
        str(QT_TRANSLATE_NOOP("SigningKeysDialog", "Made on")), lambda k: local_time(k.created_at)
    ),
    Column(str(QT_TRANSLATE_NOOP("SigningKeysDialog", "Use")), _use),
    Column(
        str(QT_TRANSLATE_NOOP("SigningKeysDialog", "Fingerprint")),
        lambda k: grouped_fingerprint(key_fingerprint(k.public_key)),
    ),
)


class SigningKeysDialog(QDialog):
    def __init__(self, context: DeskContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_SigningKeysDialog()
        self.ui.setupUi(self)
        self.model: RowTableModel[KeyInfo] = RowTableModel(
            "SigningKeysDialog", COLUMNS, self, row_id=lambda k: k.key_id
        )
        self.ui.keysTable.setModel(self.model)
        header = self.ui.keysTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.ui.rotateButton.setVisible(context.can(Permission.MANAGE_KEYS))
        self.ui.rotateButton.clicked.connect(self.rotate)
        self.ui.closeButton.clicked.connect(self.accept)
        self.new_key: str | None = None
        self.refresh()

    def refresh(self) -> None:
        db, actor = self.context.db, self.context.actor
        operations.run(self, lambda: keys.list_keys(db, actor), success=self.model.set_rows)

    def rotate(self) -> None:
        if not prompts.confirm(
            self,
            self.tr("Make a new signing key?"),
            yes=self.tr("Make a new key"),
            detail=self.tr(
                "New passes will be signed with the new key. Passes already issued and printed "
                "stay valid: every checkpoint keeps verifying the old key. Checkpoint laptops "
                "need a new package (with the new public key) before they can check passes "
                "issued from now on."
            ),
        ):
            return
        db, actor = self.context.db, self.context.actor
        operations.run(
            self,
            lambda: keys.rotate_key(db, actor),
            success=self._rotated,
            label=self.tr("Making a new signing key…"),
        )

    def _rotated(self, key_id: str) -> None:
        self.new_key = key_id
        self.refresh()
