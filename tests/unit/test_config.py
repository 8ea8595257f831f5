"""Which database the desk and the CLI open: ``--db``, ``ACCRED_DB``, the location saved in the
window's settings, the default file — in that order."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from accred_app import config


def test_the_saved_location_comes_after_the_option_and_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    default = config.default_database()
    assert config.database_target() == default
    assert config.database_origin() == config.FROM_DEFAULT
    chosen = str(tmp_path / "chung.sqlite")
    config.save_database(chosen)
    assert config.saved_database() == chosen
    assert config.database_target() == chosen and config.database_origin() == config.FROM_SAVED
    monkeypatch.setenv("ACCRED_DB", str(tmp_path / "env.sqlite"))
    assert config.database_target() == str(tmp_path / "env.sqlite")
    assert config.database_origin() == config.FROM_ENVIRONMENT
    assert config.database_target("x.sqlite") == "x.sqlite"
    assert config.database_origin("x.sqlite") == config.FROM_OPTION
    monkeypatch.delenv("ACCRED_DB")
    config.save_database(None)
    assert config.saved_database() is None and config.database_target() == default


def test_the_config_file_is_private_and_a_damaged_one_is_ignored() -> None:
    url = "postgresql+psycopg://desk:mat-khau@10.0.0.5/accred"
    config.save_database(url)
    path = config.config_dir() / config.CONFIG_FILENAME
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert config.saved_database() == url
    path.write_text("{not json", encoding="utf-8")
    assert config.saved_database() is None
    assert config.database_target() == config.default_database()


def test_the_cli_opens_the_saved_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from accred_app.cli import main

    chosen = tmp_path / "da-chon.sqlite"
    config.save_database(str(chosen))
    assert main(["init", "--admin-password-file", str(_password(tmp_path))]) == 0
    assert chosen.is_file()


def _password(tmp_path: Path) -> Path:
    path = tmp_path / "pw"
    path.write_text("mat-khau-quan-tri-1", encoding="utf-8")
    return path
