"""The Data view (a page beside the Train tab's curves): what the chosen dataset holds before anything trains.

Per-class counts in the training, validation and test parts, each class's mean image and a row of its training
images, one image through the chosen augmentation 16 times, class-balance warnings and an image folder's skipped
files. It follows the Train settings through the app state and works only while it is on screen. The dataset is
loaded once on a task and kept, so a new validation share, seed or augmentation answers from memory
(bench/bench_data_view.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from pathlib import Path

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from core import data
from core.data_overview import DataOverview, augmentation_preview, overview
from gui.core_texts import core_tr, display_value
from gui.state import AppState, TrainSettings
from gui.train.data_view_parts import BalanceWarnings, CountsTable, SkippedFiles, mosaic
from gui.widgets.image_utils import to_pixmap
from gui.widgets.map_grid import MapGrid, Section
from gui.widgets.retranslating import Retranslating, Words, say
from gui.widgets.scroll_page import scroll_inside
from core.messages import Message
from gui.messages import say as say_message

NOT_HERE = ("needs download", "choose a folder", "unknown")
PREVIEW_SIDE = 240  # pixels of the 4x4 augmentation mosaic


@dataclass(frozen=True)
class DataChoice:
    """What the view shows, read from the Train settings: the load, then the split, then the augmentation."""

    dataset: str
    root: str
    folder: str | None
    image_size: int | None
    seed: int
    val_fraction: float
    augment: str

    @classmethod
    def of(cls, settings: TrainSettings, root: Path) -> "DataChoice":
        v = settings.values
        return cls(
            v["dataset"], str(root), v.get("folder") or None, v.get("image_size"), int(v.get("seed", 0)),
            float(v.get("val_fraction", 0.1)), v.get("augment", "none"),
        )  # fmt: skip

    @property
    def load_key(self) -> tuple:
        return self.dataset, self.root, self.folder, self.image_size, self.seed

    @property
    def overview_key(self) -> tuple:
        return self.load_key + (self.val_fraction,)


def load_overview(choice: DataChoice, kept: tuple | None, ctx) -> tuple[tuple, data.LoadedData, DataOverview]:
    """On a task: the dataset (``kept`` = (load key, LoadedData) when it is already in memory) and its overview."""
    if kept is not None and kept[0] == choice.load_key:
        loaded = kept[1]
    else:
        folder = Path(choice.folder) if choice.folder else None
        loaded = data.load(
            choice.dataset, Path(choice.root), folder=folder, image_size=choice.image_size, download=False,
            cancel=ctx.cancel_event, seed=choice.seed,
        )  # fmt: skip
    return choice.load_key, loaded, overview(loaded, choice.dataset, choice.val_fraction, choice.seed)


class DataView(Retranslating, QWidget):
    shown = Signal(object)  # DataOverview: an overview is on screen (tests and the bench wait for it)
    previewed = Signal(str)  # the augmentation whose preview is on screen

    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent, objectName="dataView")
        self.state, self.jobs = state, state.jobs("data-view")
        self.choice: DataChoice | None = None
        self.current: DataOverview | None = None
        self.kept: tuple | None = None  # (load key, LoadedData): the last dataset loaded, answers from memory
        self._shown_key = self._preview_key = None
        self.image_index = 0  # which training image the augmentation preview uses
        self.heading, self.status = QLabel(wordWrap=True), QLabel(wordWrap=True)
        self.status_words: Words = ""  # the status line, said again after a language switch
        self.heading.setObjectName("dataHeading")
        self.counts = CountsTable()
        self.preview_title, self.warnings = QLabel(wordWrap=True), BalanceWarnings()
        self.preview = QLabel(objectName="augmentationPreview")  # the 16 images as one 4x4 mosaic
        self.next_image = QPushButton(objectName="nextPreviewImage", clicked=self._next_image)
        self.grid_title, self.classes = QLabel(wordWrap=True), MapGrid(max_tile=40)
        self.skipped_title, self.skipped = QLabel(wordWrap=True), SkippedFiles()
        side = QVBoxLayout()
        for w in (self.preview_title, self.preview, self.next_image):
            side.addWidget(w)
        side.addStretch(1)
        self.top = top = QBoxLayout(QBoxLayout.Direction.LeftToRight)  # stacked when narrow: resizeEvent
        top.addWidget(self.counts, 1, Qt.AlignmentFlag.AlignTop)
        top.addLayout(side, 1)
        page = QVBoxLayout(self)
        page.addWidget(self.heading)
        page.addWidget(self.status)
        page.addLayout(top)
        for w in (self.warnings, self.grid_title, self.classes, self.skipped_title, self.skipped):
            page.addWidget(w)
        page.addStretch(1)
        scroll_inside(self)
        state.settingsChanged.connect(self._on_settings)
        if state.train_settings is not None:
            self._on_settings(state.train_settings)
        self.retranslate()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """The augmentation preview under the counts when both side by side are wider than the page (beside an
        open lesson on a 1024x768 projector), instead of a page that scrolls sideways."""
        side_by_side = self.counts.sizeHint().width() + PREVIEW_SIDE + 60 <= self.width()
        LTR, TTB = QBoxLayout.Direction.LeftToRight, QBoxLayout.Direction.TopToBottom
        self.top.setDirection(LTR if side_by_side else TTB)
        self.counts.hold_width(side_by_side)
        super().resizeEvent(event)

    def retranslate(self) -> None:
        self.next_image.setText(self.tr("Another image"))
        self.next_image.setToolTip(self.tr("The same augmentation on another training image"))
        self.grid_title.setText(self.tr("Each row: the class's mean training image, then some of its images."))
        self.counts.retranslate()
        self.status.setText(say(self.status_words))
        if self.current is not None:
            self._show(self.current)
        else:
            self.heading.setText(self.tr("The data appears here."))
        self._show_preview_title()

    # -- following the settings ---------------------------------------------------------------------------------
    def _on_settings(self, settings: TrainSettings) -> None:
        self.choice = DataChoice.of(settings, self.state.data_root)
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.refresh()  # works only while on screen: a hidden view loads nothing

    def refresh(self) -> None:
        choice = self.choice
        if choice is None:
            return
        if choice.overview_key == self._shown_key:
            self._request_preview()
            return
        known = choice.dataset in data.DATASETS
        where = data.availability(choice.dataset, Path(choice.root)) if known else "unknown"
        kept = self.kept if self.kept is not None and self.kept[0] == choice.load_key else None
        if kept is None and (where in NOT_HERE and not (choice.dataset == "folder" and choice.folder)):
            self._say(lambda: self.tr("The data appears once it is on this computer (press Start to download it)."))
            return
        self._set_status((lambda: self.tr("Loading the data…")) if kept is None else "")
        self.jobs.submit_task(
            "overview", partial(load_overview, choice, kept), partial(self._loaded, choice), self._failed
        )

    def _loaded(self, choice: DataChoice, answer: tuple) -> None:
        load_key, loaded, found = answer
        self.kept = (load_key, loaded)
        self._shown_key, self._preview_key, self.image_index = choice.overview_key, None, 0
        self._set_status("")
        self._show(found)
        self.shown.emit(found)
        self._request_preview()

    def _failed(self, message: Message) -> None:
        self._say(lambda: self.tr("The data cannot be shown: {why}").format(why=say_message(message)))

    def _say(self, text: Words) -> None:
        self.current, self._shown_key = None, None
        self._set_status(text)
        self.heading.setText(self.tr("The data appears here."))
        self.counts.show_counts(None)
        self.classes.set_sections([])
        self.preview.clear()
        self._preview_key = None
        self.warnings.show_warnings((), {})
        self.skipped.show_files(())
        self.skipped_title.setVisible(False)

    def _set_status(self, text: Words) -> None:
        self.status_words = text
        self.status.setText(say(text))
        self.status.setVisible(bool(self.status.text()))

    # -- what it shows ------------------------------------------------------------------------------------------
    def _show(self, found: DataOverview) -> None:
        self.current = found
        names = [core_tr(n) for n in found.class_names]
        self.heading.setText(
            self.tr("{data}: {train} training, {val} validation and {test} test images, {k} classes.").format(
                data=display_value("dataset", found.dataset),
                train=f"{found.total('train'):,}",
                val=f"{found.total('validation'):,}",
                test=f"{found.total('test'):,}",
                k=len(names),
            )
        )
        self.counts.show_counts(found, names)
        self.classes.set_sections([self._class_row(found, c, name) for c, name in enumerate(names)])
        self.warnings.show_warnings(found.warnings, dict(zip(found.class_names, names)))
        self.skipped_title.setText(self.tr("Files left out: %n", "", len(found.skipped)))
        self.skipped.show_files(found.skipped)
        self.skipped_title.setVisible(bool(found.skipped))

    def _class_row(self, found: DataOverview, c: int, name: str) -> Section:
        n = found.example_counts[c]
        tiles = [found.means[c], *found.examples[c, :n]]
        mean_tip = self.tr("The mean training image of {name}; images: %n", "", found.counts["train"][c])
        tips = [mean_tip.format(name=name)] + [self.tr("A training image of {name}").format(name=name)] * n
        return Section(f"{name}  ({found.counts['train'][c]:,})", [_rgb_tile(t) for t in tiles], tips)

    # -- the augmentation preview ---------------------------------------------------------------------------------
    def _request_preview(self) -> None:
        found, choice = self.current, self.choice
        if found is None or choice is None:
            return
        key = (choice.overview_key, choice.augment, self.image_index)
        if key == self._preview_key:
            return
        c, i = self._preview_image(found)
        image, aug, seed = found.examples[c, i], choice.augment, choice.seed + self.image_index
        compute = lambda: augmentation_preview(image, c, aug, seed)  # noqa: E731
        self.jobs.submit("preview", compute, partial(self._previewed, key, aug))

    def _preview_image(self, found: DataOverview) -> tuple[int, int]:
        """(class, example) of the image_index-th training image shown, class after class."""
        available = [(c, i) for i in range(max(found.example_counts, default=0)) for c in range(len(found.class_names))]
        available = [(c, i) for c, i in available if i < found.example_counts[c]]
        return available[self.image_index % len(available)] if available else (0, 0)

    def _previewed(self, key: tuple, augmentation: str, images: np.ndarray) -> None:
        self._preview_key = key
        self.preview.setPixmap(to_pixmap(mosaic(images), PREVIEW_SIDE))
        self._show_preview_title()
        self.previewed.emit(augmentation)

    def _show_preview_title(self) -> None:
        aug = self.choice.augment if self.choice is not None else "none"
        self.preview_title.setText(
            self.tr("Augmentation '{name}': one training image as 16 batches would see it.").format(
                name=display_value("augment", aug)
            )
        )

    def _next_image(self) -> None:
        self.image_index += 1
        self._request_preview()


def _rgb_tile(image: np.ndarray) -> np.ndarray:
    """uint8 [C, H, W] -> grey [H, W] or RGB [H, W, 3] for a MapGrid tile."""
    return image[0] if image.shape[0] == 1 else np.moveaxis(image[:3], 0, -1)
