"""Nhật ký thay đổi — the audit trail: its state and the changes."""

from accred_app.gui.pages.audit.page import AuditPage

PAGE = AuditPage
