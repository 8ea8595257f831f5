"""Strict reading of untrusted JSON: station packages and scan logs, field by field.

``json.loads`` gives Python objects of any shape, and Python coerces too readily for a file that
crosses from one machine to another (``bool("false")`` is true, ``int(True)`` is 1, ``int("7")`` is
7). Every value a package or a log brings is checked here before it reaches the database, so a
wrong type, an unknown field or an out-of-range number ends in one validation message naming the
field — never a driver exception with SQL in it, never a silent coercion.

Problems are raised as :class:`FieldProblem` (a kind and the field's path); the reader of each file
format turns it into its own :class:`~accred_app.core.errors.ValidationError`, whose messages are
registered per format with :func:`register_problem_messages`.
"""

from __future__ import annotations

import base64
import binascii
import gzip
import io
import json
import re
import uuid
import zlib
from collections.abc import Collection, Mapping
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Final, Protocol

from accred_app.core.errors import ValidationError
from accred_app.core.messages import register
from accred_app.core.passes.tokens import LATEST_VALIDITY
from accred_app.core.storage.files import read_limited

EARLIEST_MOMENT: Final = datetime(1970, 1, 1, tzinfo=UTC)
_HEX = re.compile(r"[0-9a-f]*")
_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")
# C0/C1 controls and the Unicode line/paragraph separators: no name, code or serial needs them,
# and they are how a crafted field would break a line of output or a log.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")

# kind -> (Vietnamese, English); ``{field}`` is the path of the value, e.g. ``passes[3].zone_mask``.
PROBLEMS: Final[Mapping[str, tuple[str, str]]] = {
    "unreadable": ("không đọc được tệp ({detail})", "the file cannot be read ({detail})"),
    "too_large_file": (
        "tệp quá lớn (tối đa {limit} MB)",
        "the file is too large (at most {limit} MB)",
    ),
    "not_json": ("nội dung không đọc được ({detail})", "the content cannot be read ({detail})"),
    "missing": ("thiếu trường {field}", "the field {field} is missing"),
    "unexpected": ("có trường không được phép {field}", "unexpected field {field}"),
    "not_object": (
        "{field} không đúng cấu trúc (cần một nhóm trường có tên)",
        "{field} has the wrong structure (a set of named fields was expected)",
    ),
    "not_list": ("{field} phải là một danh sách", "{field} must be a list"),
    "too_many": (
        "{field} có quá nhiều mục (tối đa {limit})",
        "{field} has too many items (at most {limit})",
    ),
    "not_int": ("{field} phải là số nguyên", "{field} must be a whole number"),
    "out_of_range": (
        "{field} nằm ngoài khoảng cho phép ({low} đến {high})",
        "{field} is out of range ({low} to {high})",
    ),
    "not_bool": (
        "{field} phải là giá trị đúng hoặc sai",
        "{field} must be true or false",
    ),
    "not_text": ("{field} phải là chuỗi ký tự", "{field} must be text"),
    "bad_length": (
        "độ dài của {field} không hợp lệ ({low} đến {high} ký tự)",
        "{field} has an invalid length ({low} to {high} characters)",
    ),
    "control_character": (
        "{field} chứa ký tự điều khiển",
        "{field} contains a control character",
    ),
    "not_hex": (
        "{field} phải là chuỗi thập lục phân chữ thường dài {length} ký tự",
        "{field} must be {length} lowercase hexadecimal characters",
    ),
    "bad_choice": (
        "{field} có giá trị không hợp lệ (cho phép: {choices})",
        "{field} has an invalid value (allowed: {choices})",
    ),
    "bad_date": ("{field} không phải ngày hợp lệ (YYYY-MM-DD)", "{field} is not a valid date"),
    "bad_moment": (
        "{field} không phải thời điểm hợp lệ có múi giờ",
        "{field} is not a valid time with a time zone",
    ),
    "bad_colour": ("{field} không phải mã màu #RRGGBB", "{field} is not a #RRGGBB colour"),
    "bad_uuid": ("{field} không phải mã UUID hợp lệ", "{field} is not a valid UUID"),
    "bad_base64": ("{field} không phải dữ liệu base64 hợp lệ", "{field} is not valid base64"),
    "too_large": (
        "{field} quá lớn (tối đa {limit} byte)",
        "{field} is too large (at most {limit} bytes)",
    ),
    "duplicate": ("{field} bị trùng: {value}", "{field} is duplicated: {value}"),
    "unknown_reference": (
        "{field} trỏ tới mã không có trong tệp: {value}",
        "{field} refers to an id the file does not contain: {value}",
    ),
    "inconsistent": ("{field} mâu thuẫn: {detail}", "{field} is inconsistent: {detail}"),
}


