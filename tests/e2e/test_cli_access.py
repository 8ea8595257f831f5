"""``accred access`` end to end: record, show, correct, delete, articles, the combined list with its
filters and paging, and the audit history of an entry."""

from __future__ import annotations

from typing import Any

import pytest
from cooperation_data import Cooperation, build, build_registry


@pytest.fixture
def year(db: Any, admin: Any) -> Cooperation:
    return build(db, admin)


@pytest.fixture
def registry(db: Any, admin: Any) -> Cooperation:
    return build_registry(db, admin)


def test_add_prints_the_id_and_show_reads_it_back(run_cli: Any, registry: Cooperation) -> None:
    year = registry
    added = run_cli(
        "--json",
        "access",
        "add",
        "--unit",
        str(year.team),
        "--kind",
        "interview",
        "--at",
        "15/08/2025 09:30",
        "--subject",
        "Phỏng vấn về an toàn giao thông",
        "--reporter",
        str(year.anh),
        "--reporter",
        str(year.binh),
        "--event",
        str(year.festival),
        "--notes",
        "Ghi âm lưu tại phòng",
        "--article-title",
        "Giữ an toàn giao thông mùa lễ hội",
        "--article-url",
        "https://baothanhhoa.vn/an-toan",
        "--article-date",
        "2025-08-16",
    )
    assert added.code == 0, added.err
    entry = added.json()
    assert entry["id"] > 0
    assert entry["at"] == "2025-08-15T09:30:00+07:00"
    assert [r["name"] for r in entry["reporters"]] == ["Nguyễn Thị Ánh", "Trần Văn Bình"]
    assert entry["articles"][0]["agency"] == "Báo Thanh Hóa"
    plain = run_cli("access", "show", str(entry["id"]))
    assert plain.code == 0
    assert "Phỏng vấn về an toàn giao thông" in plain.out
    assert "Giữ an toàn giao thông mùa lễ hội" in plain.out
    assert run_cli("--json", "access", "show", str(entry["id"])).json() == entry
    human = run_cli(
        "access",
        "add",
        "--unit",
        str(year.root),
        "--kind",
        "documents",
        "--at",
        "2025-08-20 10:00",
        "--subject",
        "Số liệu",
        "--reporter",
        str(year.dung),
    )
    assert human.code == 0 and human.out.strip().isdigit()


@pytest.mark.parametrize(
    ("arguments", "code", "message"),
    [
        (["--kind", "party"], 2, "invalid choice"),
        (["--at", "32/01/2025 10:00"], 3, "Thời điểm"),
        (["--reporter", "999"], 3, "999"),
        (["--article-url", "https://x.vn"], 3, "tiêu đề"),  # a link with no title
    ],
)
def test_add_refuses_bad_input_with_one_line(
    run_cli: Any, registry: Cooperation, arguments: list[str], code: int, message: str
) -> None:
    year = registry
    base = {
        "--unit": str(year.team),
        "--kind": "briefing",
        "--at": "2025-08-15 09:30",
        "--subject": "Họp báo",
        "--reporter": str(year.anh),
    }
    argv = ["access", "add"]
    for option, value in base.items():
        if option not in arguments:
            argv += [option, value]
    argv += arguments
    result = run_cli(*argv)
    assert result.code == code
    assert message in result.err
    assert len(result.err.strip().splitlines()) == 1
    assert "Traceback" not in result.err


