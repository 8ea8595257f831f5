"""Print-speed and memory figures for pass PDFs.

Run: ``python benchmarks/bench_print.py [--profile]``. The target is a 1,000-pass sheet PDF with
photos in <= 3 s; memory is measured with tracemalloc in a separate run (tracing slows Python down).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import random
import time
import tracemalloc
from collections.abc import Iterator

from accred_app.printing.fonts import register_fonts
from accred_app.printing.model import Layout, PrintablePass
from accred_app.printing.pass_pdf import write_passes_pdf
from accred_app.printing.samples import random_token, sample_pass, synthetic_photo

PHOTOS = [synthetic_photo(seed) for seed in range(20)]
NAMES = ["Nguyễn Thị Ánh", "Trần Văn Bình", "Lê Hoàng Phương Thảo", "Phạm Đức Hùng"]


def passes(count: int) -> Iterator[PrintablePass]:
    rng = random.Random(2026)
    for index in range(count):
        yield sample_pass(
            index,
            full_name=NAMES[index % len(NAMES)],
            photo=PHOTOS[index % len(PHOTOS)],
            token=random_token(rng),
        )


def timed(count: int, layout: Layout) -> tuple[float, float, int, int]:
    """Wall and CPU seconds: CPU time shows the real cost when other jobs share the machine."""
    buffer = io.BytesIO()
    start = time.perf_counter()
    cpu_start = time.process_time()
    pages = write_passes_pdf(passes(count), buffer, layout)
    cpu = time.process_time() - cpu_start
    return time.perf_counter() - start, cpu, pages, len(buffer.getvalue())


def peak_memory(count: int) -> tuple[int, int]:
    buffer = io.BytesIO()
    tracemalloc.start()
    write_passes_pdf(passes(count), buffer, "sheet")
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak, len(buffer.getvalue())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--profile", action="store_true", help="cProfile the 1,000-pass sheet")
    args = parser.parse_args()
    register_fonts()
    timed(10, "sheet")  # warm up: font parsing, QR layouts
    if args.profile:
        profiler = cProfile.Profile()
        profiler.enable()
        timed(1000, "sheet")
        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
        return
    seconds, cpu, pages, size = timed(1000, "sheet")
    verdict = "OK" if seconds <= 3.0 else "SLOW"
    print(
        f"sheet 1000 passes: {seconds:.2f} s wall, {cpu:.2f} s CPU, {pages} pages, "
        f"{size / 1e6:.1f} MB  [{verdict}, target <= 3 s]"
    )
    for layout in ("card", "badge"):
        seconds, cpu, pages, size = timed(300, layout)
        print(
            f"{layout} 300 passes: {seconds:.2f} s wall, {cpu:.2f} s CPU, "
            f"{pages / seconds:.0f} pages/s, {size / 1e6:.1f} MB"
        )
    for count in (100, 1000):
        peak, size = peak_memory(count)
        print(
            f"memory sheet {count} passes: peak {peak / 1e6:.1f} MB, PDF {size / 1e6:.1f} MB, "
            f"peak minus PDF {(peak - size) / 1e6:.1f} MB"
        )


if __name__ == "__main__":
    main()
