"""'class-digits': the digits a whole class collected, gathered by the teacher, split by writer.

Students export the digits they collected (``my-digits``) with their name into one ``.digits.zip``; the teacher
imports many of them into the class set, ``DATA_DIR/class-digits/<writer>/<digit>/<sha>.png``. A digit's file is
named by the hash of its pixels, so the same digit imported twice is one file (a duplicate), and several machines
writing into one shared folder at once never overwrite each other: each file is written to a temporary name and
renamed, and two writers of the same file write the same bytes.

The split is by writer: a student's digits are all for training or all for testing, so the class test set only
holds writers the model never saw. Zips are data, never code: size, count and every image are checked.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
from PIL import Image

from core.checkpoint import atomic_write_bytes
from core.messages import Message, MessageError, as_message
from core.messages import class_digits as said

from .errors import DatasetError
from .my_digits import CLASSES, FOLDER as MY_DIGITS
from .spec import DatasetEntry, DatasetSpec, LoadedData, LoadRequest, register_dataset

FOLDER = "class-digits"
FORMAT = "cnn-playground-digits"
VERSION = 1
MAX_ZIP_BYTES = 20 * 2**20  # 20 MB: thousands of 28x28 PNGs
MAX_DIGITS = 20_000
TEST_SHARE = 5  # one writer in five is a test writer (at least one, and never all of them)
SPEC = DatasetSpec(
    "class-digits",
    "Class digits",
    "The digits your class collected, gathered from everyone's exports; split by writer.",
    1,
    28,
    CLASSES,
    (0.1307,),
    (0.3081,),
    "folder",
)


@dataclass(frozen=True)
class ImportReport:
    file: str
    writer: str
    added: int
    duplicates: int
    problem: Message | None = None  # why the file was refused (nothing added then)


class Refused(MessageError, ValueError):
    """A writer name or an export file that cannot be used; ``msg`` says why."""


def writer_folder(name: str) -> str:
    """A writer's name as a folder name: letters, digits, spaces, '-' and '_' (any script), at most 40."""
    cleaned = re.sub(r"[^\w \-]", "", str(name), flags=re.UNICODE).strip()[:40]
    if not cleaned or cleaned.startswith("."):
        raise Refused(said.GiveAWriterName())
    return cleaned


def digit_hash(image28: np.ndarray) -> str:
    return hashlib.sha256(np.ascontiguousarray(image28, dtype=np.uint8).tobytes()).hexdigest()[:24]


def _png(image28: np.ndarray) -> bytes:
    buffer = io.BytesIO()
    Image.fromarray(image28).save(buffer, format="PNG")
    return buffer.getvalue()


def _read_png(data: bytes) -> np.ndarray:
    with Image.open(io.BytesIO(data)) as img:
        if img.size != (28, 28):
            raise Refused(said.DigitPictureSize(img.size[0], img.size[1]))
        return np.asarray(img.convert("L"), dtype=np.uint8)


def export_digits(data_root: Path, writer: str, dest: Path) -> int:
    """Write the digits collected on this computer, with the writer's name, into one zip; returns how many."""
    writer = writer_folder(writer)
    entries, count = [], 0
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for label in CLASSES:
            for path in sorted((Path(data_root) / MY_DIGITS / label).glob("*.png")):
                try:
                    image = _read_png(path.read_bytes())
                except (OSError, ValueError):
                    continue  # a damaged file costs one digit, not the export
                name = f"digits/{label}/{digit_hash(image)}.png"
                if name not in zf.namelist():
                    zf.writestr(name, _png(image))
                    entries.append({"label": int(label), "file": name})
                    count += 1
        manifest = {"format": FORMAT, "version": VERSION, "writer": writer, "digits": entries}
        zf.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=1))
    if count == 0:
        raise DatasetError(said.NoDigitsToExport())
    atomic_write_bytes(Path(dest), buffer.getvalue())
    return count


def import_digits(class_root: Path, files: list[Path]) -> list[ImportReport]:
    """Add the digits of each exported zip to the class set; a file that cannot be read is refused in words."""
    known = {p.stem for p in Path(class_root).glob("*/*/*.png")}
    return [_import_one(Path(class_root), Path(f), known) for f in files]


