"""Python's cycle collector runs on the GUI thread only while the application runs: a worker that
allocates past every threshold collects nothing, the GUI thread's timer collects what was due (a
collection on a worker can delete a Qt object from the wrong thread and crash the process)."""

from __future__ import annotations

import gc
import threading
from typing import Any

from accred_app.gui.app import collect_garbage_if_due, create_application


class Cycle:
    """Garbage only the cycle collector can free; it says on which thread it was freed."""

    def __init__(self, freed_on: list[threading.Thread]) -> None:
        self.me = self
        self.freed_on = freed_on

    def __del__(self) -> None:
        self.freed_on.append(threading.current_thread())


def test_only_the_gui_thread_collects_cycles(qtbot: Any) -> None:
    create_application(locale="vi")
    assert not gc.isenabled(), "automatic collection is off while the application runs"
    gc.collect()
    freed_on: list[threading.Thread] = []
    Cycle(freed_on)
    kept: list[list[object]] = []
    worker = threading.Thread(target=lambda: kept.extend([] for _ in range(5_000)))
    worker.start()
    worker.join()
    assert gc.get_count()[0] > gc.get_threshold()[0], "the worker went past the threshold"
    assert freed_on == [], "nothing was collected on the worker"
    qtbot.waitUntil(lambda: bool(freed_on), timeout=5_000)
    assert freed_on == [threading.main_thread()]


def test_nothing_is_collected_before_it_is_due() -> None:
    gc.collect()
    assert collect_garbage_if_due() is None
