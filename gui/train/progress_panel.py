"""Stat tiles (epoch, learning rate, losses, accuracies, speed), the run's progress bar and a status line."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QBoxLayout, QFrame, QLabel, QProgressBar, QVBoxLayout, QWidget

from core.events import BatchEnd, EpochEnd, Paused, Progress, RunFailed, RunFinished, RunStarted
from gui.widgets.live_text import LiveText
from gui.widgets.reflow_grid import ReflowGrid
from gui.theme import mark_caption
from gui.train.status_line import StatusLine
from gui.train.live_plots import REFRESH_MS
from gui.widgets.retranslating import Retranslating, Words
from gui.messages import say

PROGRESS_STEPS = 1000
STATUS_BESIDE_BAR = 560  # px: a narrower panel puts the status line under the progress bar


def fmt_duration(seconds: float) -> str:
    if seconds is None or not math.isfinite(seconds):
        return "…"
    seconds = int(round(seconds))
    h, rest = divmod(seconds, 3600)
    return f"{h}:{rest // 60:02d}:{rest % 60:02d}" if h else f"{rest // 60}:{rest % 60:02d}"


def fmt_loss(value: float) -> str:
    """Four decimals, or three significant digits for a diverging loss ("5.1e+18"): the tile holds 8 characters."""
    return f"{value:.4f}" if abs(value) < 1e4 or not math.isfinite(value) else f"{value:.3g}"


def fmt_pct(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.2f} %"


class ProgressPanel(Retranslating, QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._values: dict[str, QLabel] = {}
        self._captions: dict[str, QLabel] = {}
        # one row of six, or rows of three or two beside an open lesson on a 1024x768 projector
        self.tiles = ReflowGrid([self._tile(key) for key in self._tile_texts()], (6, 3, 2), objectName="statTiles")
        self.bar = QProgressBar(self)
        self.bar.setObjectName("progressBar")
        self.bar.setRange(0, PROGRESS_STEPS)
        self.bar.setTextVisible(True)
        self.bar.setFormat("%p %")
        status_line = StatusLine(self)
        self.status = status_line.label
        self.status.setObjectName("statusLabel")
        self.status.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self._status = LiveText(status_line.set_text)  # made again from its data after a language switch
        self._status_tip = LiveText(self.status.setToolTip)
        self._speed = LiveText(self._values["speed"].setText)  # "7.8 s": its unit in the user's language
        self._speed_tip = LiveText(self._values["speed"].setToolTip)
        row = self._bar_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)  # the status under the bar when narrow
        row.addWidget(self.bar, 2)
        row.addWidget(status_line, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tiles)
        layout.addLayout(row)
        self._epochs, self._batches, self._start_epoch = 1, 1, 1
        # batch news is shown at most 4 times a second, in step with the plots: each text change re-lays
        # out the window, and on 2 cores that time comes out of training
        self._latest: tuple[BatchEnd, float | None] | None = None
        self._batch_timer = QTimer(self, singleShot=True, interval=REFRESH_MS)
        self._batch_timer.timeout.connect(self._show_batch)
        self.reset()
        self.retranslate()

    def _tile_texts(self) -> dict[str, tuple[str, str]]:
        """key -> (title, tooltip); built from data so adding a tile is one line"""
        return {
            "epoch": (
                self.tr("Epoch"),
                self.tr("The current pass over the training images, of the total you asked for."),
            ),
            "lr": (
                self.tr("Learning rate"),
                self.tr("The step size the optimizer uses right now; a schedule changes it during the run."),
            ),
            "train_loss": (
                self.tr("Train loss"),
                self.tr("Average loss on the training batches (smoothed while an epoch runs). Lower is better."),
            ),
            "val_acc": (
                self.tr("Val accuracy"),
                self.tr("Share of the held-out validation images classified correctly after the last epoch."),
            ),
            "test_acc": (
                self.tr("Test accuracy"),
                self.tr("Share of the test images classified correctly after the last epoch: the number to report."),
            ),
            "speed": (
                self.tr("s / epoch"),
                self.tr("Seconds one epoch took (training and evaluation); hover for images per second."),
            ),
        }

    def retranslate(self) -> None:
        for key, (title, tip) in self._tile_texts().items():
            self._captions[key].setText(title)
            self._captions[key].parentWidget().setToolTip(tip)
            self._values[key].setAccessibleName(title)
        self.bar.setAccessibleName(self.tr("Training progress"))
        self.bar.setToolTip(self.tr("How much of the whole run is done (all epochs)."))
        self.status.setAccessibleName(self.tr("Training status"))
        self._status.retranslate()
        self._status_tip.retranslate()
        self._speed.retranslate()
        self._speed_tip.retranslate()

    def _tile(self, key: str) -> QFrame:
        tile = QFrame(self)
        tile.setObjectName(f"tile_{key}")
        tile.setFrameShape(QFrame.StyledPanel)
        tile.setStyleSheet(
            f"QFrame#tile_{key} {{ background: palette(base); border: 1px solid palette(mid); border-radius: 6px; }}"
        )
        self._captions[key] = caption = QLabel(tile)
        mark_caption(caption)
        value = QLabel("–", tile)
        value.setObjectName(f"{key}Value")
        font = value.font()
        font.setPointSize(14)
        font.setWeight(QFont.DemiBold)
        value.setFont(font)
        # A fixed size stops each new number from re-laying out the whole window (Qt propagates size changes
        # of a label up to the top level, and repaints the plots on the way).
        metrics = QFontMetrics(font)
        value.setFixedSize(metrics.horizontalAdvance("100.00 %") + 6, metrics.height() + 2)
        layout = QVBoxLayout(tile)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(0)
        layout.addWidget(caption)
        layout.addWidget(value)
        self._values[key] = value
        return tile

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """Beside an open lesson the status line gets the full width under the bar: two lines hold it there."""
        narrow = self.width() < STATUS_BESIDE_BAR
        self._bar_row.setDirection(QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight)
        super().resizeEvent(event)

    def value(self, key: str) -> str:
        return self._values[key].text()

    def _set(self, **values: str) -> None:
        for key, text in values.items():
            self._values[key].setText(text)

    def _show_seconds(self, seconds: float | None) -> None:
        self._speed.show(lambda: "–" if seconds is None else self.tr("{s:.1f} s").format(s=seconds))

    def reset(self, status: Words | None = None) -> None:
        """Empty tiles and bar; ``status`` writes the status line (in the language of the moment)."""
        self._batch_timer.stop()
        self._set(**{key: "–" for key in self._values})
        self._show_seconds(None)
        self._status_tip.show(lambda: "")
        self.bar.setRange(0, PROGRESS_STEPS)
        self.bar.setValue(0)
        self._status.show(
            status or (lambda: self.tr("Ready. Choose settings on the left and press Start (Ctrl+Enter)."))
        )

    def show_saved(self, history, epochs: int, status: Words) -> None:
        """A saved run: its last epoch's numbers in the tiles, its share of the planned epochs in the bar."""
        self.reset(status)
        if not history:
            return
        m = history[-1]
        self._set(
            epoch=f"{m.epoch}/{epochs}",
            train_loss=fmt_loss(m.train_loss),
            val_acc=fmt_pct(m.val_acc),
            test_acc=fmt_pct(m.test_acc),
            lr=f"{m.lr:.3g}" if m.lr is not None else "–",
        )
        self._show_seconds(m.seconds)
        self.bar.setValue(int(PROGRESS_STEPS * min(m.epoch / max(epochs, 1), 1.0)))

    def on_progress(self, event: Progress) -> None:
        if event.total:
            self.bar.setRange(0, PROGRESS_STEPS)
            self.bar.setValue(int(PROGRESS_STEPS * min(event.done / event.total, 1.0)))
            unit = 2**20
            amount = lambda: (  # noqa: E731
                self.tr(" ({d:.1f} of {t:.1f} MB)").format(d=event.done / unit, t=event.total / unit)
                if event.total > 10_000
                else f" ({event.done}/{event.total})"
            )
            self._status.show(lambda: say(event.message) + amount())
        else:
            self.bar.setRange(0, 0)  # busy indicator: we do not know how long loading takes
            self._status.show(lambda: say(event.message))

    def on_started(self, event: RunStarted) -> None:
        self._epochs = event.config.epochs
        self._batches, self._start_epoch = max(event.batches_per_epoch, 1), event.start_epoch
        self.bar.setRange(0, PROGRESS_STEPS)
        self.bar.setValue(int(PROGRESS_STEPS * (event.start_epoch - 1) / self._epochs))
        self._set(epoch=f"{event.start_epoch}/{self._epochs}", lr=f"{event.config.lr:.3g}")
        self._status.show(
            lambda: self.tr(
                "Training on {device}: {n:,} training, {v:,} validation and {t:,} test images, {p:,} weights."
            ).format(device=event.device, n=event.num_train, v=event.num_val, t=event.num_test, p=event.params)
        )

    def on_batches(self, events: list[BatchEnd], smoothed_loss: float | None = None) -> None:
        self._latest = (events[-1], smoothed_loss)
        if not self._batch_timer.isActive():
            self._batch_timer.start()

    def _show_batch(self) -> None:
        if self._latest is None:
            return
        last, smoothed_loss = self._latest
        done = (last.epoch - 1) * last.batches + last.batch
        self.bar.setValue(int(PROGRESS_STEPS * done / (self._epochs * last.batches)))
        self._set(
            epoch=f"{last.epoch}/{self._epochs}",
            lr=f"{last.lr:.3g}",
            train_loss=fmt_loss(smoothed_loss if smoothed_loss is not None else last.loss),
        )
        epochs = self._epochs
        self._status.show(
            lambda: self.tr("Epoch {e}/{E} · batch {b}/{B} · {ips:,.0f} images/s · ETA {eta}").format(
                e=last.epoch, E=epochs, b=last.batch, B=last.batches, ips=last.images_per_s, eta=fmt_duration(last.eta)
            )
        )

    def on_epoch(self, event: EpochEnd) -> None:
        m = event.metrics
        self._set(
            epoch=f"{m.epoch}/{event.epochs}",
            train_loss=fmt_loss(m.train_loss),
            val_acc=fmt_pct(m.val_acc),
            test_acc=fmt_pct(m.test_acc),
            lr=f"{m.lr:.3g}",
        )
        self._show_seconds(m.seconds)
        self._speed_tip.show(lambda: self.tr("{ips:,.0f} training images per second").format(ips=m.images_per_s))
        self.bar.setValue(int(PROGRESS_STEPS * m.epoch / event.epochs))

    def on_paused(self, event: Paused) -> None:
        self._batch_timer.stop()
        where = lambda: (  # noqa: E731
            self.tr("after epoch {e}").format(e=event.epoch - 1)
            if event.batch == 0
            else self.tr("at epoch {e}, batch {b}").format(e=event.epoch, b=event.batch)
        )
        self._status.show(
            lambda: self.tr("Paused {where}. Press Space or Resume to go on, or Step for one more epoch.").format(
                where=where()
            )
        )

    def set_status(self, text: Words) -> None:
        """``text`` writes the status line, now and again after a language switch."""
        self._batch_timer.stop()  # a pending batch line would overwrite this news
        self._status.show(text)

    def on_finished(self, event: RunFinished | RunFailed) -> None:
        self._batch_timer.stop()
        self.bar.setRange(0, PROGRESS_STEPS)
        if isinstance(event, RunFinished):
            self.bar.setValue(PROGRESS_STEPS)
            # without its folder's name: one long word that no narrow line can hold (the run log says where)
            self._status.show(
                lambda: self.tr("Finished in {t}; epochs trained: %n.", "", len(event.history)).format(
                    t=fmt_duration(event.seconds)
                )
            )
            self._status_tip.show(lambda: self.tr("Saved in {dir}").format(dir=event.run_dir))
        elif event.kind == "stopped":
            self._status.show(lambda: self.tr("Stopped. Finished epochs saved: %n.", "", len(event.history)))
        else:
            self._status.show(lambda: self.tr("Failed: {msg}").format(msg=say(event.message)))
