"""Nhật ký tiếp cận — the access log page."""

from accred_app.gui.pages.access.page import AccessLogPage

PAGE = AccessLogPage
