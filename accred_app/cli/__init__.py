"""``accred`` — every desk operation, headless.

Exit codes (a contract with scripts): 0 success; 1 a scan was refused; 2 usage error;
3 validation, not-found, permission or database error (one line on stderr); 4 an unexpected error
(one line on stderr, never a traceback). ``--json`` prints machine-readable output on stdout.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from accred_app import config
from accred_app.about import app_version
from accred_app.cli import (
    access,
    admin,
    checkpoint,
    exchange,
    passes,
    privacy,
    registry,
    reports,
    station,
)
from accred_app.cli.context import (
    EXIT_ERROR,
    EXIT_INTERNAL,
    EXIT_USAGE,
    Context,
    Handler,
)
from accred_app.core.errors import AccredError
from accred_app.core.messages import register, render

DESCRIPTION = "Bàn cấp thẻ tác nghiệp cho phóng viên — accreditation desk of the provincial police press office."


register(
    {
        "file_unusable": (
            "Không đọc hoặc ghi được tệp {path}: {detail}",
            "Cannot read or write the file {path}: {detail}",
        ),
    }
)

CLI_HINTS: dict[str, tuple[str, str]] = {
    "press_card_expires": ("(--override-card LÝ_DO)", "(--override-card REASON)"),
    "site_needs_dates": ("(--from, --to)", "(--from, --to)"),
    "print_nothing": ("(nêu số thẻ, hoặc --event ID --all)", "(give serials, or --event ID --all)"),
    "db_corrupt": ("(accred restore TỆP_SAO_LƯU)", "(accred restore BACKUP_FILE)"),
    "no_signing_key": ("(accred init trên máy bàn cấp thẻ)", "(accred init on the desk)"),
    "station_on_desk": (
        "(accred --db TRAM.sqlite station import TỆP)",
        "(accred --db STATION.sqlite station import FILE)",
    ),
    "admin_password_needed": (
        "Dùng --admin-password-file TỆP hoặc chạy lệnh trong cửa sổ dòng lệnh để nhập.",
        "Use --admin-password-file FILE or run the command in a terminal to type it.",
    ),
}
"""What to type at the command line for a core error: the core's messages are read in the desk
window too, so they name no option; the CLI adds the option here."""


def cli_message(error: AccredError, locale: str) -> str:
    """The core's sentence, then the command-line hint when there is one."""
    text = error.message(locale)
    hint = CLI_HINTS.get(error.code)
    if hint is None:
        return text
    return f"{text} {hint[0] if locale == 'vi' else hint[1]}"


class _Parser(argparse.ArgumentParser):
    """argparse that exits with 2 and one line (not the whole usage) on a usage error."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USAGE, f"{self.prog}: lỗi cú pháp / usage error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="accred", description=DESCRIPTION)
    parser.add_argument("--version", action="version", version=f"accred {app_version()}")
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help=f"SQLite file or postgresql+psycopg:// URL (env {config.DB_ENV}; default: a file in the "
        "user data folder)",
    )
    parser.add_argument("--json", action="store_true", help="machine-readable output on stdout")
    parser.add_argument(
        "--user",
        metavar="NAME",
        help="officer to act as (env ACCRED_USER); password from the prompt or the file named by "
        "ACCRED_PASSWORD_FILE",
    )
    parser.add_argument(
        "--lang",
        choices=["vi", "en"],
        default=None,
        help="message language (default vi; env ACCRED_LOCALE)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    commands.required = True
    for module in (
        registry,
        passes,
        checkpoint,
        station,
        access,
        reports,
        admin,
        exchange,
        privacy,
    ):
        module.register_commands(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    arguments = list(sys.argv[1:] if argv is None else argv)
    if any("\x00" in argument for argument in arguments):  # no shell can pass one; paths choke
        parser.error("đối số chứa ký tự NUL / an argument contains a NUL character")
    args = parser.parse_args(arguments)
    locale = args.lang or config.ui_locale()
    context = Context(args=args, locale=locale, json_output=args.json)
    handler: Handler = args.handler
    try:
        return handler(context)
    except AccredError as error:
        context.warn(cli_message(error, locale))
        return error.exit_code if error.exit_code in (EXIT_ERROR,) else EXIT_ERROR
    except KeyboardInterrupt:
        context.warn("Đã dừng / interrupted")
        return 130
    except BrokenPipeError:
        return 0
    except OSError as error:  # a file the officer named: a folder, a missing folder, no space…
        context.warn(
            render(
                "file_unusable",
                locale,
                {"path": error.filename or "?", "detail": error.strerror or str(error)},
            )
        )
        return EXIT_ERROR
    except Exception as error:  # a bug must still end in one clear line, not a traceback
        context.warn(
            render(
                "internal",
                locale,  # one line: driver errors carry newlines (the SQL) in their text
                {"detail": " ".join(f"{type(error).__name__}: {error}".split())[:300]},
            )
        )
        return EXIT_INTERNAL
    finally:
        context.close()


def entry_point() -> None:
    sys.exit(main())


if __name__ == "__main__":
    entry_point()
