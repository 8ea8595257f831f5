"""Preparing a checkpoint laptop (from the events page): the event's station package and the desk's
public keys, written into a folder the officer chooses (a USB stick), and what the package holds —
passes, photos, officers, its date — with the fingerprint the station's officer must confirm,
grouped for reading aloud."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog

from accred_app.core.checkpoint.packages import grouped_fingerprint
from accred_app.core.registry.events import EventView
from accred_app.core.setup.checkpoint_laptop import CheckpointLaptop, prepare_checkpoint_laptop
from accred_app.gui import operations, prompts
from accred_app.gui.generated.ui_station_export import Ui_StationExportDialog
from accred_app.gui.models.pass_listing import local_time
from accred_app.gui.pages.base import DeskContext

GROUPS_PER_LINE = 4


def fingerprint_lines(fingerprint: str) -> str:
    """Sixteen groups of four in four lines: read aloud a line at a time."""
    groups = grouped_fingerprint(fingerprint).split()
    return "\n".join(
        " ".join(groups[i : i + GROUPS_PER_LINE]) for i in range(0, len(groups), GROUPS_PER_LINE)
    )


def shown_folder(folder: Path) -> str:
    """A folder as the officer knows it: under the home folder, from ``~``."""
    try:
        return str(Path("~") / folder.resolve().relative_to(Path.home().resolve()))
    except ValueError:
        return str(folder)


class StationExportDialog(QDialog):
    def __init__(self, context: DeskContext, event: EventView, parent: Any = None) -> None:
        super().__init__(parent)
        self.context = context
        self.event_view = event
        self.result: CheckpointLaptop | None = None
        self.ui = Ui_StationExportDialog()
        self.ui.setupUi(self)
        self.ui.writeButton.clicked.connect(self.write)
        self.ui.closeButton.clicked.connect(self.accept)
        self.retranslate()

    def write(self) -> None:
        folder = prompts.choose_folder(
            self, self.tr("Folder for the checkpoint laptop's files"), Path.home()
        )
        if folder is None:
            return
        db, actor, event_id = self.context.db, self.context.actor, self.event_view.id
        operations.run(
            self,
            lambda: prepare_checkpoint_laptop(db, actor, event_id, folder),
            success=self._written,
            label=self.tr("Writing the station package…"),
        )

    def _written(self, result: CheckpointLaptop) -> None:
        self.result = result
        self.retranslate()

    def retranslate(self) -> None:
        ui = self.ui
        ui.eventName.setText(self.event_view.name)
        result = self.result
        ui.contents.setVisible(result is not None)
        ui.fingerprint.setVisible(result is not None)
        if result is None:
            ui.fingerprintCaption.setText("")
            return
        summary = result.summary
        ui.createdValue.setText(local_time(summary.created_at))
        ui.passesValue.setText(
            self.tr("%n pass(es)", "", summary.passes)
            + " · "
            + self.tr("%n revoked", "", summary.revoked)
        )
        ui.reportersValue.setText(
            self.tr("%n reporter(s)", "", summary.reporters)
            + " · "
            + self.tr("%n photo(s)", "", result.photos)
        )
        officers = self.tr("%n officer(s)", "", summary.officers)
        if summary.officers_disabled:
            officers += " · " + self.tr("%n disabled", "", summary.officers_disabled)
        ui.officersValue.setText(officers)
        ui.keysValue.setText(self.tr("%n key(s)", "", result.public_keys_written))
        ui.filesValue.setText(
            self.tr("In {folder}:").format(folder=shown_folder(result.package.parent))
            + f"\n{result.package.name}\n{result.public_keys.name}"
        )
        ui.fingerprintCaption.setText(
            self.tr(
                "On the first import the checkpoint laptop shows the fingerprint of the key that "
                "signed the package ({key}). Its officer must read it back and find it exactly "
                "as here:"
            ).format(key=summary.signing_key_id)
        )
        ui.fingerprint.setText(fingerprint_lines(summary.fingerprint))
        ui.writeButton.setText(self.tr("Write &again…"))
