"""``python -m accred_app``: the desktop app (the ``accred`` command is the headless twin)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from accred_app import config


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="accred-desk", description="Press accreditation desk (desktop application)."
    )
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help="SQLite file or postgresql+psycopg:// URL (default: ACCRED_DB, then the data folder)",
    )
    args, qt_args = parser.parse_known_args(list(sys.argv[1:] if argv is None else argv))

    from accred_app.gui.app import run

    return run(config.database_target(args.db), [sys.argv[0], *qt_args])


if __name__ == "__main__":
    sys.exit(main())
