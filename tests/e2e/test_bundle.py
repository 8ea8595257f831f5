"""The built bundle's smoke test (``packaging/smoke_test.py``), when a bundle is there: build it
with ``python packaging/build_linux.py``; CI builds it and runs the script after the suite."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "accred"

pytestmark = [
    pytest.mark.bundle,
    pytest.mark.skipif(
        not (BUNDLE / "accred").is_file(), reason="no bundle (python packaging/build_linux.py)"
    ),
]


def test_the_built_executables_work(capsys: pytest.CaptureFixture[str]) -> None:
    spec = importlib.util.spec_from_file_location(
        "smoke_test", ROOT / "packaging" / "smoke_test.py"
    )
    assert spec is not None and spec.loader is not None
    smoke_test = importlib.util.module_from_spec(spec)
    sys.modules["smoke_test"] = smoke_test
    spec.loader.exec_module(smoke_test)
    assert smoke_test.main([str(BUNDLE)]) == 0, capsys.readouterr().err
