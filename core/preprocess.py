"""Turn any drawing or photo of a digit into a 28x28 MNIST-style image.

MNIST was made by fitting each digit's bounding box into 20x20 pixels (keeping
the aspect ratio, antialiased) and pasting it into 28x28 so that its centre of
mass sits at the centre. :func:`mnist_style` repeats those steps for canvas
drawings, photos and MNIST itself (real MNIST digits come back unchanged up to
rounding), so a network trained on MNIST sees drawings the way it saw its data.

No Qt here: this runs in scripts, tests and the training loop.
"""

from __future__ import annotations

import os

import numpy as np
import torch
from PIL import Image

from core.images import UnreadablePicture, composite_array, has_alpha, read_image
from core import messages as said

OUT_SIZE = 28
BOX_SIZE = 20  # the longest side of the ink after scaling
CENTRE = 14.0  # MNIST's centre of mass, in pixel-index coordinates (measured: 14.0 +- 0.3)
MIN_CONTRAST = 0.1  # ink must differ this much (0..1) from the background, else it is blank
MIN_FLOOR = 0.02  # ink weaker than this (relative to the strongest ink) is dropped as noise
MAX_UPSCALE = 3.0  # tiny marks: see _scale_for()
WORK_SIZE = 1000  # larger inputs are first reduced (area average) to this longest side


class EmptyDrawing(ValueError):
    """There is no digit to read: the image is blank or holds only a few stray specks."""

    def __init__(self, message: str = "Draw a digit first: the picture has no ink in it.") -> None:
        super().__init__(message)


def _to_grey(image: np.ndarray) -> np.ndarray:
    """Any grey/RGB/RGBA array -> float32 HxW in [0, 1]; transparency goes onto the colour that is not the ink."""
    a = np.asarray(image)
    if a.dtype == np.bool_:
        a = a.astype(np.float32)
    elif a.dtype == np.uint8:
        a = a.astype(np.float32) / 255.0
    elif a.dtype == np.uint16:
        a = a.astype(np.float32) / 65535.0
    else:
        a = a.astype(np.float32)
        if np.isfinite(a).all() and a.size and a.max() > 1.0:
            a = a / 255.0  # floats above 1 are taken as 0..255
    a = np.nan_to_num(a, nan=1.0)
    if a.ndim == 3 and a.shape[2] == 1:
        a = a[:, :, 0]
    if a.ndim == 3 and a.shape[2] in (2, 4):
        a = composite_array(np.clip(a, 0.0, 1.0))
    if a.ndim == 3 and a.shape[2] == 3:
        a = a @ np.array([0.299, 0.587, 0.114], dtype=np.float32)
    if a.ndim != 2:
        raise UnreadablePicture(said.PictureOfUnknownShape(str(np.shape(image))))
    if a.shape[0] < 2 or a.shape[1] < 2:
        raise UnreadablePicture(said.ImageTooSmall(a.shape[1], a.shape[0]))
    return np.clip(a, 0.0, 1.0)


def _shrink(grey: np.ndarray) -> np.ndarray:
    """Reduce huge photos by area averaging so every later step is fast."""
    h, w = grey.shape
    if max(h, w) <= WORK_SIZE:
        return grey
    f = WORK_SIZE / max(h, w)
    size = (max(2, round(w * f)), max(2, round(h * f)))
    return np.asarray(Image.fromarray(grey, mode="F").resize(size, Image.Resampling.BOX), dtype=np.float32)


def _ink(grey: np.ndarray) -> np.ndarray:
    """Bright ink on black, in [0, 1]: background from the border, polarity from the stronger extreme."""
    border = np.concatenate([grey[0], grey[-1], grey[1:-1, 0], grey[1:-1, -1]])
    bg = float(np.median(border))
    dark_ink = (bg - float(grey.min())) > (float(grey.max()) - bg)
    ink = (bg - grey) if dark_ink else (grey - bg)
    contrast = float(ink.max())
    if contrast < MIN_CONTRAST:
        raise EmptyDrawing()
    ink = np.clip(ink / contrast, 0.0, 1.0)
    noise = float(np.percentile(np.abs(border - bg), 99)) / contrast
    floor = min(max(MIN_FLOOR, 2.0 * noise), 0.5)
    ink[ink < floor] = 0.0
    return ink


def _drop_specks(ink: np.ndarray) -> np.ndarray:
    """Zero isolated specks: ink pixels whose (2r+1)^2 neighbourhood holds fewer than 2r+1 ink pixels.

    r = shorter side // 100, so nothing is dropped from small images (such as 28x28 MNIST);
    on a 280 px canvas a speck of up to 6 pixels goes, a 1 px wide line stays.
    """
    r = min(ink.shape) // 100
    if r == 0:
        return ink
    mask = (ink > 0).astype(np.int32)
    s = 2 * r + 1
    c = np.pad(mask, ((r + 1, r), (r + 1, r))).cumsum(0).cumsum(1)
    counts = c[s:, s:] - c[:-s, s:] - c[s:, :-s] + c[:-s, :-s]
    return np.where(counts >= s, ink, 0.0).astype(np.float32)


