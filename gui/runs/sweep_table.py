"""The live trials table of a sweep: one row per trial of the study (from every process that shares it)."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from core.sweep_events import TrialSummary
from gui.widgets.numbers import percent
from gui.messages import say
from gui.widgets.retranslating import Retranslating


def params_text(params: dict) -> str:
    return "  ".join(f"{k}={v:.3g}" if isinstance(v, float) else f"{k}={v}" for k, v in params.items())


class TrialsTable(Retranslating, QTableWidget):
    def __init__(self, parent=None):
        super().__init__(0, 5, parent)
        self.setObjectName("sweepTrials")
        self.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.Stretch)
        self._rows: dict[int, int] = {}  # trial number -> row
        self._started: dict[int, float] = {}  # running trials of this window: when they began
        self._state: dict[int, str] = {}  # trial number -> its state, as Optuna names it
        self._took: dict[int, float] = {}  # trial number -> seconds it has run
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Trials of the sweep"))
        self.setHorizontalHeaderLabels(
            [self.tr("#"), self.tr("Settings"), self.tr("State"), self.tr("Best accuracy"), self.tr("Duration")]
        )
        self.states = {
            "RUNNING": self.tr("running"),
            "COMPLETE": self.tr("finished"),
            "PRUNED": self.tr("pruned (stopped early)"),
            "FAIL": self.tr("failed"),
            "STOPPED": self.tr("stopped by you"),
            "WAITING": self.tr("waiting"),
        }
        for number, row in self._rows.items():
            state = self._state[number]
            self._cell(row, 2, self.states.get(state, state.lower()))
            if number in self._took:
                self._cell(row, 4, self._seconds(self._took[number]))

    def clear_trials(self) -> None:
        self.setRowCount(0)
        self._rows.clear()
        self._started.clear()
        self._state.clear()
        self._took.clear()

    def trial_started(self, number: int, params: dict) -> None:
        self._started[number] = time.monotonic()
        self.set_trial(TrialSummary(number, params, "RUNNING", None, None, None))

    def trial_epoch(self, number: int, curve: list[float]) -> None:
        """The running trial finished an epoch: its best accuracy so far and time so far."""
        row = self._rows.get(number)
        if row is not None:
            self._cell(row, 3, percent(max(curve)))
            self._took[number] = time.monotonic() - self._started.get(number, time.monotonic())
            self._cell(row, 4, self._seconds(self._took[number]))

    def set_trial(self, t: TrialSummary) -> None:
        row = self._rows.get(t.number)
        if row is None:
            row = self._rows[t.number] = self.rowCount()
            self.insertRow(row)
        best = t.best_seen
        self._state[t.number] = t.state
        if t.seconds is not None:
            self._took[t.number] = t.seconds
        values = [
            str(t.number),
            params_text(t.params),
            self.states.get(t.state, t.state.lower()),
            "" if best is None else percent(best),
            "" if t.seconds is None else self._seconds(t.seconds),
        ]
        for col, text in enumerate(values):
            self._cell(row, col, text)
        self.item(row, 2).setToolTip(say(t.message) if t.message else (t.run_dir or ""))
        self.item(row, 1).setToolTip(t.run_dir or "")

    def set_study(self, trials: tuple[TrialSummary, ...]) -> None:
        for t in trials:
            self.set_trial(t)

    def state_of(self, number: int) -> str:
        row = self._rows.get(number)
        return self.item(row, 2).text() if row is not None else ""

    def _cell(self, row: int, col: int, text: str) -> None:
        item = self.item(row, col)
        if item is None:
            item = QTableWidgetItem()
            item.setTextAlignment(Qt.AlignVCenter | (Qt.AlignLeft if col == 1 else Qt.AlignRight))
            self.setItem(row, col, item)
        item.setText(text)

    def _seconds(self, s: float) -> str:
        return self.tr("{s:.1f} s").format(s=s) if s < 120 else self.tr("{m:.1f} min").format(m=s / 60)
