"""The serial scanner through a real pseudo-terminal: the test writes into the master end what a
scanner would send, the source reads the slave end with QSerialPort. Closing the master is what
unplugging looks like to Qt (``ResourceError``); a new terminal behind the same name (a symlink,
as udev's ``/dev/serial/by-id`` names are) is the scanner plugged back in."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs pseudo-terminals")


class Scanner:
    """A pseudo-terminal standing in for a scanner on a stable port name."""

    def __init__(self, folder: Path) -> None:
        self.port = str(folder / "ttyScanner")
        self.master = -1
        self.plug_in()

    def plug_in(self) -> None:
        master, slave = os.openpty()
        name = os.ttyname(slave)
        os.close(slave)  # the port is opened by name; this end would keep the terminal alive
        if os.path.lexists(self.port):
            os.unlink(self.port)
        os.symlink(name, self.port)
        self.master = master

    def send(self, data: bytes) -> None:
        os.write(self.master, data)

    def unplug(self) -> None:
        os.close(self.master)
        self.master = -1

    def close(self) -> None:
        if self.master >= 0:
            self.unplug()


@pytest.fixture
def scanner(tmp_path: Path) -> Iterator[Scanner]:
    device = Scanner(tmp_path)
    yield device
    device.close()


@pytest.fixture
def make_source(qtbot: Any) -> Iterator[Any]:
    from accred_app.gui.checkpoint.sources.serial import SerialSource

    made: list[SerialSource] = []

    def make(port: str, **options: Any) -> SerialSource:
        source = SerialSource(port, 9600, **options)
        made.append(source)
        return source

    yield make
    for source in made:
        source.close()


def test_a_token_written_in_pieces_is_one_scan(
    scanner: Scanner, make_source: Any, qtbot: Any
) -> None:
    source = make_source(scanner.port)
    with qtbot.waitSignal(source.status) as status:
        assert source.open()
    assert status.args[0] == "ready"
    assert source.state == "ready"
    assert "9600" in source.message
    token = "9" * 120 + "1234567890" * 10
    scanned: list[str] = []
    source.scanned.connect(scanned.append)
    scanner.send(token[:50].encode())
    qtbot.waitUntil(lambda: source.pending_bytes == 50)
    scanner.send(token[50:170].encode())
    qtbot.waitUntil(lambda: source.pending_bytes == 170)
    assert scanned == []
    with qtbot.waitSignal(source.scanned) as got:
        scanner.send(token[170:].encode() + b"\r")
    assert got.args == [token]
    with qtbot.waitSignal(source.scanned) as second:
        scanner.send(b"\n4455\r\n")  # the LF after the CR is no empty scan
    assert second.args == ["4455"]
    assert scanned == [token, "4455"]


def test_bytes_that_are_not_utf8_still_give_a_scan(
    scanner: Scanner, make_source: Any, qtbot: Any
) -> None:
    source = make_source(scanner.port)
    assert source.open()
    with qtbot.waitSignal(source.scanned) as got:
        scanner.send(b"12\xff34\n")
    assert got.args == ["12ÿ34"]


def test_a_scanner_without_suffix_ends_a_code_by_its_pause(
    scanner: Scanner, make_source: Any, qtbot: Any
) -> None:
    source = make_source(scanner.port, suffix="none", silence_ms=30)
    assert source.open()
    with qtbot.waitSignal(source.scanned) as got:
        scanner.send(b"0011")
        scanner.send(b"2233")
    assert got.args == ["00112233"]


def test_unplugging_shows_disconnected_and_replugging_resumes(
    scanner: Scanner, make_source: Any, qtbot: Any
) -> None:
    source = make_source(scanner.port, retry_interval_ms=20)
    assert source.open()
    states: list[str] = []
    source.status.connect(lambda state, _message: states.append(state))
    with qtbot.waitSignal(source.status) as lost:
        scanner.unplug()
    assert lost.args[0] == "disconnected"
    assert "ttyScanner" in lost.args[1]
    qtbot.waitUntil(lambda: source.retrying)
    # still trying while nothing is there: no flood of states
    assert states == ["disconnected"]
    with qtbot.waitSignal(source.status, timeout=5000) as back:
        scanner.plug_in()
    assert back.args[0] == "ready"
    assert not source.retrying
    with qtbot.waitSignal(source.scanned) as got:
        scanner.send(b"777\r\n")
    assert got.args == ["777"]


def test_a_port_that_is_not_there_waits_for_the_scanner(
    tmp_path: Path, make_source: Any, qtbot: Any
) -> None:
    port = str(tmp_path / "ttyLater")
    source = make_source(port, retry_interval_ms=20)
    assert not source.open()
    assert source.state == "disconnected"
    assert "ttyLater" in source.message
    assert source.retrying
    later = Scanner.__new__(Scanner)
    later.port, later.master = port, -1
    try:
        with qtbot.waitSignal(source.status, timeout=5000) as ready:
            later.plug_in()
        assert ready.args[0] == "ready"
    finally:
        later.close()


def test_port_and_speed_are_remembered(scanner: Scanner, make_source: Any, qtbot: Any) -> None:
    from accred_app.gui.checkpoint.sources.serial import SerialSource
    from accred_app.gui.settings import desk_settings

    source = SerialSource(scanner.port, 19200, "tab")
    source.remember(desk_settings())
    source.close()
    again = SerialSource.from_settings(desk_settings())
    assert again is not None
    try:
        assert (again.port_name, again.baud_rate, again.suffix) == (scanner.port, 19200, "tab")
        assert again.state == "ready"
        with qtbot.waitSignal(again.status) as announced:
            pass  # the current status is repeated for whoever connects after the open
        assert announced.args[0] == "ready"
        with qtbot.waitSignal(again.scanned) as got:
            scanner.send(b"55\t")
        assert got.args == ["55"]
    finally:
        again.close()
