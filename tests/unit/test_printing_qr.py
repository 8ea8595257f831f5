"""The fast QR encoder must produce exactly what segno produces for the same mask, and decode."""

from __future__ import annotations

import random

import pytest
import segno
from hypothesis import given, settings
from hypothesis import strategies as st

from accred_app.printing.qr import MASK_PATTERN, QUIET_ZONE_MODULES, _numeric_bit_length, qr_matrix


def _segno_dark(token: str) -> tuple[int, set[tuple[int, int]]]:
    code = segno.make(
        token, mode="numeric", error="m", boost_error=False, micro=False, mask=MASK_PATTERN
    )
    dark = {(r, c) for r, row in enumerate(code.matrix) for c, v in enumerate(row) if v & 1}
    return int(code.version), dark


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="0123456789", min_size=1, max_size=400))
def test_matrix_matches_segno_module_for_module(token: str) -> None:
    matrix = qr_matrix(token)
    # segno appends a whole zero byte when the terminator ends exactly on a byte boundary; both are
    # valid symbols, so the module comparison skips that one case (decoding is tested below).
    if (_numeric_bit_length(len(token), matrix.version) + 4) % 8 == 0:
        return
    version, dark = _segno_dark(token)
    assert matrix.version == version
    assert matrix.dark_modules() == dark


def test_pass_sized_token_decodes_with_zxing() -> None:
    zxingcpp = pytest.importorskip("zxingcpp")
    from PIL import Image

    rng = random.Random(7)
    for digits in (225, 224, 226, 240):
        token = f"{rng.randrange(10**digits):0{digits}d}"
        matrix = qr_matrix(token)
        scale = 4
        side = matrix.size_with_quiet_zone * scale
        image = Image.new("L", (side, side), 255)
        for row, column, length in matrix.runs:
            x = (column + QUIET_ZONE_MODULES) * scale
            y = (row + QUIET_ZONE_MODULES) * scale
            image.paste(0, (x, y, x + length * scale, y + scale))
        results = zxingcpp.read_barcodes(image)
        assert [r.text for r in results] == [token]
        assert results[0].ec_level == "M"


@pytest.mark.parametrize("token", ["", "12a4", "１２３", "12 34"])
def test_rejects_non_digit_tokens(token: str) -> None:
    with pytest.raises(ValueError):
        qr_matrix(token)
