"""The class's own digits: export with a writer's name, import many (duplicates found), a split by writer, a
shared folder written by two processes at once, crafted files refused, and a leaderboard on the test writers.

Each "student" here is a set of real MNIST test digits saved as collected digits (real handwriting)."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import numpy as np
import pytest

from core import data
from core.class_board import leaderboard
from core.data import class_digits, my_digits
from core.config import TrainConfig
from core.predict_files import BUNDLED_MODEL
from core.trainer import Trainer
from tests.helpers import MNIST_SMALL

ROOT = Path(__file__).resolve().parents[2]
WRITERS = ("Ana", "Ben", "Chen", "Dana", "Emil", "Fay")


def _student(mnist, tmp_path: Path, index: int, n: int = 30) -> Path:
    """A student's computer: ``n`` collected digits (distinct MNIST test digits per student)."""
    root = tmp_path / f"student-{index}"
    for i in range(index * n, (index + 1) * n):
        image = mnist.test_x[i, 0].numpy().astype(np.float32) / 255
        my_digits.save_sample(root, int(mnist.test_y[i]), image)
    return root


@pytest.fixture
def exports(mnist, tmp_path) -> list[Path]:
    files = []
    for i, writer in enumerate(WRITERS):
        dest = tmp_path / "exports" / f"{writer}.digits.zip"
        assert class_digits.export_digits(_student(mnist, tmp_path, i), writer, dest) == 30
        files.append(dest)
    return files


def test_exports_import_into_a_class_set_once_and_split_by_writer(exports, tmp_path):
    class_root = tmp_path / "data" / class_digits.FOLDER
    reports = class_digits.import_digits(class_root, exports)
    assert [(r.writer, r.added, r.duplicates, r.problem) for r in reports] == [(w, 30, 0, None) for w in WRITERS]
    again = class_digits.import_digits(class_root, exports[:2])  # the same files again: every digit is known
    assert [(r.added, r.duplicates) for r in again] == [(0, 30), (0, 30)]
    assert class_digits.writers(class_root) == {w: 30 for w in WRITERS}
    held = class_digits.held_out_writers(list(WRITERS))
    assert 1 <= len(held) < len(WRITERS) and held == class_digits.held_out_writers(list(reversed(WRITERS)))
    loaded = data.load("class-digits", tmp_path / "data", download=False)
    assert len(loaded.test_x) == 30 * len(held) and len(loaded.train_x) == 30 * (len(WRITERS) - len(held))
    train = {bytes(x.numpy()) for x in loaded.train_x}
    assert not any(bytes(x.numpy()) in train for x in loaded.test_x)  # no test writer's digit is trained on


def test_two_machines_saving_into_one_shared_folder_at_once_lose_no_digit(mnist, tmp_path):
    shared = tmp_path / "shared-class"
    np.save(tmp_path / "digits.npy", mnist.test_x[:300, 0].numpy())
    np.save(tmp_path / "labels.npy", mnist.test_y[:300].numpy())
    script = (
        "import sys, numpy as np\n"
        "from pathlib import Path\n"
        "from core.data.class_digits import save_digit\n"
        "x, y = np.load(sys.argv[1]), np.load(sys.argv[2])\n"
        "start = int(sys.argv[4])\n"
        "for i in range(start, start + 200): save_digit(Path(sys.argv[3]), 'Lab', int(y[i]), x[i])\n"
    )
    args = [str(tmp_path / "digits.npy"), str(tmp_path / "labels.npy"), str(shared)]
    procs = [
        subprocess.Popen([sys.executable, "-c", script, *args, start], cwd=ROOT) for start in ("0", "100")
    ]  # digits 100-199 are saved by both at the same time
    assert [p.wait(120) for p in procs] == [0, 0]
    files = list(shared.glob("Lab/*/*.png"))
    unique = {class_digits.digit_hash(mnist.test_x[i, 0].numpy()) for i in range(300)}
    assert {f.stem for f in files} == unique and not list(shared.rglob("*.tmp*"))
    for f in files:  # every file is whole
        assert class_digits._read_png(f.read_bytes()).shape == (28, 28)


def _crafted(tmp_path: Path, name: str, manifest, members: dict[str, bytes] | None = None) -> Path:
    path = tmp_path / name
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("manifest.json", json.dumps(manifest) if not isinstance(manifest, bytes) else manifest)
        for member, content in (members or {}).items():
            zf.writestr(member, content)
    return path


def test_crafted_or_broken_files_are_refused_in_words_and_add_nothing(exports, tmp_path):
    good = json.loads(zipfile.ZipFile(exports[0]).read("manifest.json"))
    cases = {
        "not-a-zip.digits.zip": None,
        "other.digits.zip": {"format": "something else"},
        "newer.digits.zip": {**good, "version": 99},
        "escape.digits.zip": {**good, "digits": [{"label": 1, "file": "../../evil.png"}]},
        "label.digits.zip": {**good, "digits": [{"label": 12, "file": good["digits"][0]["file"]}]},
        "junk.digits.zip": b"\x00\xff not json",
        "noname.digits.zip": {**good, "writer": "../.."},
    }
    files = []
    for name, manifest in cases.items():
        if manifest is None:
            (tmp_path / name).write_bytes(b"PK\x03\x04 this is not a zip")
            files.append(tmp_path / name)
        else:
            files.append(_crafted(tmp_path, name, manifest))
    class_root = tmp_path / "class"
    reports = class_digits.import_digits(class_root, files)
    assert all(r.added == 0 and str(r.problem).startswith(f"{r.file} was not imported: ") for r in reports), reports
    assert "newer CNN Playground" in str(reports[2].problem) and not class_root.exists()


def test_the_leaderboard_scores_digit_models_on_the_test_writers(exports, tmp_path, data_root):
    class_root = tmp_path / "class"
    class_digits.import_digits(class_root, exports)
    cfg = TrainConfig(**{**MNIST_SMALL, "train_subset": 600, "threads": 1})
    short = Trainer(cfg, data_root=data_root, runs_root=tmp_path / "runs").run()  # a weak model: 600 digits, 1 epoch
    board = leaderboard(class_root, [("tiny", short.run_dir / "best.pt"), ("bundled", BUNDLED_MODEL)])
    assert [e.name for e in board][0] == "bundled" and {e.name for e in board} == {"bundled", "tiny"}
    assert board[0].total == 30 * len(class_digits.held_out_writers(list(WRITERS)))
    assert board[0].accuracy >= 0.9 and board[0].accuracy >= board[1].accuracy
