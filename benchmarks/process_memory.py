"""A process's own peak resident memory.

``getrusage``'s ``ru_maxrss`` survives ``exec``: a child started by a big parent (the performance
suite, with Qt and a data set loaded) reports the parent's peak until it grows past it. Linux's
``VmHWM`` belongs to the process's own address space, which ``exec`` replaces, so it is used where
it exists.
"""

from __future__ import annotations

import resource
from pathlib import Path


def peak_rss_kib() -> int:
    """This process's peak resident set size in KiB."""
    try:
        for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