class FieldProblem(Exception):
    """One bad value in an untrusted document: ``kind`` is a key of :data:`PROBLEMS`."""

    def __init__(self, kind: str, field: str, **params: Any) -> None:
        self.kind = kind
        self.params: dict[str, Any] = {"field": field, **params}
        super().__init__(f"{kind}: {field}")


def register_problem_messages(prefix: str, context_vi: str, context_en: str) -> None:
    """Register ``{prefix}.{kind}`` for every problem kind, each preceded by the file's context."""
    register(
        {
            f"{prefix}.{kind}": (context_vi + vi, context_en + en)
            for kind, (vi, en) in PROBLEMS.items()
        }
    )


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number")


def _unique_pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"duplicate key {key[:40]!r}")
        result[key] = value
    return result


def strict_json(data: bytes | str, field: str) -> Any:
    """Parse JSON, refusing what ``json`` alone lets through: NaN/Infinity, duplicate keys (two
    readers could take different values), and nesting deep enough to exhaust the stack."""
    try:
        return json.loads(data, parse_constant=_refuse_constant, object_pairs_hook=_unique_pairs)
    except (ValueError, RecursionError) as exc:  # JSONDecodeError and UnicodeDecodeError too
        raise FieldProblem("not_json", field, detail=" ".join(str(exc).split())[:120]) from None


def fields(
    value: object,
    field: str,
    required: Collection[str],
    optional: Collection[str] = (),
) -> Mapping[str, Any]:
    """An object with exactly the named fields (``optional`` ones may be absent)."""
    if not isinstance(value, dict):
        raise FieldProblem("not_object", field)
    for name in value:
        if name not in required and name not in optional:
            raise FieldProblem("unexpected", f"{field}.{str(name)[:40]}")
    for name in required:
        if name not in value:
            raise FieldProblem("missing", f"{field}.{name}")
    return value


def items(value: object, field: str, *, limit: int) -> list[Any]:
    if not isinstance(value, list):
        raise FieldProblem("not_list", field)
    if len(value) > limit:
        raise FieldProblem("too_many", field, limit=limit)
    return value


def integer(value: object, field: str, *, low: int, high: int) -> int:
    """A JSON integer: ``true``, ``1.0`` and ``"1"`` are not integers."""
    if type(value) is not int:
        raise FieldProblem("not_int", field)
    if not low <= value <= high:
        raise FieldProblem("out_of_range", field, low=low, high=high)
    return value


def optional_integer(value: object, field: str, *, low: int, high: int) -> int | None:
    return None if value is None else integer(value, field, low=low, high=high)


def boolean(value: object, field: str) -> bool:
    """A JSON ``true`` or ``false``: the text ``"false"`` and the number 0 are refused."""
    if type(value) is not bool:
        raise FieldProblem("not_bool", field)
    return value


def text(value: object, field: str, *, max_length: int, min_length: int = 1) -> str:
    if not isinstance(value, str):
        raise FieldProblem("not_text", field)
    if not min_length <= len(value) <= max_length:
        raise FieldProblem("bad_length", field, low=min_length, high=max_length)
    if _CONTROL.search(value):
        raise FieldProblem("control_character", field)
    return value


def optional_text(value: object, field: str, *, max_length: int) -> str | None:
    return None if value is None else text(value, field, max_length=max_length)


def hex_bytes(value: object, field: str, *, length: int) -> bytes:
    """Exactly ``length`` bytes written as lowercase hexadecimal (one spelling per value)."""
    if not isinstance(value, str):
        raise FieldProblem("not_text", field)
    if len(value) != 2 * length or not _HEX.fullmatch(value):
        raise FieldProblem("not_hex", field, length=2 * length)
    return bytes.fromhex(value)


def optional_hex_bytes(value: object, field: str, *, length: int) -> bytes | None:
    return None if value is None else hex_bytes(value, field, length=length)


def choice(value: object, field: str, choices: Collection[str]) -> str:
    if not isinstance(value, str) or value not in choices:
        raise FieldProblem("bad_choice", field, choices=", ".join(sorted(choices)))
    return value


def colour(value: object, field: str) -> str:
    if not isinstance(value, str) or not _COLOUR.fullmatch(value):
        raise FieldProblem("bad_colour", field)
    return value


def day(value: object, field: str) -> date:
    """``YYYY-MM-DD`` only (``fromisoformat`` alone would also take ``20260101``)."""
    if not isinstance(value, str) or len(value) != 10:
        raise FieldProblem("bad_date", field)
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise FieldProblem("bad_date", field) from None


