"""Entry script of the standalone build (PyInstaller runs this as __main__)."""

from gui.__main__ import main_cli

main_cli()
