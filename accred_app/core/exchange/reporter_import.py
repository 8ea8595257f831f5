"""Importing an agency's list of reporters: a preview that changes nothing, then one commit.

:func:`preview_import` reads the file (any encoding and format :mod:`..tabular` knows), finds the
header, maps columns to fields (automatically, from a mapping remembered for the same header set, or
as the officer set it), undoes what Excel did to the cells, and judges every row with the registry's
own rules (:data:`accred_app.core.registry.reporters.FIELD_RULES`) — every problem of a row, not only
the first — and flags duplicates within the file and against the database. The result lists every
row with its values, its problems and its agency (existing or to be created); it holds no database
object, so the import page can keep it while the officer looks.

:func:`commit_import` writes the good rows — and the agencies they name that do not exist yet — in
**one transaction**, checking uniqueness again (another desk may have registered a card since the
preview). With ``all_or_nothing`` any bad row means nothing is written. Every reporter created is
audited like one added by hand.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from accred_app.core import validation as v
from accred_app.core.errors import AccredError, ValidationError
from accred_app.core.exchange import cells
from accred_app.core.exchange.columns import (
    AGENCY,
    AGENCY_KIND,
    FAMILY_NAME,
    FIELD_LABELS,
    FULL_NAME,
    GIVEN_NAME,
    IMPORT_FIELDS,
    ROW_NUMBER,
    HeaderLayout,
    automatic_mapping,
    cell_label,
    find_header,
    header_key,
)
from accred_app.core.messages import register, render
from accred_app.core.models import PressAgency, Setting
from accred_app.core.registry import agencies as agency_registry
from accred_app.core.registry.common import get_or_raise
from accred_app.core.registry.reporters import FIELD_RULES, existing_holders, new_reporter
from accred_app.core.roles import Actor, Permission
from accred_app.core.storage.db import Database
from accred_app.core.tabular.encodings import TCVN3
from accred_app.core.tabular.reading import CellValue, read_table
from accred_app.core.text import clean, fold

register(
    {
        "import_no_header": (
            "Không tìm thấy dòng tiêu đề trong tệp {file}: cần một dòng ghi tên các cột "
            "(ví dụ “Họ và tên”, “Số thẻ nhà báo”, “Ngày hết hạn”).",
            "No header row found in {file}: a row must name the columns "
            "(e.g. “Họ và tên”, “Số thẻ nhà báo”, “Ngày hết hạn”).",
        ),
        "import_missing_column": (
            "Chưa có cột nào ứng với “{label_vi}”: hãy chọn cột cho trường này.",
            "No column gives “{label_en}”: choose a column for this field.",
        ),
        "import_column_twice": (
            "Hai cột cùng ứng với “{label_vi}” (cột {first} và cột {second}).",
            "Two columns give “{label_en}” (columns {first} and {second}).",
        ),
        "import_duplicate_card_in_file": (
            "Trùng số thẻ nhà báo “{card_no}” với dòng {other_row} của tệp.",
            "Press card number “{card_no}” repeats row {other_row} of the file.",
        ),
        "import_duplicate_citizen_id_in_file": (
            "Trùng số CCCD {citizen_id} với dòng {other_row} của tệp.",
            "Citizen ID {citizen_id} repeats row {other_row} of the file.",
        ),
        "import_refused": (
            "Không nhập phóng viên nào: {count} dòng có lỗi (dòng {row}: {reason_vi}).",
            "Nothing imported: {count} row(s) have problems (row {row}: {reason_en}).",
        ),
        "import_unknown_column": (
            "Không có cột “{column}” trong dòng tiêu đề của tệp.",
            "The file's header has no column “{column}”.",
        ),
        "import_nothing": (
            "Tệp {file} không có dòng nào nhập được.",
            "The file {file} has no row that can be imported.",
        ),
    }
)

REQUIRED_FIELDS: Final = (FULL_NAME, "card_no", "card_expiry")
MAPPING_SETTING_PREFIX: Final = "import_mapping:"
MAX_IMPORT_FILE_BYTES: Final = 100 * 1024 * 1024
"""An agency's list of a few thousand reporters is well under a megabyte (10,000 rows of XLSX:
about 0.6 MB); the cap only keeps a wrong file (a video, a disk image) from filling the memory."""
AUTOMATIC, REMEMBERED, GIVEN = "automatic", "remembered", "given"

_CONVERTERS: Final[dict[str, Callable[[CellValue], Any]]] = {
    "card_expiry": cells.cell_date,
    "date_of_birth": cells.cell_date,
    "consent_given_on": cells.cell_date,
    "phone": cells.cell_phone,
    "citizen_id": cells.cell_citizen_id,
    "gender": cells.cell_gender,
    "consent_method": cells.cell_consent_method,
    AGENCY_KIND: cells.cell_agency_kind,
}


@dataclass(frozen=True, slots=True)
class Problem:
    """One reason a row (or the file) cannot be imported: a message code and its parameters."""

    code: str
    params: Mapping[str, Any] = field(default_factory=dict)
    field: str | None = None

    @classmethod
    def of(cls, error: AccredError, field_name: str | None = None) -> Problem:
        return cls(error.code, dict(error.params), field_name)

    def message(self, locale: str = "vi") -> str:
        """The core's message, with a field name replaced by the label the officer sees."""
        params = dict(self.params)
        label = FIELD_LABELS.get(str(params.get("field")))
        if label is not None:
            params["field"] = label[0] if locale == "vi" else label[1]
        return render(self.code, locale, params)


