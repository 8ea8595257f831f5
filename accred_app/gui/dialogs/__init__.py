"""Dialogs of the desk: first-run set-up, sign-in."""
