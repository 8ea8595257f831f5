"""QR codes drawn as vector paths, fast enough for a thousand passes in one PDF.

The symbol itself comes from the ``qrcode`` library (the design card's choice). Two things keep a
1,000-pass print run inside its budget:

- the mask is fixed (any of the eight masks is valid for decoders; choosing the "best" one means
  building and scoring eight matrices, most of ``qrcode``'s time), and the version is the smallest
  that holds the token at level M, found once per token length;
- the dark modules of each row are merged into runs and the whole symbol is one filled path of raw
  ``re`` operators with integer coordinates. reportlab's QR widget costs ~30 ms a page and one
  rectangle per module ~13 ms; the runs are an order of magnitude cheaper and print as crisp.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from qrcode.util import MODE_NUMBER, QRData

QUIET_ZONE_MODULES = 4
MASK_PATTERN = 0  # (row + column) % 2 == 0
MAX_VERSION = 40

# Runs overlap the row below by this fraction of a module so anti-aliased renderers show no hairline
# seams between rows; it is far below anything a scanner can notice.
_ROW_OVERLAP = 0.02


@dataclass(frozen=True, slots=True)
class QrMatrix:
    """Dark runs per row as ``(row, first_column, length)``, quiet zone excluded."""

    version: int
    size: int
    runs: tuple[tuple[int, int, int], ...]

    @property
    def size_with_quiet_zone(self) -> int:
        return self.size + 2 * QUIET_ZONE_MODULES

    def dark_modules(self) -> set[tuple[int, int]]:
        return {(row, column + i) for row, column, length in self.runs for i in range(length)}


def _new_code(version: int | None) -> qrcode.QRCode:
    return qrcode.QRCode(
        version=version,
        error_correction=ERROR_CORRECT_M,
        mask_pattern=MASK_PATTERN,
        border=0,
        box_size=1,
    )


@lru_cache(maxsize=64)
def _version_for(digits: int) -> int:
    """Smallest version holding ``digits`` numeric digits at level M (the same for every token of
    that length, so ``qrcode``'s fitting runs once per length, not once per pass)."""
    code = _new_code(None)
    code.add_data(QRData("0" * digits, mode=MODE_NUMBER))
    return int(code.best_fit())


def qr_matrix(token: str) -> QrMatrix:
    """Numeric mode at level M: the token is all digits, and numeric packs 3.3 bits per digit."""
    if not token or not token.isascii() or not token.isdigit():
        raise ValueError("pass token must be ASCII digits for numeric-mode QR")
    code = _new_code(_version_for(len(token)))
    code.add_data(QRData(token, mode=MODE_NUMBER))
    code.make(fit=False)
    modules: list[list[bool | None]] = code.modules
    runs: list[tuple[int, int, int]] = []
    for row_index, line in enumerate(modules):
        column, size = 0, len(line)
        while column < size:
            if line[column]:
                start = column
                while column < size and line[column]:
                    column += 1
                runs.append((row_index, start, column - start))
            else:
                column += 1
    return QrMatrix(version=int(code.version), size=len(modules), runs=tuple(runs))


def draw_qr(canvas: Any, token: str, x: float, y: float, side: float) -> float:
    """Draw the symbol with its 4-module white quiet zone in the square at (x, y); returns module size.

    The path is built in module units under a transform, so the content stream carries short integer
    coordinates instead of formatted floats — that is where most of the time went.
    """
    matrix = qr_matrix(token)
    module = side / matrix.size_with_quiet_zone
    canvas.saveState()
    canvas.setFillColorRGB(1, 1, 1)
    canvas.rect(x, y, side, side, stroke=0, fill=1)
    origin = QUIET_ZONE_MODULES * module
    # Flip y so row 0 is at the top and every run is "column row length height" in integers.
    canvas.transform(module, 0, 0, -module, x + origin, y + side - origin)
    canvas.setFillColorRGB(0, 0, 0)
    # Raw "re" operators with integer coordinates: reportlab's path.rect() formats every number
    # through its pure-Python fp_str, which was 80 % of the time of a 1,000-pass sheet.
    height = f"{1 + _ROW_OVERLAP:g}"
    operators = " ".join(
        f"{column} {row} {length} {height} re" for row, column, length in matrix.runs
    )
    canvas.addLiteral(f"{operators} f")
    canvas.restoreState()
    return module
