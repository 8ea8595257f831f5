"""Cán bộ — officer accounts and the signing key (administrators only)."""

from accred_app.gui.pages.officers.page import OfficersPage

PAGE = OfficersPage
