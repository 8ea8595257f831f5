"""Cơ quan báo chí — the press agencies page."""

from accred_app.gui.pages.agencies.page import AgenciesPage

PAGE = AgenciesPage
