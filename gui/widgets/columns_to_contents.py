"""A table's columns as wide as what they hold, measured when that changes, not at every layout.

QHeaderView's ResizeToContents measures every header and cell again at each layout of the table: each time its
tab is shown. With a model written in Python each measure is a call into Python (340 for the Runs tab's headers
alone, before any run was listed), and with training on the other core each call waits for the interpreter.
Measured once per change, the user may also widen a column by hand.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QHeaderView, QTableView

from gui.widgets.own_handlers import run_after


def fit_columns_to_contents(view: QTableView) -> None:
    """Call after ``view.setModel``."""
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    refit = QTimer(view, singleShot=True, interval=0)  # one measure for a burst of changes
    refit.timeout.connect(view.resizeColumnsToContents)
    model = view.model()
    for signal in (
        model.modelReset,
        model.rowsInserted,
        model.rowsRemoved,
        model.dataChanged,
        model.layoutChanged,
        model.headerDataChanged,
    ):
        signal.connect(refit.start)

    def changed(event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):  # projector mode: larger text
            refit.start()

    run_after(view, "changeEvent", changed)
    refit.start()
