"""``accred scan --find/--manual/--deny``, ``accred log counters`` and ``accred station status``
as a checkpoint officer runs them at a desk laptop."""

from __future__ import annotations

from typing import Any

import pytest
from checkpoint_world import OFFICER_PASSWORD, World, build

from accred_app.core.roles import Actor
from accred_app.core.storage.db import Database


@pytest.fixture
def world(db: Database, admin: Actor) -> World:
    return build(db, admin)


@pytest.fixture
def gate(run_cli: Any, world: World) -> Any:
    """``accred scan`` at the hall of the world's event, signed in as its checkpoint officer."""

    def run(*argv: str, json: bool = True, stdin: str | None = None) -> Any:
        head = ["--json"] if json else []
        return run_cli(
            *head,
            "scan",
            "--event",
            str(world.event),
            "--zone",
            "A",
            "--unit",
            str(world.unit),
            *argv,
            user="cp1",
            password=OFFICER_PASSWORD,
            stdin=stdin,
        )

    return run


def test_find_lists_candidates_with_their_verdict(gate: Any, world: World) -> None:
    found = gate("--find", "ngu")
    assert found.code == 0, found.err
    rows = found.json()
    assert [r["reporter"]["name"] for r in rows] == ["Nguyễn Thị Ánh", "Nguyễn Văn Bình"]
    assert rows[0]["serial"] == world.serial("anh") and rows[0]["has_photo"] is True
    assert (rows[0]["allowed"], rows[0]["reason"]) == (True, "ok")
    assert rows[0]["zones"][0] == {"code": "A", "name": "Hội trường", "colour": "#C62828"}
    assert (rows[1]["allowed"], rows[1]["reason"]) == (False, "wrong_zone")
    human = gate("--find", "ngu", json=False)
    assert world.serial("anh") in human.out and "Nguyễn Thị Ánh" in human.out
    short = gate("--find", "n")
    assert short.code == 3 and "2 chữ cái" in short.err


def test_manual_admission_needs_a_reason(gate: Any, world: World) -> None:
    missing = gate("--manual", world.serial("anh"))
    assert missing.code == 3 and "lý do" in missing.err
    admitted = gate("--manual", world.serial("anh"), "--reason", "Thẻ bị ướt")
    assert admitted.code == 0, admitted.err
    payload = admitted.json()
    assert (payload["allowed"], payload["method"], payload["note"]) == (
        True,
        "manual",
        "Thẻ bị ướt",
    )
    refused = gate("--manual", world.serial("cuong"), "--reason", "Thẻ rách")
    assert refused.code == 1 and refused.json()["reason"] == "revoked"
    unknown = gate("--manual", "TH-2099-000999", "--reason", "Thẻ mờ")
    assert unknown.code == 3 and "TH-2099-000999" in unknown.err


def test_a_supervisor_denies_an_accepted_entry(gate: Any, world: World) -> None:
    entry = gate(world.token("anh")).json()
    assert entry["allowed"] and entry["method"] == "scan"
    without = gate("--deny", entry["scan_uid"])
    assert without.code == 3 and "lý do" in without.err
    denied = gate("--deny", entry["scan_uid"], "--reason", "Không khớp ảnh")
    assert denied.code == 0, denied.err
    assert denied.json()["reason"] == "supervisor_denied"
    assert denied.json()["overrides"] == entry["scan_uid"]
    again = gate("--deny", entry["scan_uid"], "--reason", "Không khớp ảnh")
    assert again.code == 3


@pytest.mark.parametrize(
    "argv",
    [
        (),  # nothing to scan
        ("--find", "ngu", "123"),  # a token and a search
        ("--manual", "TH-1", "--deny", "x"),  # two actions at once
        ("--reason", "why", "123"),  # a reason for a plain scan
    ],
)
def test_scan_usage_errors(gate: Any, argv: tuple[str, ...]) -> None:
    result = gate(*argv)
    assert result.code == 2 and "usage error" in result.err and result.out == ""


def test_counters_for_a_checkpoint(gate: Any, run_cli: Any, world: World) -> None:
    gate(world.token("anh"))
    gate(world.token("anh"))  # already inside
    gate("--manual", world.serial("hoa"), "--reason", "Thẻ bị ướt")
    counters = run_cli(
        "--json",
        "log",
        "counters",
        "--event",
        str(world.event),
        "--zone",
        "A",
        "--unit",
        str(world.unit),
        user="cp1",
        password=OFFICER_PASSWORD,
    )
    assert counters.code == 0, counters.err
    panel = counters.json()
    assert (panel["entries"], panel["exits"], panel["inside_now"]) == (2, 0, 2)
    assert panel["manual_admissions"] == 1 and panel["denied"] == 1
    assert panel["denials"] == [{"reason": "already_inside", "count": 1}]
    assert [r["method"] for r in panel["recent"]] == ["manual", "scan", "scan"]
    earlier = run_cli(
        "log",
        "counters",
        "--event",
        str(world.event),
        "--unit",
        str(world.unit),
        "--since",
        "2000-01-01",
    )
    assert earlier.code == 0 and "vào / entries 0" in earlier.out
    bad = run_cli(
        "log", "counters", "--event", str(world.event), "--unit", str(world.unit), "--since", "x"
    )
    assert bad.code == 3 and "YYYY-MM-DD" in bad.err


def test_scanning_from_standard_input_uses_a_checkpoint_session(gate: Any, world: World) -> None:
    lines = f"{world.token('anh')}\n\n{world.token('anh')}\n"
    result = gate("-", stdin=lines)
    assert result.code == 1  # the second one was already inside
    verdicts = [line for line in result.out.splitlines() if line]
    assert len(verdicts) == 2
