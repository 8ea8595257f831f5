"""The benchmark data set is a desk as the software would have left it: every row it bulk-loads has
its history in the audit trail, so ``audit verify`` replays it clean (as the big-desk figure needs)."""

from __future__ import annotations

from pathlib import Path

from accred_app.core.database import open_database
from accred_app.core.security.audit_verify import verify_audit
from accred_app.core.security.officers import authenticate
from benchmarks.generate_data import ADMIN_PASSWORD, generate


def test_generated_data_set_verifies_clean(tmp_path: Path) -> None:
    out = tmp_path / "bench.sqlite"
    generate(out, reporters=40, passes=70, scans=30, workers=1)
    db = open_database(str(out))
    try:
        admin = authenticate(db, "admin", ADMIN_PASSWORD)
        report = verify_audit(db, admin)
        replay = report.section("replay")
        assert report.ok, [f.message("en") for f in replay.findings]
        assert replay.details["rows_checked"] >= 40 + 70
    finally:
        db.dispose()
