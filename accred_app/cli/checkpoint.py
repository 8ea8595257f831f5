"""``accred checkpoint``: a dedicated gate laptop starts straight into the checkpoint window.

The officer signs in first, as for every command (``--user``, the password prompted or read from
``ACCRED_PASSWORD_FILE``); the post is checked before any window opens, so an unknown event, zone
or unit ends with the usual one line and exit code 3. Then Qt starts and the window runs until the
gate is closed (in full screen, closing needs the officer's password again).

The command line does not depend on the window's code (the import-linter contract keeps ``cli``
and ``gui`` apart, so every other command runs where Qt is missing): the window's launcher is
loaded by name here, only when this command runs.
"""

from __future__ import annotations

import argparse
import importlib
from typing import Any

from accred_app.cli.context import Context, positive_int
from accred_app.core.checkpoint.session import open_session
from accred_app.core.errors import ValidationError
from accred_app.core.messages import register

LAUNCHER = "accred_app.gui.checkpoint.launch"

register(
    {
        "checkpoint_window_unavailable": (
            "Máy này không mở được cửa sổ kiểm soát vì thiếu thư viện giao diện ({detail}). "
            "Hãy cài đầy đủ phần mềm.",
            "This computer cannot open the checkpoint window: the window library is missing "
            "({detail}). Install the full software.",
        ),
    }
)


def register_commands(commands: Any) -> None:
    checkpoint: argparse.ArgumentParser = commands.add_parser(
        "checkpoint",
        help="open the checkpoint window (scan passes at a gate) after signing in",
    )
    checkpoint.add_argument("--event", type=positive_int, required=True, metavar="ID")
    checkpoint.add_argument(
        "--zone", metavar="CODE", help="the zone this gate guards (default: the outer gate)"
    )
    checkpoint.add_argument(
        "--unit", type=positive_int, required=True, metavar="ID", help="unit staffing the gate"
    )
    checkpoint.add_argument("--direction", choices=["in", "out"], default="in")
    checkpoint.add_argument(
        "--fullscreen",
        action="store_true",
        help="kiosk: full screen; leaving it or changing the post asks the password",
    )
    checkpoint.set_defaults(handler=cmd_checkpoint)


def cmd_checkpoint(ctx: Context) -> int:
    a = ctx.args
    session = open_session(
        ctx.db,
        ctx.actor,
        event_id=a.event,
        zone_code=a.zone,
        unit_id=a.unit,
        direction=a.direction,
        locale=ctx.locale,
    )
    try:
        launcher = importlib.import_module(LAUNCHER)
    except ImportError as missing:  # Qt not installed on this computer
        session.close()
        raise ValidationError("checkpoint_window_unavailable", detail=str(missing)[:120]) from None
    code: int = launcher.run_checkpoint(
        ctx.db, session, full_screen=a.fullscreen, locale=ctx.locale
    )
    return code
