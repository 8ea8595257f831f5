"""QR codes drawn as vector paths, fast enough for a thousand passes in one PDF.

reportlab's QR widget costs ~30 ms a page and one rectangle per module ~13 ms; merging each row's
dark modules into runs and emitting one filled path per symbol is an order of magnitude cheaper and
prints exactly as crisp.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any, cast

import segno
from segno import consts

QUIET_ZONE_MODULES = 4

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


# Why not simply ``segno.make``: it costs ~14 ms a symbol in pure Python (3.7 ms with a fixed mask),
# most of it choosing among the eight masks and walking the matrix. For a 1,000-pass print run that
# alone blows the 3 s budget. The encoder below does the same standard steps for the one case we need
# (numeric mode, level M, fixed mask) with per-version layouts computed once, taking segno's tables
# and segno's own rendering of the fixed patterns; tests compare it module for module with segno.
MASK_PATTERN = 0  # (row + column) % 2 == 0; any of the eight masks is valid for decoders.
_LEVEL_M = consts.ERROR_LEVEL_M


def _ec_blocks(version: int) -> tuple[Any, ...]:
    """segno's block table for level M; ``consts.ECC`` is untyped in segno, hence the cast."""
    table = cast(dict[int, dict[int, tuple[Any, ...]]], consts.ECC)
    return table[version][_LEVEL_M]


def _data_capacity(version: int) -> int:
    return sum(info.num_blocks * info.num_data for info in _ec_blocks(version))


def _count_bits(version: int) -> int:
    return 10 if version < 10 else 12 if version < 27 else 14