def test_update_delete_and_history(run_cli: Any, year: Cooperation) -> None:
    entry_id = year.entry_ids["m2"]
    changed = run_cli(
        "--json",
        "access",
        "update",
        str(entry_id),
        "--kind",
        "documents",
        "--reporter",
        str(year.cuong),
        "--subject",
        "Cung cấp số liệu sáu tháng",
    )
    assert changed.code == 0, changed.err
    assert changed.json()["kind"] == "documents"
    assert [r["name"] for r in changed.json()["reporters"]] == ["Lê Văn Cường"]
    assert changed.json()["at"] == "2025-07-01T14:00:00+07:00"  # untouched
    cleared = run_cli("--json", "access", "update", str(year.entry_ids["m3"]), "--no-event")
    assert cleared.json()["event_id"] is None

    article = run_cli(
        "--json",
        "access",
        "article",
        "add",
        str(entry_id),
        "--title",
        "Số liệu sáu tháng đầu năm",
        "--agency",
        str(year.dai_thanh_hoa),
    )
    assert article.code == 0, article.err
    assert [a["number"] for a in article.json()["articles"]] == [1, 2, 3]
    removed = run_cli("--json", "access", "article", "delete", str(entry_id), "1")
    assert [a["number"] for a in removed.json()["articles"]] == [2, 3]
    missing = run_cli("access", "article", "delete", str(entry_id), "9")
    assert missing.code == 3 and "9" in missing.err

    history = run_cli("--json", "audit", "history", "access", str(entry_id))
    assert history.code == 0
    entities = [(line["entity"], line["action"]) for line in history.json()]
    assert ("access_entries", "create") in entities
    assert ("access_entries", "update") in entities
    assert ("access_entry_reporters", "delete") in entities
    assert ("access_articles", "delete") in entities
    assert "kind: briefing → documents" in run_cli("audit", "history", "access", str(entry_id)).out

    deleted = run_cli("--json", "access", "delete", str(entry_id))
    assert deleted.code == 0 and deleted.json() == {"id": entry_id, "deleted": True}
    assert run_cli("access", "show", str(entry_id)).code == 3
    assert run_cli("access", "delete", str(entry_id)).code == 3


def test_a_viewer_may_list_but_not_record(
    run_cli: Any, db: Any, admin: Any, year: Cooperation
) -> None:
    from accred_app.core.security.officers import create_officer

    create_officer(
        db, admin, username="xem", full_name="Cán bộ xem", role="viewer", password="mat-khau-xem-1"
    )
    listed = run_cli("--json", "access", "list", user="xem", password="mat-khau-xem-1")
    assert listed.code == 0
    refused = run_cli(
        "access", "delete", str(year.entry_ids["m1"]), user="xem", password="mat-khau-xem-1"
    )
    assert refused.code == 3 and "xem" in refused.err


def test_list_filters_and_pages(run_cli: Any, year: Cooperation) -> None:
    everything = run_cli("--json", "access", "list", "--limit", "100")
    assert everything.code == 0
    body = everything.json()
    assert body["total"] == 23 and len(body["rows"]) == 23 and body["next_after"] is None
    first = body["rows"][0]
    assert (first["source"], first["kind"], first["allowed"]) == ("scan", "scan", True)
    assert first["reporters"][0]["name"] == "Phạm Thị Dung"

    tham_muu = run_cli("--json", "access", "list", "--unit", str(year.pv01), "--limit", "100")
    assert tham_muu.json()["total"] == 15  # with the team under it
    narrowed = run_cli(
        "--json",
        "access",
        "list",
        "--agency",
        str(year.bao_thanh_hoa),
        "--kind",
        "scan",
        "--kind",
        "interview",
        "--from",
        "2025-01-01",
        "--to",
        "31/12/2025",
        "--outcome",
        "allowed",
    )
    rows = narrowed.json()["rows"]
    assert {r["kind"] for r in rows} == {"scan", "interview"}
    assert all(r["allowed"] for r in rows)
    assert narrowed.json()["total"] == len(rows) == 6  # Ánh's 5 allowed scans, Bình's interview

    pages: list[dict[str, Any]] = []
    after: str | None = None
    while True:
        argv = ["--json", "access", "list", "--limit", "10"]
        if after:
            argv += ["--after", after]
        page = run_cli(*argv).json()
        pages += page["rows"]
        after = page["next_after"]
        if after is None:
            break
    assert [(r["source"], r["id"]) for r in pages] == [(r["source"], r["id"]) for r in body["rows"]]

    human = run_cli("access", "list", "--limit", "5")
    assert human.code == 0
    lines = human.out.splitlines()
    assert "Thời gian" in lines[0]
    assert "--after" in lines[-1]  # how to see the next page
    assert "Phạm Thị Dung" in human.out
    bad = run_cli("access", "list", "--after", "nonsense")
    assert bad.code == 3
    unknown = run_cli("access", "list", "--agency", "999")
    assert unknown.code == 3