def _scale_for(h: int, w: int, image_short_side: int) -> float:
    """How much to scale an ink box of h x w found in an image whose shorter side is given.

    MNIST fits the longest side to 20 px. Tiny marks (a dot, a speck-sized digit) would become
    huge blobs, so the scale is capped at MAX_UPSCALE times the scale that fits the whole image
    into 28 px. With MAX_UPSCALE = 3, ink whose longest side is under ~24 % of the image's
    shorter side is no longer fitted to 20 px: a canvas dot 1/12 of the canvas wide comes out
    7 px wide. Real MNIST (28x28 input, 20 px digits) is unaffected.
    """
    return min(BOX_SIZE / max(h, w), MAX_UPSCALE * OUT_SIZE / image_short_side)


def _resize(patch: np.ndarray, scale: float) -> np.ndarray:
    h, w = patch.shape
    nh, nw = max(1, round(h * scale)), max(1, round(w * scale))
    if (nh, nw) == (h, w):
        return patch
    # Area averaging when shrinking (true antialiasing, no ringing), bilinear when enlarging.
    method = Image.Resampling.BOX if scale < 1 else Image.Resampling.BILINEAR
    out = np.asarray(Image.fromarray(patch, mode="F").resize((nw, nh), method), dtype=np.float32)
    return np.clip(out, 0.0, 1.0)


def _paste_centred(patch: np.ndarray) -> np.ndarray:
    """Paste into 28x28 so the centre of mass lands on (14, 14), rounded to whole pixels, clipped at borders."""
    h, w = patch.shape
    mass = float(patch.sum())
    ys, xs = np.arange(h, dtype=np.float64), np.arange(w, dtype=np.float64)
    cy = float(patch.sum(1) @ ys) / mass
    cx = float(patch.sum(0) @ xs) / mass
    top, left = int(round(CENTRE - cy)), int(round(CENTRE - cx))
    out = np.zeros((OUT_SIZE, OUT_SIZE), dtype=np.float32)
    y0, x0 = max(top, 0), max(left, 0)
    y1, x1 = min(top + h, OUT_SIZE), min(left + w, OUT_SIZE)
    if y1 > y0 and x1 > x0:
        out[y0:y1, x0:x1] = patch[y0 - top : y1 - top, x0 - left : x1 - left]
    return out


def mnist_style(image: np.ndarray) -> np.ndarray:
    """Any grey/RGB/RGBA drawing or photo of one digit -> float32 28x28 in [0, 1], bright ink on black.

    Steps: composite alpha onto the colour that is not the ink and convert to grey; find the background from the image
    border and the ink's polarity from whichever extreme is further from it; drop faint noise
    and isolated specks; crop to the ink; fit the longest side to 20 px (see _scale_for for tiny
    marks); stretch so the strongest ink is 1; centre the centre of mass at (14, 14).
    Raises EmptyDrawing when there is no ink.
    """
    grey = _shrink(_to_grey(image))
    ink = _drop_specks(_ink(grey))
    rows, cols = np.flatnonzero(ink.any(1)), np.flatnonzero(ink.any(0))
    if rows.size == 0:
        raise EmptyDrawing()
    patch = ink[rows[0] : rows[-1] + 1, cols[0] : cols[-1] + 1]
    patch = _resize(patch, _scale_for(*patch.shape, min(grey.shape)))
    peak = float(patch.max())
    if peak <= 0.0:
        raise EmptyDrawing()
    if peak < 1.0:
        patch = patch / peak  # thin strokes averaged down to grey get full strength again
    return _paste_centred(patch)


def normalize(img28: np.ndarray, mean: float, std: float) -> torch.Tensor:
    """28x28 image in [0, 1] -> float32 tensor [1, 1, 28, 28], standardised like the training data."""
    x = torch.as_tensor(np.asarray(img28, dtype=np.float32))
    if x.ndim != 2:
        raise ValueError(f"Expected a 2-D image, got shape {tuple(x.shape)}.")
    return ((x - float(mean)) / float(std)).reshape(1, 1, *x.shape).contiguous()


def load_image_file(path: str | os.PathLike) -> np.ndarray:
    """Read any image file PIL understands -> uint8 HxW (grey), HxWx3 (colour) or HxWx4 (with transparency).

    Camera photos are turned upright from their EXIF orientation; large files are decoded at a reduced
    size (shorter side kept >= WORK_SIZE). Raises ValueError with a plain message when the file is missing,
    is not a readable image, or has more pixels than core.images.MAX_PIXELS (ImageTooLarge).
    """
    name = os.fspath(path)
    try:
        im = read_image(name, WORK_SIZE)
        grey = im.mode in ("1", "L", "I", "I;16", "F")
        return np.array(im.convert("RGBA" if has_alpha(im) else "L" if grey else "RGB"), dtype=np.uint8)
    except FileNotFoundError:
        raise UnreadablePicture(said.NoFileAt(name)) from None
    except MemoryError:
        raise UnreadablePicture(said.TooLargeForMemory(os.path.basename(name))) from None
    except (OSError, SyntaxError, ValueError) as e:
        if isinstance(e, UnreadablePicture):
            raise
        raise UnreadablePicture(said.UnreadableImage(os.path.basename(name), str(e))) from None
