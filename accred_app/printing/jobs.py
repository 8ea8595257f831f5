"""A print job: gather the passes from the database, write the PDF, then log the prints.

The PDF is written to a temporary name and renamed when complete, and the print log is written only
after that, so a failed job (disk full, bad path) leaves neither a half PDF nor a false log entry.
Photos are read one pass at a time while the PDF is written, so memory does not grow with the batch.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from accred_app.core.errors import ValidationError
from accred_app.core.passes import print_log
from accred_app.core.roles import Actor
from accred_app.core.storage.db import Database
from accred_app.printing.model import Layout, PrintablePass, PrintSettings, PrintZone
from accred_app.printing.pass_pdf import write_passes_pdf


@dataclass(frozen=True, slots=True)
class PrintReport:
    output: Path
    pages: int
    serials: tuple[str, ...]
    reprints: tuple[str, ...]


def _printable(db: Database, item: print_log.PassToPrint) -> PrintablePass:
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
        photo_jpeg=print_log.photo_for(db, item.reporter_id),
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
) -> PrintReport:
    items, settings = print_log.gather(
        db, actor, serials=serials, event_id=event_id, all_of_event=all_of_event
    )
    print_settings = PrintSettings(
        authority_lines=(settings.org_name, settings.office_name), print_back=back_side
    )
    target = Path(output)
    temporary = target.with_name(target.name + ".part")

    def stream() -> Iterator[PrintablePass]:
        for item in items:
            yield _printable(db, item)

    try:
        with temporary.open("wb") as handle:
            pages = write_passes_pdf(stream(), handle, layout, print_settings)
        temporary.replace(target)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise ValidationError(
            "file_unwritable", path=str(target), detail=exc.strerror or str(exc)
        ) from exc
    reprinted = set(print_log.record_prints(db, actor, [i.pass_id for i in items], layout))
    return PrintReport(
        target,
        pages,
        tuple(i.serial for i in items),
        tuple(i.serial for i in items if i.pass_id in reprinted),
    )
