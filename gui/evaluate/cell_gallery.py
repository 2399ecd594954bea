"""The selected confusion cell's images, each beside its map of "why this and not that" (issue 21, item 4).

For a mistake (true t, answer p) the map shows which pixels pushed the network toward p (red) and which toward
t (blue); for a right answer, the evidence for the class itself (core.why_not, gradient x input). The maps are
worked out on a task, batched and cancellable; a newer cell replaces an older cell's task.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget

from core.card import ModelCard
from core.evaluate import Normalizer
from core.tasks import TaskContext
from core.why_not import evidence_maps
from gui.core_texts import core_tr
from gui.jobs import Jobs
from gui.widgets.image_gallery import ImageGallery
from gui.widgets.image_utils import caption
from gui.widgets.retranslating import Words
from gui.messages import say

GAP = 2  # source pixels between an image and its map
TOWARD, AWAY = np.array([198, 40, 40], np.float32), np.array([30, 100, 200], np.float32)  # red, blue


@dataclass(frozen=True)
class CellMaps:
    indices: tuple[int, ...]  # the test images, in the gallery's order
    maps: np.ndarray  # float32 [N, H, W]: core.why_not.evidence_maps, positive = toward the answer
    pictures: tuple[np.ndarray, ...]  # uint8 [H, 2W + GAP, 3]: each image beside its coloured map


def picture_with_map(image: np.ndarray, evidence: np.ndarray) -> np.ndarray:
    """uint8 [C, H, W] image and its map [H, W] -> RGB [H, 2W + GAP, 3]: the image, then the map in red/blue
    (the strongest pixel full colour) over a faint copy of the image on white."""
    grey = image.astype(np.float32).mean(0)
    rgb = np.moveaxis(image, 0, -1) if image.shape[0] == 3 else np.repeat(image[0][..., None], 3, -1)
    limit = float(np.abs(evidence).max()) or 1.0
    strength = (np.abs(evidence) / limit)[..., None] ** 0.5  # lifts the weaker pixels so a projector shows them
    faint = np.repeat((255 - 0.3 * grey)[..., None], 3, -1)
    colour = np.where(evidence[..., None] >= 0, TOWARD, AWAY)
    coloured = faint * (1 - strength) + colour * strength
    gap = np.full((image.shape[1], GAP, 3), 255, np.float32)
    return np.concatenate([rgb.astype(np.float32), gap, coloured], 1).round().astype(np.uint8)


def cell_maps_task(
    ctx: TaskContext, model: torch.nn.Module, card: ModelCard, images: torch.Tensor, indices, toward, against
) -> CellMaps:
    """A task: the maps of one cell's uint8 ``images`` [N, C, H, W], batched; reports progress, can be cancelled."""
    norm = Normalizer.of(tuple(card.mean), tuple(card.std))
    maps = evidence_maps(model, images, norm, toward, against, cancel=ctx.cancel_event, progress=ctx.progress)
    ctx.check()
    pictures = tuple(picture_with_map(img, m) for img, m in zip(images.numpy(), maps))
    return CellMaps(tuple(int(i) for i in indices), maps, pictures)


class CellGallery(ImageGallery):
    """An ImageGallery whose thumbnails get their map beside them, with a caption that explains the colours."""

    def __init__(self, parent: QWidget | None = None, thumb: int = 56):
        super().__init__(parent, thumb)
        wide = 2 * thumb + 2 * GAP
        self.list.setIconSize(QSize(wide, thumb))
        self.list.setGridSize(QSize(wide + 12, thumb + 40))
        self.legend = caption("")
        self.layout().insertWidget(1, self.legend)
        self.legend.hide()
        self.maps: CellMaps | None = None  # the maps on show

    def set_images(self, title: Words, images: np.ndarray, items, class_names, total: int | None = None) -> None:
        super().set_images(title, images, items, class_names, total)
        if not self.list.count():
            return
        # each item as wide as the image and its map from the start (not as the image alone), text under it
        height = self.list.sizeHintForIndex(self.list.model().index(0, 0)).height()
        self.list.setGridSize(QSize(self.list.iconSize().width() + 12, max(height + 4, self.thumb + 40)))
        for row in range(self.list.count()):
            self.list.item(row).setSizeHint(QSize(self.list.iconSize().width() + 8, height))

    def explain(self, jobs: Jobs, model: torch.nn.Module, card: ModelCard, images: torch.Tensor, true: int, pred: int):
        """Work out the maps of the images on show (``images``, in display order) for the cell (true, pred)."""
        self.maps = None
        indices = tuple(it.index for it in self.items())
        names = [str(c) for c in card.class_names]  # as core names them: said in the language of the moment
        against = None if true == pred else true
        self._say(lambda: self.tr("Working out why, image by image…"))
        jobs.submit_task(
            "cell-maps",
            lambda ctx: cell_maps_task(ctx, model, card, images, indices, pred, against),
            lambda result: self._maps_ready(result, self._legend(names, true, pred)),
            lambda message: self._say(lambda: self.tr("Could not work out the maps: {m}").format(m=say(message))),
        )

    def _legend(self, names: list[str], true: int, pred: int) -> Words:
        t, p = names[true], names[pred]
        if true == pred:
            return lambda: self.tr(
                "Beside each image, what made the network say '{t}': red pixels pushed it toward '{t}', blue ones "
                "away from it. (Gradient × input: how much each pixel's ink changed that class's score.)"
            ).format(t=core_tr(t))
        return lambda: self.tr(
            "Beside each image, why the network said '{p}' and not '{t}': red pixels pushed it toward '{p}', "
            "blue ones toward '{t}'. (Gradient × input: how much each pixel's ink changed the difference "
            "between the two classes' scores.)"
        ).format(t=core_tr(t), p=core_tr(p))

    def _maps_ready(self, result: CellMaps, legend: Words) -> None:
        if result.indices != tuple(it.index for it in self.items()):
            return  # the gallery moved on to other images meanwhile
        self.maps = result
        self.set_pictures(result.pictures)
        self._say(legend)

    def _say(self, words: Words) -> None:
        self.legend.set_words(words)
        self.legend.setVisible(bool(self.items()))

    def clear(self, text: Words = "") -> None:
        super().clear(text)
        self.maps = None
        self.legend.hide()