@dataclass(frozen=True, slots=True)
class PreviewRow:
    row: int  # as the spreadsheet numbers it (1 = its first row)
    cells: Mapping[str, str]  # field -> the cell as read, as text
    values: Mapping[str, Any]  # field -> the value as it will be stored (valid fields only)
    agency: str | None  # the agency's name as stored (existing) or as it will be created
    agency_id: int | None  # None: a new agency, created by the commit
    problems: tuple[Problem, ...]

    @property
    def importable(self) -> bool:
        return not self.problems

    @property
    def full_name(self) -> str:
        return str(self.values.get(FULL_NAME) or self.cells.get(FULL_NAME) or "")

    def reason(self, locale: str = "vi") -> str:
        return "; ".join(problem.message(locale) for problem in self.problems)


@dataclass(frozen=True, slots=True)
class ImportPreview:
    file_name: str
    file_format: str  # csv | xlsx | xls | ods
    encoding: str | None  # see tabular.encodings; for a spreadsheet only a legacy font re-read
    delimiter: str | None
    sheet: str | None
    header: HeaderLayout
    mapping: tuple[str | None, ...]  # one field (or None) per column of header.labels
    mapping_source: str  # automatic | remembered | given
    agency_id: int | None  # every row goes to this agency
    rows: tuple[PreviewRow, ...]
    empty_rows: int
    problems: tuple[Problem, ...]  # about the file as a whole: nothing can be imported
    new_agencies: tuple[tuple[str, str], ...]  # (name, kind) created by the commit

    @property
    def header_row(self) -> int:
        """The header's first row as the spreadsheet numbers it (0 when none was found)."""
        return self.header.first_row + 1 if self.header.height else 0

    @property
    def importable_rows(self) -> tuple[PreviewRow, ...]:
        return () if self.problems else tuple(r for r in self.rows if r.importable)

    @property
    def bad_rows(self) -> tuple[PreviewRow, ...]:
        return tuple(r for r in self.rows if not r.importable)

    def column_mapping(self) -> dict[str, str | None]:
        """Header label -> field, for showing (labels of empty headers read ``column N``)."""
        return {
            label or f"#{index + 1}": mapped
            for index, (label, mapped) in enumerate(
                zip(self.header.labels, self.mapping, strict=True)
            )
        }


@dataclass(frozen=True, slots=True)
class ImportedRow:
    row: int
    reporter_id: int
    full_name: str


@dataclass(frozen=True, slots=True)
class SkippedRow:
    row: int
    full_name: str
    problems: tuple[Problem, ...]

    def reason(self, locale: str = "vi") -> str:
        return "; ".join(problem.message(locale) for problem in self.problems)


@dataclass(frozen=True, slots=True)
class ImportResult:
    imported: tuple[ImportedRow, ...]
    skipped: tuple[SkippedRow, ...]
    agencies_created: tuple[tuple[int, str], ...]


# --- remembered mappings ----------------------------------------------------------------------


def _mapping_setting_key(labels: Sequence[str]) -> str:
    digest = hashlib.sha256(
        json.dumps([header_key(label) for label in labels]).encode("utf-8")
    ).hexdigest()
    return MAPPING_SETTING_PREFIX + digest[:32]


