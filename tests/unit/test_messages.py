"""The whole message catalogue of the core, as the desk window shows it: Vietnamese without English
words (identifiers are named through terms), and no message sends the officer to a command-line
option (the CLI adds those hints itself)."""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
from pathlib import Path

import pytest

import accred_app.core
from accred_app.core import messages
from accred_app.core.errors import NotFoundError, PermissionDenied, ValidationError
from accred_app.core.models import Role
from accred_app.core.roles import Actor, Permission

for _module in pkgutil.walk_packages(accred_app.core.__path__, "accred_app.core."):
    importlib.import_module(_module.name)

CORE_DIR = Path(accred_app.core.__file__).parent
CORE_CODES = sorted(
    code for code in messages.known_codes() if messages.origin(code).startswith("accred_app.core")
)

OUT_OF_SLICE: dict[str, str] = {}
"""Messages known to break the rules (strict xfail, so the test tells when fixed): none now."""

ALLOWED_WORDS = {"SQLite", "PostgreSQL", "UniKey", "pg_dump", "dd", "mm", "yyyy", "px"}
ALLOWED_WORDS |= {"Excel", "Windows", "Unicode", "csv", "xlsx", "http", "https", "byte"}
"""Names of programs, standards and file types, written the same way in Vietnamese."""

_ONSET = r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
_NUCLEUS = r"[aeiouy]{1,3}"
_CODA = r"(?:ch|nh|ng|[cmnpt])?"
VIETNAMESE_SYLLABLE = re.compile(f"{_ONSET}{_NUCLEUS}{_CODA}", re.IGNORECASE)


def _plain_words(template: str) -> list[str]:
    """Words of the template without its fields, written in ASCII letters only (a word with a
    Vietnamese letter is Vietnamese; these are the ones that could be English)."""
    text = re.sub(r"\{[^}]*\}", " ", template)
    text = re.sub(r"[\w.-]*/[\w./-]+", " ", text)  # a file path (docs/deployment.md) is no prose
    words = re.findall(r"[\wđĐ]+", text)
    return [w for w in words if w.isascii() and w.isalpha() and not w.isupper()]


def _case(code: str) -> object:
    marks = (
        [pytest.mark.xfail(reason=OUT_OF_SLICE[code], strict=True)] if code in OUT_OF_SLICE else []
    )
    return pytest.param(code, marks=marks, id=code)


@pytest.mark.parametrize("code", [_case(code) for code in CORE_CODES])
def test_no_message_sends_the_officer_to_the_command_line(code: str) -> None:
    for locale, template in messages.templates(code).items():
        assert not re.search(r"(?<![\w-])--[a-z]", template), (locale, template)
        assert "accred " not in template and "“accred" not in template, (locale, template)


@pytest.mark.parametrize("code", [_case(code) for code in CORE_CODES])
def test_vietnamese_messages_have_no_english_words(code: str) -> None:
    template = messages.templates(code)["vi"]
    english = [
        word
        for word in _plain_words(template)
        if word not in ALLOWED_WORDS and not VIETNAMESE_SYLLABLE.fullmatch(word)
    ]
    assert not english, f"{code}: {english} in “{template}”"


def test_the_word_check_catches_english() -> None:
    assert _plain_words("Không tìm thấy agency có mã") == ["agency"]
    for word in ("agency", "desk", "restore", "override", "card", "edit"):
        assert not VIETNAMESE_SYLLABLE.fullmatch(word), word
    for word in ("tim", "thay", "nguoi", "truong", "nghieng", "quyen", "khong"):
        assert VIETNAMESE_SYLLABLE.fullmatch(word), word


def _named_in_code() -> dict[str, set[str]]:
    """Every literal the core passes as a field or an entity name, read from its source."""
    found: dict[str, set[str]] = {"field": set(), "entity": set()}
    field_position = {
        "text_field": 1, "required_text": 1, "parse_date": 1, "choice": 1,
        "citizen_id": 1, "phone": 1, "email": 1, "card_number": 1, "colour": 2,
    }  # fmt: skip
    for path in CORE_DIR.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
            for keyword in node.keywords:
                if keyword.arg in found and isinstance(keyword.value, ast.Constant):
                    found[keyword.arg].add(str(keyword.value.value))
            position = field_position.get(str(name))
            if position is not None and len(node.args) > position:
                argument = node.args[position]
                if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                    found["field"].add(argument.value)
            if name == "get_or_raise" and len(node.args) == 4:
                argument = node.args[3]
                if isinstance(argument, ast.Constant):
                    found["entity"].add(str(argument.value))
    return found


def test_every_field_and_entity_the_core_names_has_a_term() -> None:
    named = _named_in_code()
    assert {"card_no", "citizen_id", "zone_name"} <= named["field"]
    assert {"agency", "reporter", "unit", "event", "pass", "officer"} <= named["entity"]
    wanted = (
        named["field"] | named["entity"] | {r.value for r in Role} | {p.value for p in Permission}
    )
    missing = sorted(wanted - messages.known_terms())
    assert not missing, f"no Vietnamese/English name for {missing}"


def test_terms_are_rendered_in_the_message_language() -> None:
    error = NotFoundError("not_found", entity="agency", key=1)
    assert error.message("vi") == "Không tìm thấy cơ quan báo chí có mã 1."
    assert error.message("en") == "No press agency with id 1."
    required = ValidationError("required", field="card_expiry")
    assert required.message("vi") == "Trường “Hạn thẻ nhà báo” không được để trống."
    choice = ValidationError("invalid_choice", value="robot", field="gender",
                             choices="male, female, other")  # fmt: skip
    assert choice.message("vi") == (
        "Giá trị “robot” không hợp lệ cho “Giới tính”; chọn một trong: nam, nữ, khác."
    )
    with pytest.raises(PermissionDenied) as denied:
        Actor("xem1", Role.VIEWER).require(Permission.EDIT_REGISTRY)
    assert denied.value.message("vi") == (
        "Cán bộ xem1 (vai trò người xem) không có quyền sửa danh mục phóng viên, cơ quan, "
        "đơn vị, sự kiện."
    )
    assert denied.value.message("en") == (
        "Officer xem1 (role viewer) may not change reporters, agencies, units or events."
    )


def test_the_cli_adds_its_own_hint_to_a_core_message() -> None:
    from accred_app.cli import CLI_HINTS, cli_message

    error = ValidationError("site_needs_dates")
    assert error.message("vi") == "Thẻ cho địa điểm thường trực cần ngày bắt đầu và ngày kết thúc."
    assert cli_message(error, "vi") == f"{error.message('vi')} (--from, --to)"
    assert set(CLI_HINTS) <= set(CORE_CODES)
