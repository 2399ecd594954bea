"""What ticks a lesson step by itself, chosen from lists: nothing (the student presses Next), something that
happens (a run finished ...), a setting (activation == relu) or a result (test_acc >= 0.8). The lesson file
keeps the check as its short sentence (``core.lesson_checks``); this widget reads and writes that sentence.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QWidget

from core.config import SETTINGS
from core.lesson_checks import EVENTS, METRICS, OPERATORS, CheckError, parse_check
from gui.widgets.retranslating import Retranslating
from gui.widgets.setting_labels import SettingLabels

KINDS = ("next", "event", "setting", "metric")
IS_SET = "is set"


class ConditionEdit(Retranslating, QWidget):
    changed = Signal()  # the sentence it makes changed

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.kind = QComboBox(objectName="checkKind")
        self.subject = QComboBox(objectName="checkSubject")
        self.op = QComboBox(objectName="checkOp")
        self.value = QLineEdit(objectName="checkValue")
        self.problem = QLabel(objectName="checkProblem", wordWrap=True)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.hide()
        for combo in (self.kind, self.subject):  # long labels must not squeeze the value out of the row
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        self.value.setMinimumWidth(self.fontMetrics().horizontalAdvance("lenet3x3") + 24)
        for code in KINDS:
            self.kind.addItem("", code)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.kind, 0, 0, 1, 3)
        grid.addWidget(self.subject, 1, 0)
        grid.addWidget(self.op, 1, 1)
        grid.addWidget(self.value, 1, 2)
        grid.addWidget(self.problem, 2, 0, 1, 3)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(2, 2)
        self.kind.currentIndexChanged.connect(self._kind_chosen)
        self.subject.currentIndexChanged.connect(self.changed)
        self.op.currentIndexChanged.connect(self._op_chosen)
        self.value.textEdited.connect(self.changed)
        self.retranslate()
        self._kind_chosen()

    def retranslate(self) -> None:
        names = {
            "next": self.tr("None: the student presses Next"),
            "event": self.tr("When something happens"),
            "setting": self.tr("When a setting is"),
            "metric": self.tr("When a result reaches"),
        }
        for i in range(self.kind.count()):
            self.kind.setItemText(i, names[self.kind.itemData(i)])
        self.kind.setToolTip(self.tr("What ticks this step by itself"))
        self.value.setPlaceholderText(self.tr("value"))
        self.value.setToolTip(
            self.tr(
                "A setting's value as the lesson file writes it (relu, 0.5, on), "
                "or a result: accuracy as a share, 0.8 for 80 %"
            )
        )
        self._fill_subjects(self.subject.currentData())

    # -- the sentence ---------------------------------------------------------------------------------------------
    def set_source(self, source: str | None) -> None:
        """Show the check ``source`` (None or "": none). A comparison whose value does not fit still shows its
        subject, operator and value, so the teacher sees what to correct."""
        try:
            check = parse_check(source) if source else None
            parts = (check.kind, check.subject, check.op, check.value) if check is not None else None
        except CheckError:
            parts = _comparison(source)
        kind = parts[0] if parts is not None else "next"
        self.kind.setCurrentIndex(KINDS.index(kind))
        self._kind_chosen()
        if parts is not None:
            _, subject, op, value = parts
            self.subject.setCurrentIndex(max(0, self.subject.findData(subject)))
            if kind != "event":
                self.op.setCurrentIndex(max(0, self.op.findData(op)))
                self.value.setText("" if op == IS_SET else _written(value))
        self._op_chosen()

    def source(self) -> str | None:
        """The check as the lesson file writes it; None when the student presses Next."""
        kind, subject, op = self.kind.currentData(), self.subject.currentData(), self.op.currentData()
        if kind == "next":
            return None
        if kind == "event":
            return f"a {subject}"
        return f"{subject} {IS_SET}" if op == IS_SET else f"{subject} {op} {self.value.text().strip()}"

    def problem_text(self) -> str:
        """Why the check on show cannot be a check, in the user's language; "" when it can."""
        return self.problem_of(self.source())

    def problem_of(self, source: str | None) -> str:
        """Why ``source`` (a step's check as written) cannot be a check; "" when it can or there is none."""
        if source is None:
            return ""
        comparison = _comparison(source)
        if comparison is not None and not comparison[3]:
            return self.tr("Write the value to compare with.")
        try:
            parse_check(source)
        except CheckError:
            return self.tr("This value does not fit: for a setting write one of its values, for a result a number.")
        return ""

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    # -- the lists ------------------------------------------------------------------------------------------------
    def _kind_chosen(self) -> None:
        self._fill_subjects(None)
        kind = self.kind.currentData()
        self.op.blockSignals(True)
        self.op.clear()
        for op in OPERATORS:
            self.op.addItem(op, op)
        if kind == "setting":
            self.op.addItem(self.tr("is set"), IS_SET)
        self.op.blockSignals(False)
        for widget in (self.subject, self.op, self.value):
            widget.setVisible(kind != "next")
        self.op.setVisible(kind in ("setting", "metric"))
        self.value.setVisible(kind in ("setting", "metric"))
        self.show_problem("")
        self.changed.emit()

    def _op_chosen(self) -> None:
        self.value.setEnabled(self.op.currentData() != IS_SET)
        self.changed.emit()

    def _fill_subjects(self, keep: str | None) -> None:
        kind = self.kind.currentData()
        labels = {"event": self._event_labels, "setting": self._setting_labels, "metric": self._metric_labels}
        choices = labels[kind]() if kind in labels else {}
        self.subject.blockSignals(True)
        self.subject.clear()
        for code, label in choices.items():
            self.subject.addItem(label, code)
        self.subject.setCurrentIndex(max(0, self.subject.findData(keep)))
        self.subject.blockSignals(False)

    def _event_labels(self) -> dict[str, str]:
        words = {
            "run started": self.tr("a run started"),
            "epoch ended": self.tr("an epoch ended"),
            "run finished": self.tr("a run finished"),
            "run stopped": self.tr("a run was stopped"),
            "run diverged": self.tr("the run diverged"),
            "run ended": self.tr("a run ended (finished, stopped or failed)"),
        }
        return {name: words.get(name, name) for name in EVENTS.names()}

    def _setting_labels(self) -> dict[str, str]:
        labels = SettingLabels().labels()
        return {name: f"{labels.get(name, name)} ({name})" for name in SETTINGS}

    def _metric_labels(self) -> dict[str, str]:
        words = {
            "train_loss": self.tr("Training loss"),
            "train_acc": self.tr("Training accuracy"),
            "val_loss": self.tr("Validation loss"),
            "val_acc": self.tr("Validation accuracy"),
            "test_loss": self.tr("Test loss"),
            "test_acc": self.tr("Test accuracy"),
            "lr": self.tr("Learning rate"),
            "images_per_s": self.tr("Images per second"),
            "seconds": self.tr("Seconds per epoch"),
        }
        return {name: f"{words.get(name, name)} ({name})" for name in METRICS}


def _comparison(source: str | None) -> tuple[str, str, str, str] | None:
    found = re.match(r"^\s*([a-z_]+)\s*(==|!=|>=|<=|>|<)\s*(.*)$", source or "")
    if found is None or found.group(1) not in (*SETTINGS, *METRICS):
        return None
    name, op, value = found.groups()
    return ("setting" if name in SETTINGS else "metric"), name, op, value.strip()


def _written(value: object) -> str:
    words = {True: "on", False: "off", None: "none"}
    return words[value] if isinstance(value, bool) or value is None else str(value)
