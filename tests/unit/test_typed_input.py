"""Strict reading of untrusted JSON: no coercion, bounded sizes, one problem naming its field."""

from __future__ import annotations

import gzip
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from accred_app.core.checkpoint import typed_input as t


def _problem(call: Any, *args: Any, **kwargs: Any) -> t.FieldProblem:
    with pytest.raises(t.FieldProblem) as caught:
        call(*args, **kwargs)
    return caught.value


@pytest.mark.parametrize("value", [True, False, 1.0, "1", None, [1]])
def test_only_a_json_integer_is_an_integer(value: object) -> None:
    assert _problem(t.integer, value, "x", low=0, high=9).kind == "not_int"
    assert t.integer(7, "x", low=0, high=9) == 7
    assert _problem(t.integer, 10, "x", low=0, high=9).params == {"field": "x", "low": 0, "high": 9}


@pytest.mark.parametrize("value", ["false", "true", 0, 1, None])
def test_only_true_and_false_are_booleans(value: object) -> None:
    assert _problem(t.boolean, value, "allowed").kind == "not_bool"
    assert t.boolean(False, "allowed") is False


def test_hex_has_one_spelling() -> None:
    assert t.hex_bytes("00ff", "k", length=2) == b"\x00\xff"
    for value in ("00FF", "00f", "00ff00", "0x0f", " 00ff", 255):
        assert _problem(t.hex_bytes, value, "k", length=2).kind in {"not_hex", "not_text"}


def test_times_need_an_offset_and_a_sane_year() -> None:
    assert t.moment("2026-03-16T10:00:00+07:00", "at") == datetime(2026, 3, 16, 3, tzinfo=UTC)
    for value in ("2026-03-16T10:00:00", "1969-12-31T23:59:00+00:00", "9999-12-31T23:00:00-05:00"):
        assert _problem(t.moment, value, "at").kind == "bad_moment"
    assert _problem(t.day, "20260316", "on").kind == "bad_date"


def test_text_is_bounded_and_has_no_control_characters() -> None:
    assert t.text("Nguyễn Thị Ánh", "name", max_length=20) == "Nguyễn Thị Ánh"
    assert _problem(t.text, "", "name", max_length=5).kind == "bad_length"
    assert _problem(t.text, "abcdef", "name", max_length=5).kind == "bad_length"
    for value in ("a\x00b", "a\nb", "a\u2028b", "a\x9bb"):
        assert _problem(t.text, value, "name", max_length=5).kind == "control_character"


def test_objects_have_exactly_their_fields() -> None:
    assert t.fields({"a": 1}, "row", ("a",), ("b",)) == {"a": 1}
    assert _problem(t.fields, {"a": 1, "c": 2}, "row", ("a",)).params["field"] == "row.c"
    assert _problem(t.fields, {}, "row", ("a",)).params["field"] == "row.a"
    assert _problem(t.fields, [], "row", ("a",)).kind == "not_object"


@pytest.mark.parametrize(
    "data", [b'{"a": NaN}', b'{"a": Infinity}', b'{"a": 1, "a": 2}', b"[" * 100_000, b"\xff"]
)
def test_json_that_two_readers_could_read_differently_is_refused(data: bytes) -> None:
    assert _problem(t.strict_json, data, "file").kind == "not_json"


def test_uuid_and_base64_are_canonical() -> None:
    assert t.uuid_text("6f1c9a3e-2b1d-4c7e-9a0b-1c2d3e4f5a6b", "u")
    assert _problem(t.uuid_text, "6F1C9A3E-2B1D-4C7E-9A0B-1C2D3E4F5A6B", "u").kind == "bad_uuid"
    assert t.base64_bytes("QUJD", "p", limit=3) == b"ABC"
    assert _problem(t.base64_bytes, "QUJDRA==", "p", limit=3).kind == "too_large"
    assert _problem(t.base64_bytes, "QU JD", "p", limit=9).kind == "bad_base64"


def test_reading_is_bounded_for_plain_gzip_and_device_files(tmp_path: Path) -> None:
    plain = tmp_path / "plain"
    plain.write_bytes(b"x" * 100)
    assert t.read_bounded(plain, file_limit=100, content_limit=100) == b"x" * 100
    assert _problem(t.read_bounded, plain, file_limit=99, content_limit=100).kind == (
        "too_large_file"
    )
    packed = tmp_path / "packed.gz"
    packed.write_bytes(gzip.compress(b"y" * 5000))
    assert t.read_bounded(packed, file_limit=100, content_limit=5000) == b"y" * 5000
    assert _problem(t.read_bounded, packed, file_limit=100, content_limit=4999).kind == (
        "too_large_file"
    )
    truncated = tmp_path / "truncated.gz"
    truncated.write_bytes(packed.read_bytes()[:-12])
    assert _problem(t.read_bounded, truncated, file_limit=100, content_limit=9999).kind == (
        "unreadable"
    )
    assert _problem(t.read_bounded, tmp_path, file_limit=9, content_limit=9).kind == "unreadable"
    if os.path.exists("/dev/zero"):  # a device or a pipe is refused, never read or waited on
        zero = Path("/dev/zero")
        assert _problem(t.read_bounded, zero, file_limit=9, content_limit=2**20).kind == (
            "unreadable"
        )
    if hasattr(os, "mkfifo"):
        pipe = tmp_path / "pipe"
        os.mkfifo(pipe)
        assert _problem(t.read_bounded, pipe, file_limit=9, content_limit=9).kind == "unreadable"
