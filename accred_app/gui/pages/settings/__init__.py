"""Cài đặt — organisation, language, database location."""

from accred_app.gui.pages.settings.page import SettingsPage

PAGE = SettingsPage