def _remembered(session: Session, labels: Sequence[str]) -> tuple[str | None, ...] | None:
    row = session.get(Setting, _mapping_setting_key(labels))
    if row is None:
        return None
    try:
        stored = json.loads(row.value)
        fields = tuple(stored["fields"])
    except (ValueError, KeyError, TypeError):
        return None
    if len(fields) != len(labels) or any(f is not None and f not in IMPORT_FIELDS for f in fields):
        return None
    return fields


def _remember(session: Session, labels: Sequence[str], mapping: Sequence[str | None]) -> None:
    key = _mapping_setting_key(labels)
    value = json.dumps(
        {"labels": list(labels), "fields": list(mapping)}, ensure_ascii=False, sort_keys=True
    )
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    elif row.value != value:
        row.value = value


# --- preview -------------------------------------------------------------------------------------


def _mapping_problems(mapping: Sequence[str | None], agency_id: int | None) -> list[Problem]:
    problems: list[Problem] = []
    seen: dict[str, int] = {}
    for index, mapped in enumerate(mapping):
        if mapped is None or mapped == ROW_NUMBER:
            continue
        if mapped in seen:
            vi, en = FIELD_LABELS[mapped]
            problems.append(
                Problem(
                    "import_column_twice",
                    {
                        "label_vi": vi,
                        "label_en": en,
                        "first": seen[mapped] + 1,
                        "second": index + 1,
                    },
                )
            )
        seen.setdefault(mapped, index)
    required = list(REQUIRED_FIELDS) + ([AGENCY] if agency_id is None else [])
    if FAMILY_NAME in seen and GIVEN_NAME in seen:
        required.remove(FULL_NAME)
    for needed in required:
        if needed not in seen:
            vi, en = FIELD_LABELS[needed]
            problems.append(Problem("import_missing_column", {"label_vi": vi, "label_en": en}))
    return problems


def _capitalise_words(name: str) -> str:
    """TCVN3 cannot say "Á" in a title-case word (see tabular.legacy): a person's name has every
    word capitalised, so the first letter of each word is restored here."""
    return " ".join(word[:1].upper() + word[1:] for word in name.split(" "))


@dataclass
class _AgencyIndex:
    """Existing agencies by name (case-insensitive), folded name and short name."""

    by_name: dict[str, tuple[int, str]]
    by_folded: dict[str, tuple[int, str]]
    by_short: dict[str, tuple[int, str]]

    @classmethod
    def load(cls, session: Session) -> _AgencyIndex:
        index = cls({}, {}, {})
        for agency_id, name, short in session.execute(
            select(PressAgency.id, PressAgency.name, PressAgency.short_name)
        ):
            index.by_name.setdefault(name.casefold(), (agency_id, name))
            index.by_folded.setdefault(fold(name), (agency_id, name))
            if short:
                index.by_short.setdefault(short.casefold(), (agency_id, name))
        return index

    def find(self, name: str) -> tuple[int, str] | None:
        return (
            self.by_name.get(name.casefold())
            or self.by_short.get(name.casefold())
            or self.by_folded.get(fold(name))
        )


def _judge_row(
    cells_by_field: Mapping[str, CellValue], *, capitalise_name: bool
) -> tuple[dict[str, str], dict[str, Any], list[Problem]]:
    shown: dict[str, str] = {}
    values: dict[str, Any] = {}
    problems: list[Problem] = []
    given: dict[str, Any] = {}
    for name, cell in cells_by_field.items():
        shown[name] = cells.cell_text(cell) or ""
        try:
            given[name] = _CONVERTERS.get(name, cells.cell_text)(cell)
        except AccredError as error:
            problems.append(Problem.of(error, name))
    if FAMILY_NAME in given or GIVEN_NAME in given:
        parts = [given.pop(FAMILY_NAME, None), given.pop(GIVEN_NAME, None)]
        given.setdefault(FULL_NAME, " ".join(p for p in parts if p))
        shown[FULL_NAME] = clean(given[FULL_NAME])
    if capitalise_name and given.get(FULL_NAME):
        given[FULL_NAME] = _capitalise_words(clean(str(given[FULL_NAME])))
    for name in FIELD_RULES:
        if name not in given and name not in REQUIRED_FIELDS:
            continue
        try:
            values[name] = FIELD_RULES[name](given.get(name))
        except AccredError as error:
            problems.append(Problem.of(error, name))
    for name in (AGENCY, AGENCY_KIND):
        if given.get(name) is not None:
            values[name] = given[name]
    return shown, values, problems


