"""Why this and not that (issue 21, item 4): a confusion cell's images each get their map, worked out on a task."""

from __future__ import annotations

import numpy as np
import torch
from PySide6.QtCore import Qt
from torch import nn

from core.evaluate import Normalizer
from core.why_not import evidence_maps


def click_cell(qtbot, view, t: int, p: int) -> None:
    qtbot.mouseClick(view.confusion, Qt.MouseButton.LeftButton, pos=view.confusion.cell_rect(t, p).center())


def maps_alone(view, mnist, index: int, toward: int, against: int | None) -> np.ndarray:
    """core's maps for one test image on its own (a batch of one, not the gallery's batches)."""
    card = view.current.card
    norm = Normalizer.of(tuple(card.mean), tuple(card.std))
    return evidence_maps(view.current.model, mnist.test_x[index : index + 1], norm, toward, against)[0]


def test_a_mistake_cell_shows_each_image_with_why_this_and_not_that(qtbot, evaluate_view, mnist):
    view, gallery = evaluate_view, evaluate_view.cell_gallery
    cm = view.confusion.cm.copy()
    np.fill_diagonal(cm, 0)
    t, p = divmod(int(cm.argmax()), 10)
    assert cm[t, p] >= 2
    click_cell(qtbot, view, t, t)  # 300 images: its task is still queued or running when the next click comes
    click_cell(qtbot, view, t, p)
    qtbot.waitUntil(lambda: gallery.maps is not None, timeout=20_000)
    items, shown = gallery.items(), gallery.maps
    assert shown.indices == tuple(i.index for i in items)  # the newest cell's maps, not the diagonal's
    assert shown.maps.shape == (len(items), 28, 28) and len(shown.pictures) == len(items)
    assert not np.allclose(shown.maps[0], shown.maps[1])
    for row in (0, len(items) - 1):
        expected = maps_alone(view, mnist, items[row].index, p, t)
        np.testing.assert_allclose(shown.maps[row], expected, rtol=1e-4, atol=1e-4 * np.abs(expected).max())
    assert (shown.maps > 0).any() and (shown.maps < 0).any()  # pixels pushed both ways
    icon = gallery.list.item(0).icon().pixmap(gallery.list.iconSize())
    assert icon.width() > 1.8 * icon.height()  # the image and its map side by side
    assert gallery.legend.isVisible() and f"'{p}' and not '{t}'" in gallery.legend.text()

    with qtbot.waitSignal(view.state.inputChanged, timeout=1000) as sig:  # a click still selects the image
        qtbot.mouseClick(gallery.list.viewport(), Qt.MouseButton.LeftButton, pos=gallery.item_widget_rect(0).center())
    assert sig.args[0].index == items[0].index


def test_a_diagonal_cell_shows_its_own_class_evidence(qtbot, evaluate_view, mnist):
    view, gallery = evaluate_view, evaluate_view.cell_gallery
    click_cell(qtbot, view, 7, 7)
    qtbot.waitUntil(lambda: gallery.maps is not None, timeout=20_000)
    first = gallery.items()[0].index
    np.testing.assert_allclose(gallery.maps.maps[0], maps_alone(view, mnist, first, 7, None), rtol=1e-4, atol=1e-5)
    assert "say '7'" in gallery.legend.text()


def test_a_linear_network_maps_weight_times_pixel():
    """For scores W x the push toward p rather than t is exactly (W_p - W_t) * pixel."""
    torch.manual_seed(0)
    model = nn.Sequential(nn.Flatten(), nn.Linear(16, 3)).eval()
    images = torch.randint(0, 256, (5, 1, 4, 4), dtype=torch.uint8)
    maps = evidence_maps(model, images, Normalizer.of((0.0,), (1.0,)), 2, 0, batch_size=2)
    weights = model[1].weight.detach()
    expected = (weights[2] - weights[0]).view(4, 4) * images[:, 0].float() / 255
    np.testing.assert_allclose(maps, expected.numpy(), rtol=1e-5, atol=1e-6)
