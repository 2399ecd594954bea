"""Pictures shown in the window: any channel count, transparency on the colour that is not the ink."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtGui import QImage

from gui.widgets.image_utils import to_qimage


def _grey_at(img: QImage, x: int, y: int) -> int:
    return img.pixelColor(x, y).lightness()


@pytest.mark.parametrize("ink", [0, 255], ids=["black-on-transparent", "white-on-transparent"])
def test_rgba_pictures_show_their_ink_on_the_other_colour(ink):
    rgba = np.zeros((280, 280, 4), np.uint8)
    rgba[..., :3] = ink
    rgba[100:180, 130:150, 3] = 255  # an opaque stroke on a transparent sheet
    img = to_qimage(rgba)
    assert (img.width(), img.height()) == (280, 280)
    assert abs(_grey_at(img, 140, 140) - ink) < 3 and abs(_grey_at(img, 5, 5) - (255 - ink)) < 3


@pytest.mark.parametrize("shape", [(28, 28), (28, 28, 1), (28, 28, 2), (28, 28, 3), (28, 28, 4), (4, 28, 28)])
def test_every_channel_count_can_be_shown(shape):
    img = to_qimage(np.full(shape, 200, np.uint8))
    assert (img.width(), img.height()) == (28, 28)