def _cells_of(row: Sequence[CellValue], mapping: Sequence[str | None]) -> dict[str, CellValue]:
    return {
        mapped: row[index] if index < len(row) else None
        for index, mapped in enumerate(mapping)
        if mapped is not None and mapped != ROW_NUMBER
    }


def _column_index(key: int | str, labels: Sequence[str]) -> int:
    """A column given by its 0-based index or by its header (either level of a two-level one)."""
    if isinstance(key, int):
        if not 0 <= key < len(labels):
            raise ValidationError("import_unknown_column", column=key + 1)
        return key
    wanted = header_key(key)
    for index, label in enumerate(labels):
        if wanted and (
            header_key(label) == wanted
            or any(header_key(part) == wanted for part in label.split(" / "))
        ):
            return index
    raise ValidationError("import_unknown_column", column=key)


def _apply_overrides(
    mapping: tuple[str | None, ...],
    labels: Sequence[str],
    columns: Mapping[int, str | None] | Mapping[str, str | None] | Mapping[int | str, str | None],
) -> tuple[str | None, ...]:
    result = list(mapping)
    for key, mapped in columns.items():
        if mapped is not None and mapped not in IMPORT_FIELDS:
            raise ValidationError("unknown_field", field=mapped)
        result[_column_index(key, labels)] = mapped
    return tuple(result)


def preview_import(
    db: Database,
    actor: Actor,
    data: bytes,
    file_name: str,
    *,
    agency_id: int | None = None,
    columns: Mapping[int, str | None]
    | Mapping[str, str | None]
    | Mapping[int | str, str | None]
    | None = None,
    header_row: int | None = None,
    encoding: str | None = None,
    sheet: str | None = None,
) -> ImportPreview:
    """Read and judge a list without writing anything.

    ``columns`` sets the field of some columns (0-based index or header text -> field name of
    :data:`~accred_app.core.exchange.columns.IMPORT_FIELDS`, None to skip the column) over the
    automatic or remembered mapping; ``header_row`` (1-based) says where the header is;
    ``encoding`` (see :data:`accred_app.core.tabular.encodings.KNOWN_ENCODINGS`) skips detection;
    ``agency_id`` puts every reporter in that agency, whatever the file says.
    """
    actor.require(Permission.EDIT_REGISTRY)
    table = read_table(data, file_name, encoding=encoding, sheet=sheet)
    layout = find_header(table.rows, None if header_row is None else header_row - 1)
    with db.reading() as session:
        if agency_id is not None:
            get_or_raise(session, PressAgency, agency_id, "agency")
        remembered = _remembered(session, layout.labels) if layout.height else None
        mapping, source = (
            (remembered, REMEMBERED)
            if remembered is not None
            else (automatic_mapping(layout.labels), AUTOMATIC)
        )
        if columns:
            mapping, source = _apply_overrides(mapping, layout.labels, columns), GIVEN
        problems = _mapping_problems(mapping, agency_id)
        if not layout.height and not columns:
            problems.insert(0, Problem("import_no_header", {"file": file_name}))
        agency_index = _AgencyIndex.load(session)
        fixed_agency = session.get(PressAgency, agency_id) if agency_id is not None else None
        rows, empty_rows, new_agencies = _preview_rows(
            table.rows[layout.data_start :],
            first_row_number=layout.data_start + 1,
            mapping=mapping,
            header_labels=layout.labels,
            capitalise_names=(table.encoding or "").split("+")[-1] == TCVN3,
            fixed_agency=(fixed_agency.id, fixed_agency.name) if fixed_agency else None,
            agency_index=agency_index,
        )
        rows = _flag_duplicates(session, rows)
    return ImportPreview(
        file_name=file_name,
        file_format=table.file_format,
        encoding=table.encoding,
        delimiter=table.delimiter,
        sheet=table.sheet,
        header=layout,
        mapping=mapping,
        mapping_source=source,
        agency_id=agency_id,
        rows=tuple(rows),
        empty_rows=empty_rows,
        problems=tuple(problems),
        new_agencies=tuple(new_agencies.items()),
    )


