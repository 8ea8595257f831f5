"""The performance suite's harness: ``python -m benchmarks.run_all`` runs every figure and prints
one table, and its exit code says whether a figure missed its target."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.run_all import FIGURES, POSTGRESQL, SQLITE, Measured, rows_of

ROOT = Path(__file__).resolve().parents[2]


def test_verdicts_compare_each_database_with_the_target() -> None:
    measured = Measured()
    measured.put(SQLITE, "scan_p99", 1.5)
    measured.put(POSTGRESQL, "scan_p99", 2.5)  # over the 2 ms target
    measured.put(SQLITE, "scan_max", 20.0)
    measured.fail(POSTGRESQL, "scan", "OperationalError: the server went away")
    measured.put(SQLITE, "token_p99", 0.1)
    measured.put(SQLITE, "export_reporters", 3.0)
    measured.put(POSTGRESQL, "export_reporters", 4.0)
    rows = {
        row.figure.key: row
        for row in rows_of(measured, ["scan", "token", "export"], [SQLITE, POSTGRESQL])
    }

    assert rows["scan_p99"].verdict == "MISS"
    assert rows["scan_p99"].cells == {SQLITE: "1.50", POSTGRESQL: "2.50"}
    assert rows["scan_max"].verdict == "error"
    assert rows["scan_max"].cells[POSTGRESQL] == "error"
    # a figure that cannot have a PostgreSQL value says so instead of failing
    assert rows["token_p99"].verdict == "pass"
    assert rows["token_p99"].cells[POSTGRESQL].startswith("—")
    assert rows["export_reporters"].verdict == "info"  # no target set by any issue
    assert "search_p95" not in rows


@pytest.mark.slow
def test_quick_run_on_sqlite_prints_every_figure(tmp_path: Path) -> None:
    report = tmp_path / "figures.json"
    result = subprocess.run(
        [sys.executable, "-m", "benchmarks.run_all", "--quick", "--sqlite-only", "--json", report],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )

    assert result.returncode in (0, 1), result.stderr[-2000:]
    document = json.loads(report.read_text(encoding="utf-8"))
    figures = {figure["key"]: figure for figure in document["figures"]}
    assert list(figures) == [figure.key for figure in FIGURES]
    for figure in figures.values():
        assert figure["errors"] == {}, figure
        assert isinstance(figure[SQLITE], float | int), figure
        assert figure[POSTGRESQL] is None
        assert figure["result"] in ("pass", "MISS", "info")
    missed = [key for key, figure in figures.items() if figure["result"] == "MISS"]
    assert result.returncode == (1 if missed else 0)
    assert document["passed"] is not missed
    table = result.stdout
    assert "figure" in table and "PostgreSQL" in table
    for figure in FIGURES:
        assert figure.label in table
    assert table.count("not run") == len(FIGURES) - sum(1 for f in FIGURES if f.postgresql)
