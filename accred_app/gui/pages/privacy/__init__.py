"""Dữ liệu cá nhân — the retention period and the purge of reporters past it (administrators)."""

from accred_app.gui.pages.privacy.page import PrivacyPage

PAGE = PrivacyPage
