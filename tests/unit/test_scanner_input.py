"""What the serial scanner and the webcam hand the checkpoint, before any Qt: QR texts read from a
frame's pixels, the same pass in view counted once, and a serial byte stream cut into codes."""

from __future__ import annotations

import io

import pytest
import qrcode
import zxingcpp
from PIL import Image

from accred_app.core.checkpoint.frames import (
    DEFAULT_REPEAT_SECONDS,
    RepeatFilter,
    decode_qr_texts,
    luma_frame,
)
from accred_app.core.checkpoint.scanner_lines import ScannerLineReader, scanned_text

TOKEN = "0123456789" * 22 + "12345"


def _qr_image(text: str, scale: int = 6) -> Image.Image:
    code = qrcode.QRCode(border=4, box_size=scale)
    code.add_data(text)
    code.make(fit=True)
    image = code.make_image()
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return Image.open(io.BytesIO(buffer.getvalue())).convert("L")


def _on_background(symbol: Image.Image, size: tuple[int, int] = (640, 480)) -> Image.Image:
    frame = Image.new("L", size, 200)
    frame.paste(symbol, ((size[0] - symbol.width) // 2, (size[1] - symbol.height) // 2))
    return frame


def _padded_rows(image: Image.Image, stride: int) -> bytes:
    """The image's rows each followed by padding, as a camera or QImage lays them out."""
    raw = image.tobytes()
    padding = b"\x7f" * (stride - image.width)
    return b"".join(
        raw[row * image.width : (row + 1) * image.width] + padding for row in range(image.height)
    )


def test_a_qr_code_in_a_frame_gives_its_text() -> None:
    assert decode_qr_texts(_on_background(_qr_image(TOKEN, scale=3))) == [TOKEN]


def test_raw_luma_rows_with_padding_decode() -> None:
    frame = _on_background(_qr_image(TOKEN, scale=3), size=(637, 470))
    stride = 640
    image = luma_frame(_padded_rows(frame, stride), frame.width, frame.height, stride)
    assert image.size == (637, 470)
    assert decode_qr_texts(image) == [TOKEN]


def test_a_frame_without_a_code_gives_nothing() -> None:
    assert decode_qr_texts(Image.new("L", (320, 240), 180)) == []


def test_other_barcodes_are_ignored() -> None:
    code128 = zxingcpp.write_barcode_to_image(
        zxingcpp.create_barcode("12345678", zxingcpp.BarcodeFormat.Code128), scale=3
    )
    height, width = memoryview(code128).shape
    picture = _on_background(Image.frombytes("L", (width, height), bytes(code128)))
    assert [r.text for r in zxingcpp.read_barcodes(picture)] == ["12345678"]  # readable…
    assert decode_qr_texts(picture) == []  # …but not a QR code


def test_two_codes_in_one_frame_each_once() -> None:
    frame = Image.new("L", (900, 480), 220)
    frame.paste(_qr_image("111", scale=6), (10, 40))
    frame.paste(_qr_image("222", scale=6), (480, 40))
    assert sorted(decode_qr_texts(frame)) == ["111", "222"]


@pytest.mark.parametrize(
    ("width", "height", "stride", "size"),
    [(0, 10, 10, 100), (10, 10, 9, 100), (10, 10, 10, 99), (10, -1, 10, 100)],
)
def test_impossible_frame_shapes_are_refused(
    width: int, height: int, stride: int, size: int
) -> None:
    with pytest.raises(ValueError):
        luma_frame(bytes(size), width, height, stride)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_repeat_filter_counts_a_code_once_while_it_stays_in_view() -> None:
    clock = Clock()
    repeats = RepeatFilter(clock=clock)
    assert repeats.window_seconds == DEFAULT_REPEAT_SECONDS == 3.0
    assert repeats.accept("A")
    clock.now += 1.0
    assert not repeats.accept("A")
    assert repeats.accept("B")  # another pass is another scan
    clock.now += 2.5  # 2.5 s after A was last seen: still the same showing
    assert not repeats.accept("A")
    clock.now += 3.0  # 3 s without seeing it: a new showing
    assert repeats.accept("A")


def test_repeat_filter_forgets_what_it_has_not_seen_for_a_while() -> None:
    clock = Clock()
    repeats = RepeatFilter(window_seconds=0.5, clock=clock)
    for number in range(1000):
        assert repeats.accept(str(number))
        clock.now += 1.0
    assert repeats.remembered <= 1
    repeats.accept("x")
    repeats.clear()
    assert repeats.accept("x")


def test_repeat_window_must_be_positive() -> None:
    with pytest.raises(ValueError):
        RepeatFilter(window_seconds=0)


def test_lines_split_on_cr_lf_and_arrive_in_pieces() -> None:
    reader = ScannerLineReader()
    assert reader.feed(b"1234") == []
    assert reader.pending == 4
    assert reader.feed(b"56\r") == ["123456"]
    assert reader.feed(b"\n789\n0") == ["789"]
    assert reader.feed(b"12\r\n\r\n") == ["012"]
    assert reader.pending == 0


def test_tab_suffix_and_no_suffix() -> None:
    tab = ScannerLineReader("tab")
    assert tab.feed(b"12\t34") == ["12"]
    assert tab.flush() == ["34"]
    silent = ScannerLineReader("none")
    assert silent.feed(b"98") == []
    assert silent.feed(b"76") == []
    assert silent.flush() == ["9876"]
    assert silent.flush() == []


def test_unknown_suffix_is_refused() -> None:
    with pytest.raises(ValueError):
        ScannerLineReader("semicolon")


def test_bytes_that_are_not_utf8_never_crash() -> None:
    reader = ScannerLineReader()
    assert reader.feed("Nguyễn\r\n".encode()) == ["Nguyễn"]
    assert reader.feed(b"\xff\xfe12\r\n") == ["ÿþ12"]  # latin-1, never an exception
    # a multi-byte character split across two reads is still one character
    encoded = "đ9\n".encode()
    assert reader.feed(encoded[:1]) == []
    assert reader.feed(encoded[1:]) == ["đ9"]


def test_scanned_text_trims_controls_and_blank_reads() -> None:
    assert scanned_text(b"\x02 123 \x03") == "123"
    assert scanned_text(b"\x00\x00") == ""
    reader = ScannerLineReader()
    assert reader.feed(b"  \r\n\x02\x03\n") == []


def test_an_endless_read_without_suffix_is_cut_not_hoarded() -> None:
    reader = ScannerLineReader(max_length=16)
    assert reader.feed(b"1" * 10) == []
    assert reader.feed(b"2" * 10) == ["1" * 10 + "2" * 6]
    assert reader.pending == 4
