"""A grid of dataset images: labelled training samples before a run, predictions on test images after each epoch.

``load_samples`` is a plain function for the background executor: it loads the dataset exactly as the
Trainer does (same root, folder, size and seed, so the test set is in the same order and ``test_pred``
indices match) and keeps only a few hundred small images.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Callable

import numpy as np
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QCheckBox, QToolTip, QWidget

from gui.widgets.caption_grid import WRAP, GridCells, fit_cells
from gui.widgets.image_utils import to_qimage
from gui.core_texts import core_tr
from gui.widgets.painted_once import PaintedOnce
from gui.widgets.retranslating import Retranslating, Words, say
from core.messages import Message
from gui.messages import say as say_message

TEST_POOL = 256  # test images kept for the prediction view
SHOWN = 32  # cells in the grid
TITLE_ROOM = 150  # px the title needs beside the check box; less puts the box under it
WRONG, RIGHT = QColor("#d62728"), QColor("#2a7d2a")


@dataclass(frozen=True)
class Samples:
    dataset: str
    class_names: tuple[str, ...]
    train_x: np.ndarray  # uint8 [n, C, H, W]
    train_y: np.ndarray
    test_idx: np.ndarray  # positions in the full test set, to index EpochEnd.test_pred
    test_x: np.ndarray
    test_y: np.ndarray


def load_samples(
    name: str,
    root: Path,
    folder: str | None = None,
    image_size: int | None = None,
    seed: int = 0,
    cancel: threading.Event | None = None,
) -> Samples:
    """Runs on a worker thread. Never downloads: a dataset that needs one is previewed after Start."""
    from core import data

    loaded = data.load(
        name,
        root,
        folder=Path(folder) if folder else None,
        image_size=image_size,
        download=False,
        cancel=cancel,
        seed=seed,
    )
    train_y = loaded.train_y.numpy()
    per_class = max(1, SHOWN // max(len(loaded.spec.class_names), 1))
    picks = np.concatenate([np.flatnonzero(train_y == c)[:per_class] for c in np.unique(train_y)])[:SHOWN]
    rng = np.random.default_rng(seed)
    test_idx = np.sort(rng.choice(len(loaded.test_y), size=min(TEST_POOL, len(loaded.test_y)), replace=False))
    return Samples(
        name,
        tuple(loaded.spec.class_names),
        loaded.train_x[picks].numpy(),
        train_y[picks],
        test_idx,
        loaded.test_x[test_idx].numpy(),
        loaded.test_y.numpy()[test_idx],
    )


GridWords = Callable[[], tuple[str, list[str], list[str]]]  # says (title, captions, details) from the data


class SampleGrid(PaintedOnce, Retranslating, QWidget):
    def __init__(self, jobs, parent: QWidget | None = None):
        super().__init__(parent)
        self.jobs, self.key = jobs, None  # a gui.jobs.Jobs; the data key of the samples shown
        self.setObjectName("sampleGrid")
        self.setMinimumSize(112, 200)  # beside the curves and an open lesson on a 1024x768 projector
        self.setMouseTracking(True)
        self.mistakes = QCheckBox(self)
        self.mistakes.setObjectName("mistakesCheck")
        self.mistakes.toggled.connect(self._rerender)
        self.mistakes.setVisible(False)
        self.samples: Samples | None = None
        self._pred = self._conf = None
        self._images: list[QImage] = []
        self._captions: list[str] = []
        self._details: list[str] = []
        self._wrong: list[bool | None] = []
        self.title = ""
        self._words: GridWords = lambda: (self.tr("Sample images appear here."), [], [])
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Sample images"))
        self.mistakes.setText(self.tr("Mistakes first"))
        self.mistakes.setAccessibleName(self.tr("Show mistakes first"))
        self.mistakes.setToolTip(
            self.tr(
                "Put the wrongly classified test images first: looking at what the "
                "network gets wrong often tells more than the accuracy."
            )
        )
        self.title, self._captions, self._details = self._words()  # the painted words, from their data
        self.repaint_content()

    # -- what to show ---------------------------------------------------------------------------------------
    def load(self, key: tuple) -> None:
        """Preview key = (dataset, root, folder, image_size, seed), loaded in the background."""
        from core import data

        dataset, root, folder, image_size, seed = key
        state = data.availability(dataset, Path(root)) if dataset in data.DATASETS else "unknown"
        if state in ("needs download", "choose a folder", "unknown") or (dataset == "folder" and not folder):
            self.clear(lambda: self.tr("Sample images appear once the data is on this computer (press Start)."))
            return
        self.clear(lambda: self.tr("Loading sample images…"))
        self.jobs.submit_task(
            "samples",
            lambda ctx: load_samples(dataset, Path(root), folder, image_size, seed, ctx.cancel_event),
            partial(self._loaded, key),
            self._failed,
        )

    def _loaded(self, key: tuple, samples: Samples) -> None:
        self.key = key
        self.set_samples(samples)

    def _failed(self, message: Message) -> None:
        self.clear(lambda: self.tr("No sample images: {why}").format(why=say_message(message)))

    def clear(self, message: Words) -> None:
        """No images; ``message`` says the title."""
        self.samples, self.key, self._pred, self._conf = None, None, None, None
        self._set([], [], lambda: (say(message), [], []))

    def set_samples(self, samples: Samples) -> None:
        """Training images with their labels (before a run, or when the dataset changes)."""
        self.samples, self._pred, self._conf = samples, None, None

        def words():
            names = [core_tr(n) for n in samples.class_names]
            captions = [names[int(y)] for y in samples.train_y]
            return self.tr("Training images with their labels"), captions, captions

        self._set([to_qimage(x) for x in samples.train_x], [None] * len(samples.train_y), words)

    def set_predictions(self, pred: np.ndarray, conf: np.ndarray, epoch: int) -> None:
        """Test images with the network's answer after ``epoch``; wrong answers in red."""
        if self.samples is None or len(pred) <= int(self.samples.test_idx.max(initial=0)):
            return
        self._pred, self._conf, self._epoch = pred, conf, epoch
        self._rerender()

    def show_training_images(self) -> None:
        """Back to the labelled training images (a new run starts: old predictions no longer apply)."""
        if self.samples is not None:
            self.set_samples(self.samples)

    def wrong_count(self) -> int:
        return sum(1 for w in self._wrong if w)

    def captions(self) -> list[str]:
        return list(self._captions)

    def painted_texts(self) -> list[str]:
        """What paintEvent writes and the hover says (read by the language tests: tests/gui/widget_texts.py)."""
        return [self.title, *self._captions, *self._details]

    def _rerender(self) -> None:
        if self._pred is None or self.samples is None:
            return
        s, epoch = self.samples, self._epoch
        pred, conf = self._pred[s.test_idx], self._conf[s.test_idx]
        wrong = pred != s.test_y
        order = np.argsort(~wrong, kind="stable") if self.mistakes.isChecked() else np.arange(len(pred))
        order = order[:SHOWN]

        def words():
            names, captions, details = [core_tr(n) for n in s.class_names], [], []
            for i in order:
                p, t = names[int(pred[i])], names[int(s.test_y[i])]
                captions.append(f"{p} ≠ {t}" if wrong[i] else p)
                details.append(
                    self.tr("predicted {p} ({c:.0%} sure), true label {t}").format(p=p, c=float(conf[i]), t=t)
                )
            title = self.tr("After epoch {e}: {w} of {n} test images wrong").format(
                e=epoch, w=int(wrong[order].sum()), n=len(order)
            )
            return title, captions, details

        self._set([to_qimage(s.test_x[i]) for i in order], [bool(wrong[i]) for i in order], words)

    def _set(self, images, wrong, words: GridWords) -> None:
        self._images, self._wrong, self._words = images, wrong, words
        self.title, self._captions, self._details = words()
        self.mistakes.setVisible(self._pred is not None)
        self._place_check()  # beside or under the title
        self.repaint_content()

    # -- drawing --------------------------------------------------------------------------------------------
    def _check_below(self) -> bool:
        """A narrow pane puts "Mistakes first" under the title rather than squeezing the title beside it."""
        return self.mistakes.isVisible() and self.width() - self.mistakes.sizeHint().width() < TITLE_ROOM

    def _title_h(self) -> int:
        """Two lines, or the lines the title needs across the pane (a narrow pane beside an open lesson)."""
        fm, beside = self.fontMetrics(), self.mistakes.isVisible() and not self._check_below()
        width = self.width() - (self.mistakes.sizeHint().width() + 8 if beside else 0)
        need = fm.boundingRect(QRect(0, 0, max(width, 1), 10_000), Qt.TextWordWrap, self.title).height()
        return max(need, fm.height() * 2) + 4

    def _layout(self) -> GridCells:
        """The column count that gives the largest images with every caption whole (wrapped if need be)."""
        top = self._title_h() + 2 + (self.mistakes.sizeHint().height() if self._check_below() else 0)
        return fit_cells(self.font(), self.width(), self.height(), top, len(self._images), self._captions)

    def _place_check(self) -> None:
        words = self.tr("Mistakes first")  # one word a line in a pane narrower than the words (beside a lesson)
        self.mistakes.setText(words)
        if self.mistakes.sizeHint().width() > self.width():
            self.mistakes.setText(words.replace(" ", "\n"))
        hint = self.mistakes.sizeHint()
        x, y = (0, self._title_h()) if self._check_below() else (self.width() - hint.width() - 2, 0)
        self.mistakes.setGeometry(x, y, hint.width(), hint.height())

    def resizeEvent(self, event) -> None:
        self._place_check()
        super().resizeEvent(event)

    def paint_content(self, p: QPainter) -> None:
        beside = self.mistakes.isVisible() and not self._check_below()
        title_w = self.width() - (self.mistakes.width() + 8 if beside else 0)
        p.drawText(QRect(0, 0, title_w, self._title_h()), Qt.TextWordWrap | Qt.AlignLeft, self.title)
        if not self._images:
            return
        grid = self._layout()
        cell, side = grid.cell, grid.side
        shown = zip(self._images[: grid.shown], self._captions, self._wrong)  # the pane may hold fewer than all
        for i, (image, caption, wrong) in enumerate(shown):
            row, col = divmod(i, grid.columns)
            x = col * cell + (cell - side) // 2
            y = grid.top + row * grid.row_h
            target = QRect(x, y, side, side)
            p.drawImage(target, image)  # nearest-neighbour scaling keeps the pixels crisp
            if wrong is not None:
                p.setPen(QPen(WRONG if wrong else RIGHT, 3 if wrong else 1))
                p.drawRect(target.adjusted(0, 0, -1, -1))
            p.setPen(WRONG if wrong else self.palette().text().color())
            p.drawText(QRect(col * cell + 1, y + side + 1, cell - 2, grid.caption_h), WRAP, caption)

    def cell_at(self, x: int, y: int) -> int | None:
        if not self._images:
            return None
        grid = self._layout()
        row, col = (y - grid.top) // grid.row_h, x // grid.cell
        index = row * grid.columns + col
        return index if y >= grid.top and col < grid.columns and 0 <= index < grid.shown else None

    def event(self, event) -> bool:
        if event.type() == event.Type.ToolTip:
            index = self.cell_at(event.pos().x(), event.pos().y())
            text = (
                self._details[index]
                if index is not None
                else self.tr(
                    "Before training: images from the training set with their labels. After each epoch: test images "
                    "with the network's answer; a red frame and 'predicted ≠ true' mark a mistake. Hover an image "
                    "for details."
                )
            )
            QToolTip.showText(event.globalPos(), text, self)
            return True
        return super().event(event)
