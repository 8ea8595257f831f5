"""Packaging beyond what pyproject.toml can say: ``resources/`` (fonts, icons, translations,
sounds) and ``docs/`` (the user guide and its screenshots) live at the top of the source tree but
must travel inside the installed package, where ``accred_app/paths.py`` looks for them when there
is no checkout around (an installed wheel)."""

from setuptools import find_packages, setup

SHIPPED_FOLDERS = {"accred_app.resources": "resources", "accred_app.docs": "docs"}

setup(
    packages=[*find_packages(include=["accred_app", "accred_app.*"]), *SHIPPED_FOLDERS],
    package_dir=SHIPPED_FOLDERS,
    package_data={
        "accred_app": ["migrations/*.py", "migrations/*.mako", "migrations/versions/*.py"],
        "accred_app.resources": ["**/*"],
        "accred_app.docs": ["*.md", "screenshots/*.png"],
    },
)
