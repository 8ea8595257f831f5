"""The QR symbols we print: built by the ``qrcode`` library, drawn as runs, read back by zxing-cpp."""

from __future__ import annotations

import random

import pytest
import qrcode
import zxingcpp
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image
from qrcode.constants import ERROR_CORRECT_M
from qrcode.util import MODE_NUMBER, QRData

from accred_app.printing.qr import MASK_PATTERN, QUIET_ZONE_MODULES, QrMatrix, qr_matrix


def _image(matrix: QrMatrix, scale: int = 4) -> Image.Image:
    side = matrix.size_with_quiet_zone * scale
    image = Image.new("L", (side, side), 255)
    for row, column, length in matrix.runs:
        x = (column + QUIET_ZONE_MODULES) * scale
        y = (row + QUIET_ZONE_MODULES) * scale
        image.paste(0, (x, y, x + length * scale, y + scale))
    return image


def _library_symbol(token: str) -> qrcode.QRCode:  # type: ignore[type-arg]
    """What ``qrcode`` makes on its own: the smallest version at level M, the mask we fixed."""
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, mask_pattern=MASK_PATTERN, border=0)
    code.add_data(QRData(token, mode=MODE_NUMBER))
    code.make(fit=True)
    return code


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet="0123456789", min_size=1, max_size=400))
def test_runs_are_exactly_the_library_symbol(token: str) -> None:
    """Our runs cover exactly the dark modules of the smallest symbol ``qrcode`` fits the token in
    (the version cached per length is the one the library would choose for that token)."""
    matrix = qr_matrix(token)
    code = _library_symbol(token)
    dark = {(r, c) for r, row in enumerate(code.modules) for c, value in enumerate(row) if value}
    assert matrix.version == code.version
    assert matrix.size == len(code.modules)
    assert matrix.dark_modules() == dark
    # Runs are maximal: two runs of one row never touch.
    ends = {(row, column + length) for row, column, length in matrix.runs}
    assert not any((row, column) in ends for row, column, _ in matrix.runs)


@settings(max_examples=25, deadline=None)
@given(st.text(alphabet="0123456789", min_size=1, max_size=300))
def test_every_symbol_decodes_with_zxing(token: str) -> None:
    results = zxingcpp.read_barcodes(_image(qr_matrix(token)))
    assert [r.text for r in results] == [token]


def test_pass_sized_tokens_use_version_6_at_level_m() -> None:
    rng = random.Random(7)
    for digits in (224, 225, 226):
        token = f"{rng.randrange(10**digits):0{digits}d}"
        matrix = qr_matrix(token)
        assert matrix.version == 6
        results = zxingcpp.read_barcodes(_image(matrix))
        assert [r.text for r in results] == [token]
        assert results[0].ec_level == "M"


@pytest.mark.parametrize("token", ["", "12a4", "１２３", "12 34"])
def test_rejects_non_digit_tokens(token: str) -> None:
    with pytest.raises(ValueError):
        qr_matrix(token)
