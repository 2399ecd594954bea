"""An image folder in torchvision's ImageFolder layout (one sub-folder per class), loaded into memory.

``folder/train/<class>/`` + ``folder/test/<class>/`` (or ``val/``) are used as given; otherwise
20 % of each class is held out (seeded) as the test split. Unreadable files are skipped and noted.
"""

from __future__ import annotations

import os
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path

import numpy as np
import torch
from PIL import Image, ImageOps

from core.images import ImageTooLarge, composite, read_image
from core.messages import Message, as_message
from core import messages as said

from .errors import DatasetError
from .skips import SkippedFile
from .spec import DatasetEntry, DatasetSpec, LoadedData, LoadRequest, register_dataset
from .stats import channel_mean_std

# torchvision's ImageFolder list, kept here: importing torchvision only for it would cost seconds.
IMG_EXTENSIONS = (".jpg", ".jpeg", ".png", ".ppm", ".bmp", ".pgm", ".tif", ".tiff", ".webp")

DEFAULT_SIZE = 64
TEST_FRACTION = 0.2
TEST_NAMES = ("test", "val", "valid", "validation")
COLOUR_MODES = {"RGB", "RGBA", "RGBX", "RGBa", "CMYK", "YCbCr", "LAB", "HSV"}
MAX_NOTES = 20
MAX_BYTES = 4 << 30  # everything is held in memory as uint8; past this, ask for a smaller image size

FOLDER_SPEC = DatasetSpec(
    "folder",
    "Image folder",
    "Your own images: one sub-folder per class (e.g. cats/, dogs/), optionally inside train/ and test/.",
    3,
    DEFAULT_SIZE,
    (),
    (0.5, 0.5, 0.5),
    (0.25, 0.25, 0.25),
    "folder",
)


def _subdirs(folder: Path) -> list[Path]:
    return sorted((p for p in folder.iterdir() if p.is_dir() and not p.name.startswith(".")), key=lambda p: p.name)


def _files(class_dir: Path) -> list[Path]:
    found = []
    for parent, dirs, names in os.walk(class_dir, followlinks=True):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found += [Path(parent, n) for n in sorted(names) if not n.startswith(".")]
    return found


def _scan(
    split_dir: Path, classes: list[str] | None, skipped: list[SkippedFile], notes: list[Message]
) -> tuple[list[str], list[list[Path]]]:
    """Class names and candidate image files per class; files with other extensions go to ``skipped``."""
    dirs = {d.name: d for d in _subdirs(split_dir)}
    names = classes if classes is not None else list(dirs)
    per_class = []
    for name in names:
        images = []
        for path in _files(dirs[name]) if name in dirs else []:
            if path.suffix.lower() in IMG_EXTENSIONS:
                images.append(path)
            else:
                skipped.append(SkippedFile(path, "not_image", said.NotAnImageFile()))
        per_class.append(images)
    if classes is not None:
        notes += [said.ClassNotInTrain(str(d)) for n, d in dirs.items() if n not in classes]
    return names, per_class


def _is_colour(img: Image.Image) -> bool:
    if img.mode in ("P", "PA"):
        rgb = np.asarray(img.convert("RGB"))
        return bool((rgb[..., 0] != rgb[..., 1]).any() or (rgb[..., 1] != rgb[..., 2]).any())
    return img.mode in COLOUR_MODES


def _flatten(img: Image.Image) -> Image.Image:
    """Any mode -> 'L' or 'RGB'; transparency goes onto the colour that is not the ink (core.images)."""
    if img.mode in ("I", "I;16", "I;16B", "I;16L", "F"):
        lo, hi = img.getextrema()
        img = img.point(lambda v: v / 257) if hi > 255 else img
        return img.convert("L")
    if img.mode == "1":
        return img.convert("L")
    img = composite(img)
    return img if img.mode in ("L", "RGB") else img.convert("RGB")


def _read(path: Path, size: int) -> tuple[Image.Image | None, bool, SkippedFile | None]:
    """(small square image, stored in colour?, why skipped) for one file; never raises.

    Decoded at a reduced size (core.images.read_image): a folder of 144 Mpx photos stays light.
    """
    try:
        img = read_image(path, 2 * size)  # twice the target: the final resize still averages
        colour = _is_colour(img)
        return ImageOps.fit(_flatten(img), (size, size), Image.Resampling.BILINEAR), colour, None
    except ImageTooLarge as err:
        return None, False, SkippedFile(path, "too_large", err.msg)
    except Exception as err:  # noqa: BLE001 - PIL raises many kinds on bad files
        detail = as_message(err) if isinstance(err, ValueError) else said.CannotBeRead(f"{type(err).__name__}: {err}")
        return None, False, SkippedFile(path, "unreadable", detail)


