"""The pages of the desk window, in the order of the side navigation.

Adding a page: its folder ``pages/<feature>/`` (a :class:`~accred_app.gui.pages.base.Page`
subclass exported as ``PAGE``) and one line here. The main window shows the pages whose
``permission`` the signed-in officer has.
"""

from __future__ import annotations

from accred_app.gui.pages.base import Page


def page_classes() -> list[type[Page]]:
    """Imported on demand, so the sign-in dialog does not wait for every page's module."""
    from accred_app.gui.pages import (
        access,
        agencies,
        audit,
        backups,
        events,
        officers,
        passes,
        privacy,
        reporter_import,
        reporters,
        reports,
        settings,
        units,
    )

    return [
        reporters.PAGE,
        passes.PAGE,
        agencies.PAGE,
        units.PAGE,
        events.PAGE,
        access.PAGE,
        reports.PAGE,
        reporter_import.PAGE,
        officers.PAGE,
        audit.PAGE,
        backups.PAGE,
        privacy.PAGE,
        settings.PAGE,
    ]
