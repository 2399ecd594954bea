"""How a sweep searches: the search method, the trial and time budgets, pruning, the study's name and storage."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
)

from gui.widgets.retranslating import Retranslating


class SearchSettings(Retranslating, QGroupBox):
    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.search, self.pruner = QComboBox(objectName="sweepSearch"), QComboBox(objectName="sweepPruner")
        for combo, keys in ((self.search, ("tpe", "random", "grid")), (self.pruner, ("none", "median", "halving"))):
            for key in keys:
                combo.addItem("", key)
        self.use_trials = QCheckBox(objectName="sweepUseTrials", checked=True)
        self.trials = QSpinBox(objectName="sweepTrialsCount", minimum=1, maximum=1000, value=10)
        self.use_time = QCheckBox(objectName="sweepUseTime")
        self.minutes = QDoubleSpinBox(objectName="sweepMinutes", minimum=0.5, maximum=10_000, value=10, decimals=1)
        self.minutes.setEnabled(False)
        self.study = QLineEdit(objectName="sweepStudy")
        self.storage = QLineEdit(objectName="sweepStorage")
        self.labels = {key: QLabel(self) for key in ("search", "budget", "pruning", "study", "storage")}
        form = QFormLayout(self)
        form.addRow(self.labels["search"], self.search)
        budgets = ((self.labels["budget"], self.use_trials, self.trials), ("", self.use_time, self.minutes))
        for label, check, spin in budgets:
            row = QHBoxLayout()
            row.addWidget(check)
            row.addWidget(spin, 1)
            form.addRow(label, row)
            check.toggled.connect(spin.setEnabled)
            check.toggled.connect(self.changed)
        form.addRow(self.labels["pruning"], self.pruner)
        form.addRow(self.labels["study"], self.study)
        form.addRow(self.labels["storage"], self.storage)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("How to search"))
        for combo, texts in (
            (
                self.search,
                (
                    self.tr("Smart (TPE): learns from earlier trials"),
                    self.tr("Random"),
                    self.tr("Grid: every combination (ranges at 4 values)"),
                ),
            ),
            (
                self.pruner,
                (
                    self.tr("None: every trial runs all its epochs"),
                    self.tr("Median: stop trials below the median"),
                    self.tr("Successive halving: keep the best third"),
                ),
            ),
        ):
            for i, text in enumerate(texts):
                combo.setItemText(i, text)
        self.search.setToolTip(self.tr("How the next trial's settings are picked from the ranges above."))
        self.pruner.setToolTip(
            self.tr("Pruning stops a trial early when its accuracy after an epoch is behind the earlier trials'.")
        )
        self.use_trials.setText(self.tr("At most"))
        self.trials.setSuffix(self.tr(" trials"))
        self.use_time.setText(self.tr("At most"))
        self.minutes.setSuffix(self.tr(" minutes"))
        self.use_trials.setToolTip(self.tr("Stop the sweep after this many trials."))
        self.trials.setToolTip(self.use_trials.toolTip())
        self.use_time.setToolTip(self.tr("Stop the sweep after this many minutes."))
        self.minutes.setToolTip(self.use_time.toolTip())
        self.study.setPlaceholderText(self.tr("a new name for each sweep"))
        self.study.setToolTip(self.tr("The sweep's name: the same name continues an earlier sweep."))
        self.storage.setPlaceholderText(self.tr("sweeps.db in the runs folder"))
        self.storage.setToolTip(
            self.tr(
                "Where the trials are recorded (an Optuna storage URL). Give a lab's "
                "postgresql://user:password@host/db and the same study name on several computers, "
                "and they share the work."
            )
        )
        for key, text in (
            ("search", self.tr("Search")),
            ("budget", self.tr("Budget")),
            ("pruning", self.tr("Pruning")),
            ("study", self.tr("Study name")),
            ("storage", self.tr("Storage")),
        ):
            self.labels[key].setText(text)

    def has_budget(self) -> bool:
        return self.use_trials.isChecked() or self.use_time.isChecked()

    def study_name(self) -> str:
        return self.study.text().strip()

    def values(self) -> dict:
        """SweepSpec's fields from here: storage, sampler, pruner, n_trials, timeout."""
        return dict(
            storage=self.storage.text().strip() or None,
            sampler=self.search.currentData(),
            pruner=self.pruner.currentData(),
            n_trials=self.trials.value() if self.use_trials.isChecked() else None,
            timeout=self.minutes.value() * 60 if self.use_time.isChecked() else None,
        )

    def set_values(self, sampler: str, pruner: str, n_trials: int | None, timeout: float | None) -> None:
        self.search.setCurrentIndex(self.search.findData(sampler))
        self.pruner.setCurrentIndex(self.pruner.findData(pruner))
        self.use_trials.setChecked(n_trials is not None)
        self.trials.setValue(n_trials or self.trials.value())
        self.use_time.setChecked(timeout is not None)
        self.minutes.setValue((timeout or self.minutes.value() * 60) / 60)
