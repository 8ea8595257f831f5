from accred_app.core.storage.migrate import head_revision
from accred_app.migrations import HEAD_REVISION


def test_head_revision_constant_matches_the_migration_scripts() -> None:
    assert head_revision() == HEAD_REVISION
