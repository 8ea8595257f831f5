"""A print job: gather the passes from the database, write the PDF, then log the prints.

The PDF is written to a temporary name and renamed when complete, and the print log is written only
after that, so a failed job (disk full, bad path) leaves neither a half PDF nor a false log entry.
Photos are read a few dozen at a time while the PDF is written, so memory does not grow with the batch.

The desk window prints a batch a *run* at a time (:class:`PrintBatch`): the passes of one run
(a sheet's ten, or one card) make whole pages, the same pages the whole document has, so a
preview draws page 37 without writing the 36 before it, and a printer that is stopped halfway has
been sent whole passes only — the print log then records those and no others.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from accred_app.core.errors import ValidationError
from accred_app.core.messages import register
from accred_app.core.passes import print_log
from accred_app.core.roles import Actor
from accred_app.core.storage.db import Database
from accred_app.core.storage.settings import Settings
from accred_app.printing.model import Layout, PrintablePass, PrintSettings, PrintZone
from accred_app.printing.pass_pdf import (
    page_count,
    pages_per_run,
    passes_per_run,
    write_passes_pdf,
)

register(
    {
        "file_unwritable": (
            "Không ghi được tệp {path}: {detail}",
            "Cannot write file {path}: {detail}",
        ),
    }
)

PHOTO_CHUNK = 50

Progress = Callable[[int, int], None]
"""Called with (passes done, passes in all) as a job goes; raising in it stops the job."""


@dataclass(frozen=True, slots=True)
class PrintReport:
    output: Path
    pages: int
    serials: tuple[str, ...]
    reprints: tuple[str, ...]


def printable(item: print_log.PassToPrint, photo: bytes | None) -> PrintablePass:
    return PrintablePass(
        serial=item.serial,
        token=item.token,
        event_name=item.event_name,
        full_name=item.full_name,
        agency_name=item.agency_name,
        card_no=item.card_no,
        zones=tuple(PrintZone(z.code, z.name, z.colour) for z in item.zones),
        valid_from=item.valid_from,
        valid_to=item.valid_to,
        photo_jpeg=photo,
    )


def print_settings(settings: Settings, back_side: bool) -> PrintSettings:
    return PrintSettings(
        authority_lines=(settings.org_name, settings.office_name), print_back=back_side
    )


def print_passes(
    db: Database,
    actor: Actor,
    *,
    serials: Sequence[str] = (),
    event_id: int | None = None,
    all_of_event: bool = False,
    layout: Layout = "card",
    output: str | os.PathLike[str],
    back_side: bool = False,
    progress: Progress | None = None,
) -> PrintReport:
    items, settings = print_log.gather(
        db, actor, serials=serials, event_id=event_id, all_of_event=all_of_event
    )
    target = Path(output)
    temporary = target.with_name(target.name + ".part")

    def stream() -> Iterator[PrintablePass]:
        # photos a few dozen at a time: one read each, and memory stays flat for big batches
        for start in range(0, len(items), PHOTO_CHUNK):
            chunk = items[start : start + PHOTO_CHUNK]
            photos = print_log.photos_for(db, [item.reporter_id for item in chunk])
            for done, item in enumerate(chunk, start):
                if progress is not None:
                    progress(done, len(items))
                yield printable(item, photos.get(item.reporter_id))

    try:
        with temporary.open("wb") as handle:
            pages = write_passes_pdf(stream(), handle, layout, print_settings(settings, back_side))
        temporary.replace(target)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise ValidationError(
            "file_unwritable", path=str(target), detail=exc.strerror or str(exc)
        ) from exc
    except BaseException:
        temporary.unlink(missing_ok=True)  # stopped by ``progress``: no file, nothing logged
        raise
    reprinted = set(print_log.record_prints(db, actor, [i.pass_id for i in items], layout))
    return PrintReport(
        target,
        pages,
        tuple(i.serial for i in items),
        tuple(i.serial for i in items if i.pass_id in reprinted),
    )


@dataclass(frozen=True, slots=True)
class PrintBatch:
    """Passes to print in one layout, read once; their pages are made a run at a time."""

    items: tuple[print_log.PassToPrint, ...]
    layout: Layout
    settings: PrintSettings

    @property
    def pages(self) -> int:
        return page_count(self.layout, len(self.items), self.settings.print_back)

    @property
    def runs(self) -> int:
        return -(-len(self.items) // passes_per_run(self.layout))

    @property
    def pages_per_run(self) -> int:
        return pages_per_run(self.layout, self.settings.print_back)

    def run_items(self, run: int) -> tuple[print_log.PassToPrint, ...]:
        size = passes_per_run(self.layout)
        if not 0 <= run < self.runs:
            raise IndexError(run)
        return self.items[run * size : (run + 1) * size]

    def run_of_page(self, page: int) -> tuple[int, int]:
        """(run, page within the run's PDF) of the document's page ``page`` (from 0)."""
        if not 0 <= page < self.pages:
            raise IndexError(page)
        return divmod(page, self.pages_per_run)

    @property
    def reprints(self) -> tuple[print_log.PassToPrint, ...]:
        return tuple(item for item in self.items if item.printed_before)


def prepare_batch(
    db: Database,
    actor: Actor,
    serials: Sequence[str],
    *,
    layout: Layout,
    back_side: bool = False,
) -> PrintBatch:
    """Read the passes to print (a revoked or unknown serial refuses the batch)."""
    items, settings = print_log.gather(db, actor, serials=serials)
    return PrintBatch(tuple(items), layout, print_settings(settings, back_side))


def with_layout(batch: PrintBatch, layout: Layout, back_side: bool) -> PrintBatch:
    """The same passes in another layout (nothing is read again)."""
    settings = PrintSettings(
        authority_lines=batch.settings.authority_lines,
        title=batch.settings.title,
        rules_of_conduct=batch.settings.rules_of_conduct,
        print_back=back_side,
    )
    return PrintBatch(batch.items, layout, settings)


def run_pdf(db: Database, batch: PrintBatch, run: int) -> bytes:
    """The PDF of one run: its pages are the document's pages of that run, drawn by the same code."""
    items = batch.run_items(run)
    photos = print_log.photos_for(db, [item.reporter_id for item in items])
    buffer = io.BytesIO()
    write_passes_pdf(
        (printable(item, photos.get(item.reporter_id)) for item in items),
        buffer,
        batch.layout,
        batch.settings,
    )
    return buffer.getvalue()


def record_sent(db: Database, actor: Actor, batch: PrintBatch, pass_ids: Sequence[int]) -> int:
    """Log the prints of the passes actually sent to a printer or a file; returns how many."""
    if not pass_ids:
        return 0
    print_log.record_prints(db, actor, list(pass_ids), batch.layout)
    return len(pass_ids)