def optional_day(value: object, field: str) -> date | None:
    return None if value is None else day(value, field)


def moment(value: object, field: str) -> datetime:
    """An ISO 8601 time with its UTC offset, between 1970 and the tokens' latest instant."""
    if not isinstance(value, str) or not 10 <= len(value) <= 40:
        raise FieldProblem("bad_moment", field)
    try:
        parsed = datetime.fromisoformat(value)
        if parsed.tzinfo is None or parsed.utcoffset() is None:
            raise ValueError("naive")
        in_utc = parsed.astimezone(UTC)
    except (ValueError, OverflowError):
        raise FieldProblem("bad_moment", field) from None
    if not EARLIEST_MOMENT <= in_utc <= LATEST_VALIDITY:
        raise FieldProblem("bad_moment", field)
    return in_utc


def optional_moment(value: object, field: str) -> datetime | None:
    return None if value is None else moment(value, field)


def uuid_text(value: object, field: str) -> str:
    """A UUID in its canonical lowercase 36-character spelling."""
    if not isinstance(value, str) or len(value) != 36:
        raise FieldProblem("bad_uuid", field)
    try:
        canonical = str(uuid.UUID(value))
    except ValueError:
        raise FieldProblem("bad_uuid", field) from None
    if canonical != value:
        raise FieldProblem("bad_uuid", field)
    return value


def base64_bytes(value: object, field: str, *, limit: int) -> bytes:
    if not isinstance(value, str):
        raise FieldProblem("not_text", field)
    if len(value) > (limit + 2) // 3 * 4:
        raise FieldProblem("too_large", field, limit=limit)
    try:
        decoded = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise FieldProblem("bad_base64", field) from None
    if not decoded:
        raise FieldProblem("bad_base64", field)
    if len(decoded) > limit:
        raise FieldProblem("too_large", field, limit=limit)
    return decoded


def digits(value: object, field: str, *, length: int) -> str:
    """Exactly ``length`` ASCII digits (a pass token)."""
    if not isinstance(value, str):
        raise FieldProblem("not_text", field)
    if len(value) != length or not (value.isascii() and value.isdigit()):
        raise FieldProblem("bad_length", field, low=length, high=length)
    return value


def unique(values: list[Any], field: str) -> None:
    """Refuse a repeated id, code or name: the database would refuse it later, with SQL text."""
    seen: set[Any] = set()
    for value in values:
        if value in seen:
            raise FieldProblem("duplicate", field, value=str(value)[:60])
        seen.add(value)


MEGABYTE: Final = 1024 * 1024


def read_bounded(path: Path, *, file_limit: int, content_limit: int) -> bytes:
    """The content of ``path`` (gunzipped when it is gzip), never holding more than the limits.

    The file is read by :func:`accred_app.core.storage.files.read_limited` (a regular file of at
    most ``file_limit`` bytes: a pipe or device is refused, not waited on). A gzip file is then
    decompressed twice: once counting the output and keeping none of it, then, only if it fits
    ``content_limit``, keeping it — so a small gzip bomb costs a megabyte of memory and a moment,
    not gigabytes.
    """
    try:
        raw = read_limited(path, file_limit)
    except ValidationError as exc:
        if exc.code == "file_too_large":
            raise FieldProblem("too_large_file", "file", limit=file_limit // MEGABYTE) from None
        raise FieldProblem("unreadable", "file", detail=exc.message("en")[:120]) from None
    if raw[:2] != b"\x1f\x8b":
        if len(raw) > content_limit:
            raise FieldProblem("too_large_file", "file", limit=content_limit // MEGABYTE)
        return raw
    try:
        _read_counted(gzip.GzipFile(fileobj=io.BytesIO(raw), mode="rb"), content_limit, keep=False)
        return _read_counted(
            gzip.GzipFile(fileobj=io.BytesIO(raw), mode="rb"), content_limit, keep=True
        )
    except EOFError:
        raise FieldProblem("unreadable", "file", detail="truncated") from None
    except (OSError, zlib.error) as exc:  # bad gzip data
        detail = getattr(exc, "strerror", None) or " ".join(str(exc).split())
        raise FieldProblem("unreadable", "file", detail=detail[:120]) from None


class _Readable(Protocol):
    def read(self, size: int = -1, /) -> bytes: ...


def _read_counted(stream: _Readable, limit: int, *, keep: bool) -> bytes:
    chunks: list[bytes] = []
    total = 0
    while chunk := stream.read(MEGABYTE):
        total += len(chunk)
        if total > limit:
            raise FieldProblem("too_large_file", "file", limit=limit // MEGABYTE)
        if keep:
            chunks.append(chunk)
    return b"".join(chunks)
