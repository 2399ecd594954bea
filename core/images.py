"""Reading picture files safely, and the one rule for transparency shared by every path.

- A pixel limit: a file over MAX_PIXELS is refused with a message naming it, before it is decoded.
- Large files are decoded small: JPEG at a reduced scale (``draft``), others reduced by an integer factor
  right after decoding, so a 10000x10000 photo costs tens of MB, not gigabytes.
- Transparency: composite onto the colour that is not the ink (black ink -> white backdrop, white ink ->
  black), so black-on-transparent and white-on-transparent digits both keep their strokes.
"""

from __future__ import annotations

import os
import re
import threading
import warnings
from contextlib import nullcontext
from pathlib import Path

import numpy as np
from PIL import Image, UnidentifiedImageError

from core.messages import Message, MessageError
from core import messages as said

MAX_PIXELS = 100_000_000  # 10000x10000; a larger picture is refused (PIL itself refuses past ~179 Mpx)
BIG_PIXELS = 16_000_000  # decodes above this take one at a time, so 8 threads never hold 8 huge images
_BIG_DECODE = threading.Lock()
ALPHA_MODES = ("LA", "La", "RGBA", "RGBa", "PA")
# EXIF orientation tag -> the transposes that turn the picture upright (as PIL's exif_transpose does).
_ORIENTATION = {
    2: (Image.Transpose.FLIP_LEFT_RIGHT,),
    3: (Image.Transpose.ROTATE_180,),
    4: (Image.Transpose.FLIP_TOP_BOTTOM,),
    5: (Image.Transpose.TRANSPOSE,),
    6: (Image.Transpose.ROTATE_270,),
    7: (Image.Transpose.TRANSVERSE,),
    8: (Image.Transpose.ROTATE_90,),
}


class UnreadablePicture(MessageError, ValueError):
    """A file that cannot be read as a picture; ``msg`` names it and says why."""


class ImageTooLarge(UnreadablePicture):
    """A picture with more pixels than MAX_PIXELS; the message names the file and what to do."""


def too_large_message(name: str, size: tuple[int, int] | None = None, pixels: int | None = None) -> Message:
    limit = MAX_PIXELS // 1_000_000
    if size:
        return said.PictureTooLarge(name, size[0], size[1], size[0] * size[1] / 1e6, limit)
    return said.PicturePixelsTooMany(name, pixels / 1e6, limit) if pixels else said.PictureTooManyPixels(name, limit)


def has_alpha(img: Image.Image) -> bool:
    return img.mode in ALPHA_MODES or (img.mode == "P" and "transparency" in img.info)


def read_image(path: str | os.PathLike, keep: int) -> Image.Image:
    """A decoded, upright picture whose shorter side is reduced (by a whole factor) no further than ``keep``.

    Raises ImageTooLarge past MAX_PIXELS, FileNotFoundError, or ValueError for files that are not pictures.
    """
    name = Path(path).name
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)  # our own limit decides, below
        try:
            img = Image.open(path)
        except Image.DecompressionBombError as exc:  # PIL refuses before we see the size; its message has it
            found = re.search(r"\((\d+) pixels\)", str(exc))
            raise ImageTooLarge(too_large_message(name, pixels=int(found.group(1)) if found else None)) from None
        except UnidentifiedImageError:
            raise UnreadablePicture(said.NotAPicture(name)) from None
    with img:
        if img.width * img.height > MAX_PIXELS:
            raise ImageTooLarge(too_large_message(name, img.size))
        turn = _ORIENTATION.get(img.getexif().get(0x0112), ())
        img.draft(None, (keep, keep))  # JPEG: decode at 1/2, 1/4 or 1/8 scale while staying >= keep
        big = img.width * img.height > BIG_PIXELS
        with _BIG_DECODE if big else nullcontext():
            img.load()
            factor = max(1, min(img.size) // max(keep, 1))
            out = _reduce(img, factor) if factor > 1 else img.copy()
    for step in turn:
        out = out.transpose(step)
    return out


def _reduce(img: Image.Image, factor: int) -> Image.Image:
    """Box-average by a whole factor; modes ``reduce`` lacks (16-bit, palette) are converted first."""
    try:
        return img.reduce(factor)
    except ValueError:
        mode = ("RGBA" if has_alpha(img) else "RGB") if img.mode in ("P", "PA", "CMYK", "YCbCr") else "F"
        return img.convert(mode).reduce(factor)


# -- transparency ---------------------------------------------------------------------------------------------
def backdrop(grey: np.ndarray, alpha: np.ndarray) -> float:
    """The backdrop for a transparent picture: 1.0 (white) under dark ink, 0.0 (black) under light ink.

    ``grey`` and ``alpha`` are in 0..1. The ink is what is opaque; its mean brightness says its colour.
    A picture with nothing opaque gets white (it is blank either way).
    """
    weight = np.asarray(alpha, dtype=np.float64)
    total = float(weight.sum())
    if total <= 0:
        return 1.0
    ink = float((np.asarray(grey, dtype=np.float64) * weight).sum()) / total
    return 1.0 if ink < 0.5 else 0.0


def composite_array(a: np.ndarray) -> np.ndarray:
    """Float HxWx2 (grey+alpha) or HxWx4 (RGB+alpha) in 0..1 -> HxW or HxWx3 on the backdrop that is not the ink."""
    colour, alpha = a[..., :-1], a[..., -1:]
    grey = colour[..., 0] if colour.shape[-1] == 1 else colour @ np.array([0.299, 0.587, 0.114], dtype=a.dtype)
    out = colour * alpha + backdrop(grey, alpha[..., 0]) * (1.0 - alpha)
    return out[..., 0] if out.shape[-1] == 1 else out


def composite(img: Image.Image) -> Image.Image:
    """A PIL picture with transparency -> 'L' or 'RGB' on the backdrop that is not the ink; others unchanged."""
    if not has_alpha(img):
        return img
    colour = img.mode in ("RGBA", "RGBa") or (img.mode in ("P", "PA") and _palette_colour(img))
    base = img.convert("RGBA" if colour else "LA")
    arr = np.asarray(base, dtype=np.float32) / 255.0
    flat = composite_array(arr)
    return Image.fromarray((np.clip(flat, 0, 1) * 255 + 0.5).astype(np.uint8), "RGB" if colour else "L")


def _palette_colour(img: Image.Image) -> bool:
    rgb = np.asarray(img.convert("RGB"))
    return bool((rgb[..., 0] != rgb[..., 1]).any() or (rgb[..., 1] != rgb[..., 2]).any())
