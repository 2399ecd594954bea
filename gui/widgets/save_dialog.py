"""Where save dialogs start: the folder the user last saved to in this window, else the runs folder; never the
home folder (or the folder the app was started from), where a class loses its files among everything else."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget


def ask_save_path(parent: QWidget, state, title: str, name: str, filters: str, selected: str = "") -> tuple[str, str]:
    """QFileDialog.getSaveFileName starting at ``name`` in that folder; ``state`` (the AppState) remembers the
    folder chosen. Returns (path, chosen filter); path is "" when cancelled."""
    folder = state.save_folder or state.runs_root
    path, chosen = QFileDialog.getSaveFileName(parent, title, str(Path(folder) / name), filters, selected)
    if path:
        state.save_folder = Path(path).parent
    return path, chosen
