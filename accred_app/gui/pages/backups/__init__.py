"""Sao lưu — backups of the database file, and restore."""

from accred_app.gui.pages.backups.page import BackupsPage

PAGE = BackupsPage
