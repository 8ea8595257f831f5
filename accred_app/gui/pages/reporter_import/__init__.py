"""Nhập danh sách phóng viên — importing an agency's list of reporters, previewed first."""

from accred_app.gui.pages.reporter_import.page import ReporterImportPage

PAGE = ReporterImportPage
