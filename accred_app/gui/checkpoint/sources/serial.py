"""Serial scanners (a virtual COM port over USB, QtSerialPort).

No keyboard layout or input method stands between such a scanner and the window, which is why a
gate laptop set to Vietnamese typing can prefer one. Codes are cut out of the byte stream by the
core's :class:`~accred_app.core.checkpoint.scanner_lines.ScannerLineReader` (CR/LF, TAB, or the
pause after a scanner with no suffix).

Unplugging shows as Qt's ``ResourceError`` (a pseudo-terminal whose other end closes reports the
same, which is how the tests unplug): the source says "disconnected" and tries the same port again
every second until it opens, then says "ready" — the officer only plugs the cable back in.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Final

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QTimer
from PySide6.QtSerialPort import QSerialPort, QSerialPortInfo

from accred_app.core.checkpoint.scanner_lines import SUFFIXES, ScannerLineReader
from accred_app.gui.checkpoint.sources.base import (
    DISCONNECTED,
    ERROR,
    READY,
    ScanSource,
)

BAUD_RATES: Final = (1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200)
DEFAULT_BAUD_RATE: Final = 9600  # what most scanners ship with
RETRY_INTERVAL_MS: Final = 1000
SILENCE_MS: Final = 150
"""With no suffix, a code ends when no byte came for this long: a scanner sends a code in one
burst, and even 230 digits at 9600 bps arrive without a gap."""

PORT_KEY: Final = "checkpoint/serial_port"
BAUD_KEY: Final = "checkpoint/serial_baud"
SUFFIX_KEY: Final = "checkpoint/serial_suffix"


@dataclass(frozen=True, slots=True)
class SerialPortChoice:
    """A port the set-up dialog offers: Qt's name for it and what the driver says it is."""

    name: str
    description: str


def available_serial_ports() -> list[SerialPortChoice]:
    return [
        SerialPortChoice(
            info.portName(),
            " — ".join(part for part in (info.description(), info.manufacturer()) if part),
        )
        for info in QSerialPortInfo.availablePorts()
    ]


