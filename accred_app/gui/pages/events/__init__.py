"""Sự kiện & địa điểm — the events and standing sites page."""

from accred_app.gui.pages.events.page import EventsPage

PAGE = EventsPage
