from accred_app.cli import entry_point

entry_point()