def _numeric_bit_length(digits: int, version: int) -> int:
    tail = {0: 0, 1: 4, 2: 7}[digits % 3]
    return 4 + _count_bits(version) + 10 * (digits // 3) + tail


def _choose_version(digits: int) -> int:
    for version in range(1, 41):
        if _numeric_bit_length(digits, version) <= _data_capacity(version) * 8:
            return version
    raise ValueError("token too long for a QR code")


@dataclass(frozen=True, slots=True)
class _VersionLayout:
    """What never changes for a version: fixed patterns, and where each data bit goes."""

    size: int
    flat_template: bytes  # row-major; function patterns + format/version info, 1 = dark
    positions: tuple[tuple[int, int], ...]  # data module coordinates in placement order
    flat_positions: tuple[int, ...]  # the same as row * size + column
    mask_bits: int  # one byte (0 or 1) per data module in placement order, packed big-endian
    gather: tuple[int, ...]  # per cell: index of its data bit, or len(positions) + template value


def _function_map(version: int, size: int) -> list[bytearray]:
    mask = [bytearray(size) for _ in range(size)]

    def block(top: int, left: int, height: int, width: int) -> None:
        for row in range(max(top, 0), min(top + height, size)):
            for column in range(max(left, 0), min(left + width, size)):
                mask[row][column] = 1

    block(0, 0, 9, 9)  # finder, separator, format info
    block(0, size - 8, 9, 8)
    block(size - 8, 0, 8, 9)  # includes the dark module
    block(6, 0, 1, size)  # timing
    block(0, 6, size, 1)
    if version >= 2:
        centres = consts.ALIGNMENT_POS[version - 2]
        first, last = centres[0], centres[-1]
        for row in centres:
            for column in centres:
                if (row, column) in ((first, first), (first, last), (last, first)):
                    continue
                block(row - 2, column - 2, 5, 5)
    if version >= 7:
        block(0, size - 11, 6, 3)
        block(size - 11, 0, 3, 6)
    return mask


@lru_cache(maxsize=8)
def _layout(version: int) -> _VersionLayout:
    size = version * 4 + 17
    function = _function_map(version, size)
    # segno renders the fixed patterns (and the format/version info for level M + our mask) for us.
    reference = segno.make(
        "0" * _max_digits(version),
        mode="numeric",
        error="m",
        version=version,
        mask=MASK_PATTERN,
        boost_error=False,
        micro=False,
    )
    template = tuple(
        bytes((cell & 1) if function[row][column] else 0 for column, cell in enumerate(line))
        for row, line in enumerate(reference.matrix)
    )
    positions: list[tuple[int, int]] = []
    upward = True
    column = size - 1
    while column > 0:
        if column == 6:
            column -= 1
        rows = range(size - 1, -1, -1) if upward else range(size)
        for row in rows:
            for col in (column, column - 1):
                if not function[row][col]:
                    positions.append((row, col))
        upward = not upward
        column -= 2
    mask = bytes(1 if (row + column) % 2 == 0 else 0 for row, column in positions)
    flat_template = b"".join(template)
    order = {row * size + column: index for index, (row, column) in enumerate(positions)}
    gather = tuple(
        order.get(cell, len(positions) + flat_template[cell]) for cell in range(size * size)
    )
    return _VersionLayout(
        size=size,
        flat_template=flat_template,
        positions=tuple(positions),
        flat_positions=tuple(row * size + column for row, column in positions),
        mask_bits=int.from_bytes(mask, "big"),
        gather=gather,
    )


def _max_digits(version: int) -> int:
    digits = 1
    while _numeric_bit_length(digits + 1, version) <= _data_capacity(version) * 8:
        digits += 1
    return digits


_ASCII_TO_BIT = bytes.maketrans(b"01", b"\0\1")


def _data_codewords(token: str, version: int) -> bytearray:
    bits: list[tuple[int, int]] = [(0b0001, 4), (len(token), _count_bits(version))]
    for start in range(0, len(token), 3):
        group = token[start : start + 3]
        bits.append((int(group), {3: 10, 2: 7, 1: 4}[len(group)]))
    value = 0
    length = 0
    for number, width in bits:
        value = (value << width) | number
        length += width
    capacity_bits = _data_capacity(version) * 8
    terminator = min(4, capacity_bits - length)
    value <<= terminator
    length += terminator
    padding = -length % 8
    value <<= padding
    length += padding
    data = bytearray(value.to_bytes(length // 8, "big"))
    pad = (0xEC, 0x11)
    index = 0
    while len(data) < capacity_bits // 8:
        data.append(pad[index % 2])
        index += 1
    return data


@lru_cache(maxsize=8)
def _generator_rows(error_words: int) -> tuple[int, ...]:
    """For each log(factor), the generator polynomial times factor, packed into one int.

    Packing the remainder into a Python int turns the inner Reed–Solomon loop into one XOR per
    data byte, which is what makes pure-Python encoding cheap.
    """
    generator = consts.GEN_POLY[error_words]
    exp = consts.GALIOS_EXP
    return tuple(
        int.from_bytes(bytes(exp[log + g] for g in generator), "big") for log in range(255)
    )


def _error_words(block: bytes, error_words: int) -> bytes:
    rows = _generator_rows(error_words)
    log_table = consts.GALIOS_LOG
    shift = 8 * (error_words - 1)
    keep = (1 << (8 * error_words)) - 1
    remainder = 0
    for byte in block:
        factor = byte ^ (remainder >> shift)
        remainder = (remainder << 8) & keep
        if factor:
            remainder ^= rows[log_table[factor]]
    return remainder.to_bytes(error_words, "big")


def _final_message(data: bytes | bytearray, version: int) -> bytes:
    """Split into blocks, add Reed–Solomon codewords, interleave — ISO/IEC 18004 §7.5–7.6."""
    data_blocks: list[bytes] = []
    error_blocks: list[bytes] = []
    offset = 0
    for info in _ec_blocks(version):
        error_words = info.num_total - info.num_data
        for _ in range(info.num_blocks):
            block = bytes(data[offset : offset + info.num_data])
            offset += info.num_data
            data_blocks.append(block)
            error_blocks.append(_error_words(block, error_words))
    message = bytearray()
    for blocks in (data_blocks, error_blocks):
        for column in range(max(len(block) for block in blocks)):
            message.extend(block[column] for block in blocks if column < len(block))
    return bytes(message)


def qr_matrix(token: str) -> QrMatrix:
    """Numeric mode at level M: the token is all digits, and numeric packs 3.3 bits per digit."""
    if not token or not token.isascii() or not token.isdigit():
        raise ValueError("pass token must be ASCII digits for numeric-mode QR")
    version = _choose_version(len(token))
    layout = _layout(version)
    message = _final_message(_data_codewords(token, version), version)
    bit_count = len(message) * 8
    bits = format(int.from_bytes(message, "big"), f"0{bit_count}b").encode("ascii")
    bits = bits.translate(_ASCII_TO_BIT).ljust(len(layout.flat_positions), b"\0")
    masked = (int.from_bytes(bits, "big") ^ layout.mask_bits).to_bytes(len(bits), "big")
    # Gather rather than scatter: every cell looks up its bit in data bits + (light, dark) sentinels.
    flat = bytes(map((masked + b"\0\1").__getitem__, layout.gather))
    size = layout.size
    rows = [flat[row * size : (row + 1) * size] for row in range(size)]
    runs: list[tuple[int, int, int]] = []
    for row_index, line in enumerate(rows):
        column = line.find(1)
        while column != -1:
            end = line.find(0, column)
            if end == -1:
                end = layout.size
            runs.append((row_index, column, end - column))
            column = line.find(1, end)
    return QrMatrix(version=version, size=layout.size, runs=tuple(runs))


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
