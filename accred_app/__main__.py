"""``python -m accred_app``: the desktop app (the ``accred`` command is the headless twin)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from accred_app import config
from accred_app.about import app_version


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="accred-desk", description="Press accreditation desk (desktop application)."
    )
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help="SQLite file or postgresql+psycopg:// URL (default: ACCRED_DB, then the data folder)",
    )
    parser.add_argument(
        "--check-installation",
        action="store_true",
        help="start up to the first window (first-run wizard or sign-in), close it and report "
        "the version, fonts, translations and database found; exit 1 if something is missing",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {app_version()}")
    args, qt_args = parser.parse_known_args(list(sys.argv[1:] if argv is None else argv))
    target = config.database_target(args.db)
    if args.check_installation:
        from accred_app.gui.installation_check import run_check

        return run_check(target, [sys.argv[0], *qt_args])

    from accred_app.gui.app import run

    return run(target, [sys.argv[0], *qt_args])


if __name__ == "__main__":
    sys.exit(main())
