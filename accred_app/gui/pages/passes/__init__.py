"""Thẻ tác nghiệp: the passes page, and the dialogs that issue, revoke and print passes (the
reporters page issues one from a record, the events page prepares a checkpoint laptop)."""

from accred_app.gui.pages.passes.page import PassesPage

PAGE = PassesPage

__all__ = ["PAGE", "PassesPage"]