def _import_one(class_root: Path, file: Path, known: set[str]) -> ImportReport:
    try:
        if file.stat().st_size > MAX_ZIP_BYTES:
            raise Refused(said.ExportTooLarge(MAX_ZIP_BYTES // 2**20))
        with zipfile.ZipFile(file) as zf:
            manifest = json.loads(zf.read("manifest.json")[: 2**20])
            if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
                raise Refused(said.NotADigitsExport())
            if not isinstance(manifest.get("version"), int) or manifest["version"] > VERSION:
                raise Refused(said.FromANewerVersion())
            writer = writer_folder(manifest.get("writer", ""))
            digits = manifest.get("digits")
            if not isinstance(digits, list) or len(digits) > MAX_DIGITS:
                raise Refused(said.DigitListDamaged())
            pictures = [(_label(d), _read_png(zf.read(_member(d)))) for d in digits]
    except (OSError, ValueError, KeyError, zipfile.BadZipFile, json.JSONDecodeError) as exc:
        return ImportReport(file.name, "", 0, 0, said.NotImported(file.name, as_message(exc)))
    added = duplicates = 0
    for label, image in pictures:
        key = digit_hash(image)
        if key in known:
            duplicates += 1
            continue
        save_digit(class_root, writer, label, image)
        known.add(key)
        added += 1
    return ImportReport(file.name, writer, added, duplicates)


def _label(entry) -> int:
    label = entry.get("label") if isinstance(entry, dict) else None
    if not isinstance(label, int) or str(label) not in CLASSES:
        raise Refused(said.DigitLabelNotADigit())
    return label


def _member(entry) -> str:
    name = entry.get("file")
    if not isinstance(name, str) or not re.fullmatch(r"digits/\d/[0-9a-f]{24}\.png", name):
        raise Refused(said.DigitFileNameUnknown())
    return name


def save_digit(class_root: Path, writer: str, label: int, image28: np.ndarray) -> Path:
    """One digit into the class set (safe with several machines writing into one shared folder)."""
    image = np.ascontiguousarray(image28, dtype=np.uint8)
    path = Path(class_root) / writer_folder(writer) / str(label) / f"{digit_hash(image)}.png"
    if not path.exists():
        atomic_write_bytes(path, _png(image))
    return path


def writers(class_root: Path) -> dict[str, int]:
    """Each writer in the class set and how many digits they gave."""
    root = Path(class_root)
    return {p.name: len(list(p.glob("*/*.png"))) for p in sorted(root.iterdir()) if p.is_dir()} if root.is_dir() else {}


def held_out_writers(names: list[str]) -> set[str]:
    """The writers kept for testing: chosen by a hash of the name (stable as writers are added), at least one and
    never all of them once there are two."""
    names = sorted(names)
    chosen = {n for n in names if int(hashlib.sha256(n.encode()).hexdigest(), 16) % TEST_SHARE == 0}
    if len(names) >= 2 and not chosen:
        chosen = {min(names, key=lambda n: hashlib.sha256(n.encode()).hexdigest())}
    if len(names) >= 2 and chosen == set(names):
        chosen.discard(max(names, key=lambda n: hashlib.sha256(n.encode()).hexdigest()))
    return chosen


def load_split(class_root: Path) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor]:
    """(train_x, train_y, test_x, test_y) of the class set, split by writer."""
    names = list(writers(class_root))
    held = held_out_writers(names)
    parts = {True: ([], []), False: ([], [])}
    for name in names:
        for label in CLASSES:
            for path in sorted((Path(class_root) / name / label).glob("*.png")):
                try:
                    image = _read_png(path.read_bytes())
                except (OSError, ValueError):
                    continue
                parts[name in held][0].append(image)
                parts[name in held][1].append(int(label))
    return (*_tensors(*parts[False]), *_tensors(*parts[True]))


def _tensors(images: list, labels: list) -> tuple[torch.Tensor, torch.Tensor]:
    if not images:
        return torch.empty(0, 1, 28, 28, dtype=torch.uint8), torch.empty(0, dtype=torch.int64)
    return torch.from_numpy(np.stack(images)).unsqueeze(1).contiguous(), torch.tensor(labels, dtype=torch.int64)


def _load(req: LoadRequest) -> LoadedData:
    train_x, train_y, test_x, test_y = load_split(req.root / FOLDER)
    if len(train_x) == 0 or len(test_x) == 0:
        raise DatasetError(said.ClassSetNeedsTwoWriters())
    return LoadedData(SPEC, train_x, train_y, test_x, test_y)


def _availability(root: Path) -> str:
    return "on disk" if len(writers(Path(root) / FOLDER)) >= 2 else "draw some first"


register_dataset(DatasetEntry(SPEC, _load, _availability))