def _decode(files: list[tuple[Path, int, str]], size: int, req: LoadRequest, skipped: list[SkippedFile]):
    """Read all files (threads: PIL decodes without the GIL); progress and cancel between files."""
    results = []
    last = 0.0
    with ThreadPoolExecutor(max_workers=min(8, (os.cpu_count() or 2) + 2)) as pool:
        futures = [pool.submit(_read, path, size) for path, _, _ in files]
        try:
            for i, future in enumerate(futures):
                req.check_cancel(said.LoadingTheFolder())
                img, colour, why = future.result()
                if why is not None:
                    skipped.append(why)
                else:
                    results.append((img, colour, files[i][1], files[i][2]))
                if time.monotonic() - last > 0.05:
                    req.report(said.ReadingImages(), i + 1, len(files))
                    last = time.monotonic()
        finally:
            for f in futures:
                f.cancel()
    req.report(said.ReadingImages(), len(files), len(files))
    return results


def _to_tensor(items: list, channels: int, size: int) -> tuple[torch.Tensor, torch.Tensor]:
    x = torch.empty((len(items), channels, size, size), dtype=torch.uint8)
    mode = "L" if channels == 1 else "RGB"
    for i, (img, _, _, _) in enumerate(items):
        arr = np.asarray(img if img.mode == mode else img.convert(mode))
        x[i] = torch.from_numpy(arr.reshape(size, size, channels).transpose(2, 0, 1).copy())
    y = torch.tensor([label for _, _, label, _ in items], dtype=torch.int64)
    return x, y


def _holdout(per_class: list[list[Path]], seed: int) -> tuple[list[list[Path]], list[list[Path]]]:
    rng = np.random.default_rng(seed)
    train, test = [], []
    for files in per_class:
        order = rng.permutation(len(files))
        n_test = int(len(files) * TEST_FRACTION + 0.5) if len(files) >= 2 else 0
        test.append([files[i] for i in sorted(order[:n_test])])
        train.append([files[i] for i in sorted(order[n_test:])])
    return train, test


def load_folder(req: LoadRequest) -> LoadedData:
    top = req.folder
    if top is None:
        raise DatasetError(said.NoFolderChosen())
    if not top.is_dir():
        raise DatasetError(said.NoSuchFolder(str(top)))
    size = req.image_size or DEFAULT_SIZE
    skipped: list[SkippedFile] = []
    notes: list[Message] = []
    subdirs = {d.name.lower(): d for d in _subdirs(top)}
    test_dir = next((subdirs[n] for n in TEST_NAMES if n in subdirs), None)
    if "train" in subdirs and test_dir is not None:
        train_root = subdirs["train"]
        classes, train_files = _scan(train_root, None, skipped, notes)
        _, test_files = _scan(test_dir, classes, skipped, notes)
    else:
        train_root = top
        classes, all_files = _scan(top, None, skipped, notes)
        train_files, test_files = _holdout(all_files, req.seed)
    keep = [i for i, files in enumerate(train_files) if files]
    notes += [said.ClassWithoutImages(str(train_root / classes[i])) for i in range(len(classes)) if i not in keep]
    if len(keep) < 2:
        too_few = said.OneClassFound if keep else said.NoClassFound
        raise DatasetError(too_few(str(top), said.FolderLayout(str(top))))
    classes = [classes[i] for i in keep]
    files = [
        (p, label, split)
        for split, groups in (("train", train_files), ("test", test_files))
        for label, i in enumerate(keep)
        for p in groups[i]
    ]
    need = len(files) * (req.channels or 3) * size * size
    if need > MAX_BYTES:
        raise DatasetError(said.FolderTooBig(len(files), str(top), need / 2**30, size))
    items = _decode(files, size, req, skipped)
    train_items = [it for it in items if it[3] == "train"]
    if not train_items:
        raise DatasetError(said.NoImageReadable(str(top), said.FolderLayout(str(top))))
    channels = req.channels or (3 if any(colour for _, colour, _, _ in items) else 1)
    train_x, train_y = _to_tensor(train_items, channels, size)
    test_x, test_y = _to_tensor([it for it in items if it[3] == "test"], channels, size)
    mean, std = channel_mean_std(train_x)
    spec = replace(
        FOLDER_SPEC,
        title=f"Folder '{top.name}'",
        channels=channels,
        image_size=size,
        class_names=tuple(classes),
        mean=mean,
        std=std,
        description=f"{len(train_x)} train + {len(test_x)} test images in {len(classes)} classes "
        f"from {top}, {size}x{size} {'RGB' if channels == 3 else 'grey'}.",
    )
    notes += [s.note() for s in skipped[:MAX_NOTES]]
    if len(skipped) > MAX_NOTES:
        notes.append(said.MoreSkipped(len(skipped) - MAX_NOTES))
    return LoadedData(
        spec, train_x, train_y, test_x, test_y, skipped=len(skipped), notes=tuple(notes), skipped_files=tuple(skipped)
    )


register_dataset(DatasetEntry(FOLDER_SPEC, load_folder, lambda root: "choose a folder"))