def _preview_rows(
    rows: Sequence[Sequence[CellValue]],
    *,
    first_row_number: int,
    mapping: Sequence[str | None],
    header_labels: Sequence[str],
    capitalise_names: bool,
    fixed_agency: tuple[int, str] | None,
    agency_index: _AgencyIndex,
) -> tuple[list[PreviewRow], int, dict[str, str]]:
    header_keys = [header_key(label) for label in header_labels]
    probe = next((i for i, key in enumerate(header_keys) if key), None)
    result: list[PreviewRow] = []
    new_agencies: dict[str, str] = {}
    empty = 0
    for offset, row in enumerate(rows):
        by_field = _cells_of(row, mapping)
        if all(cell is None for cell in by_field.values()):
            empty += 1
            continue
        if (
            probe is not None
            and probe < len(row)
            and isinstance(row[probe], str)
            and header_key(str(row[probe])) == header_keys[probe]
            and [header_key(cell_label(cell)) for cell in row[: len(header_keys)]] == header_keys
        ):
            empty += 1  # the header repeated (a list printed page by page)
            continue
        shown, values, problems = _judge_row(by_field, capitalise_name=capitalise_names)
        agency_name: str | None = None
        agency_id: int | None = None
        if fixed_agency is not None:
            agency_id, agency_name = fixed_agency
        else:
            try:
                agency_name = v.required_text(values.pop(AGENCY, None), AGENCY, limit=200)
            except AccredError as error:
                problems.append(Problem.of(error, AGENCY))
            if agency_name is not None:
                found = agency_index.find(agency_name)
                if found is not None:
                    agency_id, agency_name = found
                else:
                    if capitalise_names:
                        agency_name = agency_name[:1].upper() + agency_name[1:]
                    kind = values.get(AGENCY_KIND) or cells.guess_agency_kind(agency_name)
                    try:
                        v.choice(str(kind), AGENCY_KIND, [k for k in agency_registry.AGENCY_KINDS])
                    except AccredError as error:
                        problems.append(Problem.of(error, AGENCY_KIND))
                    else:
                        new_agencies.setdefault(agency_name, str(kind))
        values.pop(AGENCY, None)
        values.pop(AGENCY_KIND, None)
        result.append(
            PreviewRow(
                row=first_row_number + offset,
                cells=shown,
                values=values,
                agency=agency_name,
                agency_id=agency_id,
                problems=tuple(problems),
            )
        )
    return result, empty, new_agencies


def _flag_duplicates(session: Session, rows: list[PreviewRow]) -> list[PreviewRow]:
    """Same press card or CCCD as an earlier row of the file, or as a reporter already registered."""
    card_rows: dict[str, int] = {}
    citizen_rows: dict[str, int] = {}
    cards_held, citizens_held = existing_holders(
        session,
        card_no_keys=[r.values["card_no"][1] for r in rows if "card_no" in r.values],
        citizen_ids=[r.values["citizen_id"] for r in rows if r.values.get("citizen_id")],
    )
    flagged: list[PreviewRow] = []
    for row in rows:
        extra: list[Problem] = []
        card = row.values.get("card_no")
        if card is not None:
            card_text, card_key = card
            if card_key in cards_held:
                other_id, other_name = cards_held[card_key]
                extra.append(
                    Problem(
                        "duplicate_card_no",
                        {"card_no": card_text, "other_name": other_name, "other_id": other_id},
                        "card_no",
                    )
                )
            elif card_key in card_rows:
                extra.append(
                    Problem(
                        "import_duplicate_card_in_file",
                        {"card_no": card_text, "other_row": card_rows[card_key]},
                        "card_no",
                    )
                )
            card_rows.setdefault(card_key, row.row)
        citizen_id = row.values.get("citizen_id")
        if citizen_id:
            if citizen_id in citizens_held:
                other_id, other_name = citizens_held[citizen_id]
                extra.append(
                    Problem(
                        "duplicate_citizen_id",
                        {"citizen_id": citizen_id, "other_name": other_name, "other_id": other_id},
                        "citizen_id",
                    )
                )
            elif citizen_id in citizen_rows:
                extra.append(
                    Problem(
                        "import_duplicate_citizen_id_in_file",
                        {"citizen_id": citizen_id, "other_row": citizen_rows[citizen_id]},
                        "citizen_id",
                    )
                )
            citizen_rows.setdefault(citizen_id, row.row)
        if extra:
            row = PreviewRow(
                row.row,
                row.cells,
                row.values,
                row.agency,
                row.agency_id,
                row.problems + tuple(extra),
            )
        flagged.append(row)
    return flagged


# --- commit --------------------------------------------------------------------------------------


