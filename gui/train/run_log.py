"""The run log: one line per epoch plus the start and the end of each run, selectable and copyable."""

from __future__ import annotations

import time
from collections import deque

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from core.events import EpochMetrics
from gui.widgets.retranslating import Retranslating, Words, say

MAX_LINES = 5000  # a long session stays cheap: old lines scroll away


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.1f}%"


class RunLog(Retranslating, QPlainTextEdit):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("runLog")
        self._entries: deque[tuple[str, Words]] = deque(maxlen=MAX_LINES)  # (time, writes the line)
        self.setReadOnly(True)
        self.setMaximumBlockCount(MAX_LINES)
        font = QFontDatabase.systemFont(QFontDatabase.FixedFont)
        font.setPointSize(max(font.pointSize() - 1, 8))
        self.setFont(font)
        self.setLineWrapMode(QPlainTextEdit.WidgetWidth)  # the side pane is narrow; no sideways scrolling
        self._follow = True  # the newest line stays in view until the user scrolls up to read older ones
        bar = self.verticalScrollBar()
        bar.actionTriggered.connect(lambda _action: QTimer.singleShot(0, self._note_user_scroll))
        self.retranslate()

    def retranslate(self) -> None:
        """The log is written again from what each line was made of, in the language now installed."""
        self.setAccessibleName(self.tr("Run log"))
        self.setPlaceholderText(
            self.tr("Each finished epoch adds a line here: losses, accuracies, learning rate and time.")
        )
        self.setToolTip(
            self.tr(
                "One line per epoch. Watch the validation accuracy: when it stops rising "
                "while the training accuracy keeps climbing, the network is memorising "
                "(overfitting)."
            )
        )
        if self._entries:
            self.setPlainText("\n".join(self._line(*entry) for entry in self._entries))
            self.moveCursor(self.textCursor().MoveOperation.End)

    def _note_user_scroll(self) -> None:
        bar = self.verticalScrollBar()
        self._follow = bar.value() >= bar.maximum()

    def appendPlainText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        """Qt follows new lines only when the view was at the very end; rewrapping after a resize or lines added
        while the tab was hidden leave it a line short, and from then on it never follows again."""
        super().appendPlainText(text)
        self._scroll_to_end()

    def _scroll_to_end(self) -> None:
        if self._follow:
            bar = self.verticalScrollBar()
            bar.setValue(bar.maximum())

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._scroll_to_end()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        QTimer.singleShot(0, self._scroll_to_end)  # after the layout has given the log its size

    @staticmethod
    def _line(stamp: str, words: Words) -> str:
        return f"{stamp}  {say(words)}" if stamp else say(words)  # an epoch's lines go without a time

    def add(self, words: Words) -> None:
        """A line with the time; ``words`` says it (again after a language switch)."""
        self._append(time.strftime("%H:%M:%S"), words)

    def _append(self, stamp: str, words: Words) -> None:
        self._entries.append((stamp, words))
        self.appendPlainText(self._line(stamp, words))

    def add_epoch(self, m: EpochMetrics, total_epochs: int, is_best: bool = False) -> None:
        """Three short lines, so they fit the narrow side pane without wrapping."""
        loss = "–" if m.val_loss is None else f"{m.val_loss:.4f}"
        self._append(
            "",
            lambda: "\n".join(
                [
                    self.tr("epoch {e}/{n}  {s:.1f} s  lr {lr:.3g}").format(
                        e=m.epoch, n=total_epochs, s=m.seconds, lr=m.lr
                    )
                    + (self.tr("  ★ best") if is_best else ""),
                    self.tr("  loss  train {t:.4f}  val {v}").format(t=m.train_loss, v=loss),
                    self.tr("  acc   train {t}  val {v}  test {te}").format(
                        t=_pct(m.train_acc), v=_pct(m.val_acc), te=_pct(m.test_acc)
                    ),
                ]
            ),
        )

    def lines(self) -> list[str]:
        return self.toPlainText().splitlines()
