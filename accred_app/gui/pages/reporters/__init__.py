"""Phóng viên — the reporter registry page."""

from accred_app.gui.pages.reporters.page import ReportersPage

PAGE = ReportersPage