def commit_import(
    db: Database,
    actor: Actor,
    preview: ImportPreview,
    *,
    all_or_nothing: bool = False,
    remember_mapping: bool = True,
) -> ImportResult:
    """Import the preview's good rows (and the agencies they name) in one transaction.

    ``all_or_nothing``: a bad row — in the preview, or a card registered since — imports nothing
    (``import_refused``). A mapping the officer set is remembered for this header set.
    """
    actor.require(Permission.EDIT_REGISTRY)
    if preview.problems:
        first = preview.problems[0]
        raise ValidationError(first.code, **first.params)
    skipped = [SkippedRow(r.row, r.full_name, r.problems) for r in preview.bad_rows]
    if all_or_nothing and skipped:
        _refuse(skipped)
    candidates = list(preview.importable_rows)
    if not candidates:
        raise ValidationError("import_nothing", file=preview.file_name)
    with db.transaction(actor) as session:
        cards_held, citizens_held = existing_holders(
            session,
            card_no_keys=[r.values["card_no"][1] for r in candidates],
            citizen_ids=[r.values["citizen_id"] for r in candidates if r.values.get("citizen_id")],
        )
        ready: list[PreviewRow] = []
        for row in candidates:
            late = _registered_since(row, cards_held, citizens_held)
            if late:
                skipped.append(SkippedRow(row.row, row.full_name, tuple(late)))
            else:
                ready.append(row)
        if all_or_nothing and skipped:
            _refuse(skipped)
        agency_ids, created = _create_agencies(
            session, preview, {r.agency for r in ready if r.agency_id is None}
        )
        reporters = [
            new_reporter(
                row.agency_id if row.agency_id is not None else agency_ids[str(row.agency)],
                row.values,
            )
            for row in ready
        ]
        session.add_all(reporters)
        session.flush()
        if remember_mapping and preview.mapping_source == GIVEN and preview.header.height:
            _remember(session, preview.header.labels, preview.mapping)
        imported = tuple(
            ImportedRow(row.row, reporter.id, reporter.full_name)
            for row, reporter in zip(ready, reporters, strict=True)
        )
    skipped.sort(key=lambda s: s.row)
    return ImportResult(
        imported=imported,
        skipped=tuple(skipped),
        agencies_created=tuple(created),
    )


def refusal(skipped: Sequence[SkippedRow | PreviewRow]) -> ValidationError:
    """``import_refused``, naming the first bad row and its first problem."""
    first = min(skipped, key=lambda s: s.row)
    problem = first.problems[0]
    return ValidationError(
        "import_refused",
        count=len(skipped),
        row=first.row,
        reason_vi=problem.message("vi").rstrip("."),
        reason_en=problem.message("en").rstrip("."),
    )


def _refuse(skipped: Sequence[SkippedRow]) -> None:
    raise refusal(skipped)


def _registered_since(
    row: PreviewRow,
    cards_held: Mapping[str, tuple[int, str]],
    citizens_held: Mapping[str, tuple[int, str]],
) -> list[Problem]:
    problems: list[Problem] = []
    card_text, card_key = row.values["card_no"]
    if card_key in cards_held:
        other_id, other_name = cards_held[card_key]
        problems.append(
            Problem(
                "duplicate_card_no",
                {"card_no": card_text, "other_name": other_name, "other_id": other_id},
                "card_no",
            )
        )
    citizen_id = row.values.get("citizen_id")
    if citizen_id and citizen_id in citizens_held:
        other_id, other_name = citizens_held[citizen_id]
        problems.append(
            Problem(
                "duplicate_citizen_id",
                {"citizen_id": citizen_id, "other_name": other_name, "other_id": other_id},
                "citizen_id",
            )
        )
    return problems


def _create_agencies(
    session: Session, preview: ImportPreview, names: set[str | None]
) -> tuple[dict[str, int], list[tuple[int, str]]]:
    """Ids of the agencies the rows name that the preview did not find, creating those still
    missing (another desk may have added one since); returns ``(name -> id, created)``."""
    kinds = dict(preview.new_agencies)
    ids: dict[str, int] = {}
    created: list[tuple[int, str]] = []
    for name in sorted(n for n in names if n):
        agency = agency_registry.find_by_name(session, name)
        if agency is None:
            agency = agency_registry.new_agency(name, kinds.get(name, "print"))
            session.add(agency)
            session.flush()
            created.append((agency.id, agency.name))
        ids[name] = agency.id
    return ids, created