class SerialSource(ScanSource):
    """One serial port at one speed; call :meth:`open` (the set-up dialog and
    :meth:`from_settings` do)."""

    kind: ClassVar[str] = "serial"

    def __init__(
        self,
        port_name: str,
        baud_rate: int = DEFAULT_BAUD_RATE,
        suffix: str = "enter",
        *,
        retry_interval_ms: int = RETRY_INTERVAL_MS,
        silence_ms: int = SILENCE_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.port_name = port_name
        self.baud_rate = baud_rate
        self.suffix = suffix
        self._reader = ScannerLineReader(suffix)
        self._port = QSerialPort(self)
        self._port.readyRead.connect(self._read)
        self._port.errorOccurred.connect(self._on_error)
        self._retry = QTimer(self)
        self._retry.setInterval(retry_interval_ms)
        self._retry.timeout.connect(self._try_again)
        self._silence = QTimer(self)
        self._silence.setSingleShot(True)
        self._silence.setInterval(silence_ms)
        self._silence.timeout.connect(self._end_of_code)

    @property
    def retrying(self) -> bool:
        return self._retry.isActive()

    @property
    def pending_bytes(self) -> int:
        """Bytes of a code still being received."""
        return self._reader.pending

    def describe(self) -> str:
        return QCoreApplication.translate(
            "ScanSources", "Serial scanner on {port}, {baud} bps"
        ).format(port=self.port_name, baud=self.baud_rate)

    def open(self) -> bool:
        """Open the port now. When it cannot be opened, the status says why and the source keeps
        trying every second (a scanner not plugged in yet is then picked up when it is)."""
        if self._open_port():
            return True
        if self._port.error() == QSerialPort.SerialPortError.DeviceNotFoundError:
            self._set_status(
                DISCONNECTED,
                QCoreApplication.translate(
                    "ScanSources", "No scanner on {port}: plug it in; it is picked up by itself."
                ).format(port=self.port_name),
            )
        else:
            self._set_status(ERROR, self._open_failure())
        self._retry.start()
        return False

    def close(self) -> None:
        self._retry.stop()
        self._silence.stop()
        if self._port.isOpen():
            self._port.close()
        super().close()

    def remember(self, settings: QSettings) -> None:
        super().remember(settings)
        settings.setValue(PORT_KEY, self.port_name)
        settings.setValue(BAUD_KEY, self.baud_rate)
        settings.setValue(SUFFIX_KEY, self.suffix)

    @classmethod
    def from_settings(
        cls, settings: QSettings, parent: QObject | None = None
    ) -> SerialSource | None:
        """The port and speed chosen last, opened (or waiting for the scanner), or ``None`` when
        no port was ever chosen."""
        port = settings.value(PORT_KEY)
        if not port:
            return None
        try:
            baud = int(str(settings.value(BAUD_KEY, DEFAULT_BAUD_RATE)))
        except ValueError:
            baud = DEFAULT_BAUD_RATE
        suffix = str(settings.value(SUFFIX_KEY, "enter"))
        source = cls(str(port), baud, suffix if suffix in SUFFIXES else "enter", parent=parent)
        source.open()
        source.announce_soon()
        return source

    def _open_port(self) -> bool:
        port = self._port
        port.setPortName(self.port_name)
        port.setBaudRate(self.baud_rate)
        port.setDataBits(QSerialPort.DataBits.Data8)
        port.setParity(QSerialPort.Parity.NoParity)
        port.setStopBits(QSerialPort.StopBits.OneStop)
        port.setFlowControl(QSerialPort.FlowControl.NoFlowControl)
        if not port.open(QSerialPort.OpenModeFlag.ReadOnly):
            return False
        self._reader = ScannerLineReader(self.suffix)  # nothing half-read survives a reconnect
        self._retry.stop()
        self._set_status(
            READY,
            QCoreApplication.translate(
                "ScanSources", "Serial scanner on {port} ({baud} bps) is ready."
            ).format(port=self.port_name, baud=self.baud_rate),
        )
        return True

    def _open_failure(self) -> str:
        error = self._port.error()
        if error == QSerialPort.SerialPortError.PermissionError:
            return QCoreApplication.translate(
                "ScanSources",
                "{port} is in use by another program or this account may not open it.",
            ).format(port=self.port_name)
        return QCoreApplication.translate(
            "ScanSources", "{port} cannot be opened: {detail}"
        ).format(port=self.port_name, detail=self._port.errorString())

    def _try_again(self) -> None:
        if self._port.isOpen():
            self._port.close()
        self._open_port()

    def _read(self) -> None:
        data = bytes(self._port.readAll().data())
        for code in self._reader.feed(data):
            self.scanned.emit(code)
        if self.suffix == "none" and self._reader.pending:
            self._silence.start()

    def _end_of_code(self) -> None:
        for code in self._reader.flush():
            self.scanned.emit(code)

    def _on_error(self, error: QSerialPort.SerialPortError) -> None:
        if error == QSerialPort.SerialPortError.NoError or not self._port.isOpen():
            return  # a failed open or a retry: :meth:`open` and the retry timer say so
        if error in (
            QSerialPort.SerialPortError.ResourceError,
            QSerialPort.SerialPortError.DeviceNotFoundError,
        ):
            self._silence.stop()
            self._set_status(
                DISCONNECTED,
                QCoreApplication.translate(
                    "ScanSources",
                    "The scanner on {port} was disconnected. Plug it back in: it resumes by itself.",
                ).format(port=self.port_name),
            )
            # Closing from inside the port's own signal is left to the next turn of the loop.
            QTimer.singleShot(0, self, self._close_port)
            self._retry.start()
        else:
            self._set_status(
                ERROR,
                QCoreApplication.translate(
                    "ScanSources", "The scanner on {port} reported a problem: {detail}"
                ).format(port=self.port_name, detail=self._port.errorString()),
            )

    def _close_port(self) -> None:
        if self._port.isOpen():
            self._port.close()
