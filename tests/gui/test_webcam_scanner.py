"""The webcam path without a camera: real passes issued and printed by the desk's own code, the PDF
page rendered by PDFium and placed in a camera-sized frame, fed as ``QVideoFrame``s into the very
video sink a camera would fill — through the same conversion, thread and decoder."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pypdfium2 as pdfium
import pytest
import zxingcpp
from checkpoint_world import World, build
from PIL import Image

FRAME_SIZE = (1280, 720)


def _printed_card(db: Any, admin: Any, serial: str) -> Image.Image:
    """The front of the pass as the printer gets it, at a webcam's sharpness (~150 dpi)."""
    from accred_app.printing import jobs

    batch = jobs.prepare_batch(db, admin, [serial], layout="card")
    document = pdfium.PdfDocument(jobs.run_pdf(db, batch, 0))
    return document[0].render(scale=150 / 72).to_pil().convert("RGB")


def _in_frame(card: Image.Image) -> Image.Image:
    """The card held up in front of a grey wall, a little off centre."""
    frame = Image.new("RGB", FRAME_SIZE, (96, 104, 110))
    frame.paste(card, (FRAME_SIZE[0] // 3, 40))
    return frame


def _video_frame(picture: Image.Image) -> Any:
    from PySide6.QtGui import QImage
    from PySide6.QtMultimedia import QVideoFrame

    rgb = picture.convert("RGB")
    image = QImage(
        rgb.tobytes(), rgb.width, rgb.height, 3 * rgb.width, QImage.Format.Format_RGB888
    ).copy()  # own the pixels: the bytes above are temporary
    frame = QVideoFrame(image)
    assert frame.isValid()
    return frame


class Clock:
    def __init__(self) -> None:
        self.now = 500.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def world(db: Any, admin: Any) -> World:
    return build(db, admin)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def webcam(clock: Clock) -> Iterator[Any]:
    from accred_app.gui.checkpoint.sources.webcam import WebcamSource

    source = WebcamSource(None, clock=clock, decode_gap_ms=0)
    yield source
    source.close()


def _show(qtbot: Any, source: Any, picture: Image.Image) -> None:
    """One camera frame, then wait until the decoder has answered it."""
    done = source.frames_decoded
    source.video_sink.setVideoFrame(_video_frame(picture))
    qtbot.waitUntil(lambda: source.frames_decoded == done + 1, timeout=10_000)


def test_printed_passes_scan_to_their_tokens(
    db: Any, admin: Any, world: World, webcam: Any, qtbot: Any, clock: Clock
) -> None:
    scanned: list[str] = []
    webcam.scanned.connect(scanned.append)
    for name in ("anh", "binh"):
        with qtbot.waitSignal(webcam.scanned, timeout=10_000) as got:
            webcam.video_sink.setVideoFrame(
                _video_frame(_in_frame(_printed_card(db, admin, world.serial(name))))
            )
        assert got.args == [world.token(name)]
        clock.now += 0.5
    assert scanned == [world.token("anh"), world.token("binh")]


def test_the_same_pass_in_view_counts_once_and_again_after_the_window(
    db: Any, admin: Any, world: World, webcam: Any, qtbot: Any, clock: Clock
) -> None:
    frame = _in_frame(_printed_card(db, admin, world.serial("hoa")))
    scanned: list[str] = []
    webcam.scanned.connect(scanned.append)
    _show(qtbot, webcam, frame)
    clock.now += 1.0
    _show(qtbot, webcam, frame)  # still held up: the same showing
    clock.now += 2.9
    _show(qtbot, webcam, frame)  # 2.9 s after it was last seen: still the same
    assert scanned == [world.token("hoa")]
    clock.now += 3.0  # out of view for the whole window, then shown again: a new scan
    _show(qtbot, webcam, frame)
    assert scanned == [world.token("hoa")] * 2


def test_a_frame_without_a_qr_code_emits_nothing(webcam: Any, qtbot: Any) -> None:
    with qtbot.assertNotEmitted(webcam.scanned):
        _show(qtbot, webcam, Image.new("RGB", FRAME_SIZE, (120, 120, 120)))


@pytest.mark.parametrize("kind", ["EAN13", "DataMatrix"])
def test_a_barcode_that_is_not_a_qr_code_is_ignored(webcam: Any, qtbot: Any, kind: str) -> None:
    symbol = zxingcpp.write_barcode_to_image(
        zxingcpp.create_barcode("8934567890120", getattr(zxingcpp.BarcodeFormat, kind)), scale=4
    )
    height, width = memoryview(symbol).shape
    frame = Image.new("L", FRAME_SIZE, 230)
    frame.paste(Image.frombytes("L", (width, height), bytes(symbol)), (300, 200))
    assert [r.text for r in zxingcpp.read_barcodes(frame)] == ["8934567890120"]
    with qtbot.assertNotEmitted(webcam.scanned):
        _show(qtbot, webcam, frame)


def test_frames_arriving_while_one_is_decoded_are_dropped(
    db: Any, admin: Any, world: World, webcam: Any, qtbot: Any
) -> None:
    picture = _in_frame(_printed_card(db, admin, world.serial("anh")))
    frames = [_video_frame(picture) for _ in range(3)]
    for frame in frames:  # back to back, as a camera delivers while the decoder works
        webcam.video_sink.setVideoFrame(frame)
    assert (webcam.frames_seen, webcam.frames_dropped) == (3, 2)
    qtbot.waitUntil(lambda: webcam.frames_decoded == 1, timeout=10_000)
    assert webcam.frames_decoded == 1


def test_decoding_waits_the_gap_between_frames(qtbot: Any, clock: Clock) -> None:
    from accred_app.gui.checkpoint.sources.webcam import WebcamSource

    source = WebcamSource(None, clock=clock, decode_gap_ms=60_000)
    try:
        _show(qtbot, source, Image.new("RGB", (64, 48)))
        source.video_sink.setVideoFrame(_video_frame(Image.new("RGB", (64, 48))))
        assert (source.frames_decoded, source.frames_dropped) == (1, 1)
    finally:
        source.close()


def test_the_preview_shows_the_frames(webcam: Any, qtbot: Any) -> None:
    preview = webcam.preview()
    qtbot.addWidget(preview)
    frame = _video_frame(Image.new("RGB", (64, 48), (200, 30, 30)))
    webcam.video_sink.setVideoFrame(frame)
    shown = preview.videoSink().videoFrame()
    assert shown.isValid() and shown.size().width() == 64


def test_without_a_camera_the_source_says_so(webcam: Any) -> None:
    assert not webcam.open()
    assert webcam.state == "no_device"
    assert "webcam" in webcam.message.lower() or "camera" in webcam.message.lower()


def test_closed_source_stops_decoding(webcam: Any, qtbot: Any) -> None:
    webcam.close()
    assert webcam.state == "closed"
    webcam.video_sink.setVideoFrame(_video_frame(Image.new("RGB", (64, 48))))
    assert webcam.frames_decoded == 0


def test_remembered_camera_without_any_camera_is_no_device(qtbot: Any, monkeypatch: Any) -> None:
    from accred_app.gui.checkpoint.sources import webcam as module
    from accred_app.gui.settings import desk_settings

    monkeypatch.setattr(module, "available_cameras", list)
    source = module.WebcamSource.from_settings(desk_settings())
    try:
        assert source.state == "no_device"
        with qtbot.waitSignal(source.status) as announced:
            pass
        assert announced.args[0] == "no_device"
    finally:
        source.close()


def test_a_source_dropped_with_its_owner_stops_its_decoder(qtbot: Any) -> None:
    """A set-up dialog closed by its window takes its preview camera with it: the decoding
    thread must stop first (a QThread destroyed while running aborts the program)."""
    import shiboken6
    from PySide6.QtCore import QObject

    from accred_app.gui.checkpoint.sources.webcam import WebcamSource

    owner = QObject()
    source = WebcamSource(None, parent=owner, decode_gap_ms=0)
    thread = source._thread
    assert thread.isRunning()
    _show(qtbot, source, Image.new("RGB", (64, 48)))
    shiboken6.delete(owner)
    assert not shiboken6.isValid(source)


def test_the_remembered_camera_id_survives_the_settings_file() -> None:
    from PySide6.QtCore import QByteArray

    from accred_app.gui.checkpoint.sources.webcam import CAMERA_KEY, remembered_camera_id
    from accred_app.gui.settings import desk_settings

    assert remembered_camera_id(desk_settings()) is None
    settings = desk_settings()
    settings.setValue(CAMERA_KEY, QByteArray(b"/dev/video2"))
    settings.sync()
    assert remembered_camera_id(desk_settings()) == b"/dev/video2"


def test_frames_are_decoded_off_the_gui_thread(
    webcam: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from accred_app.gui.checkpoint.sources import webcam as module

    decoded_on: list[int] = []
    real = module.frame_texts

    def watched(frame: Any) -> list[str]:
        decoded_on.append(threading.get_ident())
        return real(frame)

    monkeypatch.setattr(module, "frame_texts", watched)
    _show(qtbot, webcam, Image.new("RGB", (64, 48)))
    assert decoded_on and decoded_on[0] != threading.get_ident()
