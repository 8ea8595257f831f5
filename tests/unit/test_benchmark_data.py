"""The benchmark data set is a desk as the software would have left it: every row it bulk-loads has
its history in the audit trail, so ``audit verify`` replays it clean (as the big-desk figure needs),
on SQLite and on PostgreSQL (where the performance suite loads it too)."""

from __future__ import annotations

from accred_app.core.database import open_database
from accred_app.core.registry.agencies import add_agency
from accred_app.core.security.audit_verify import verify_audit
from accred_app.core.security.officers import authenticate
from benchmarks.generate_data import ADMIN_PASSWORD, generate


def test_generated_data_set_verifies_clean(empty_db_target: str) -> None:
    generate(empty_db_target, reporters=40, passes=70, scans=30, workers=1)
    db = open_database(empty_db_target)
    try:
        admin = authenticate(db, "admin", ADMIN_PASSWORD)
        # the loaded ids are behind the id sequences: the services add rows after them
        assert add_agency(db, admin, name="Báo Mới", short_name="BM", kind="online") == 21
        report = verify_audit(db, admin)
        replay = report.section("replay")
        assert report.ok, [f.message("en") for f in replay.findings]
        assert replay.details["rows_checked"] >= 40 + 70
    finally:
        db.dispose()
