"""Đơn vị — the police units page (a tree)."""

from accred_app.gui.pages.units.page import UnitsPage

PAGE = UnitsPage
