"""Báo cáo — the cooperation report and the checkpoint briefing sheet, previewed and saved."""

from accred_app.gui.pages.reports.page import ReportsPage

PAGE = ReportsPage
