"""`main.py predict` on real MNIST test images saved as PNG files, with the bundled model."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
from PIL import Image

from core.evaluate import Normalizer, evaluate
from core.predict_files import BUNDLED_MODEL, load_predictor

ROOT = Path(__file__).resolve().parents[2]
COUNT = 300


def test_bundled_model_is_small_and_loads_weights_only():
    assert BUNDLED_MODEL.is_file(), "resources/digit_model.pt is missing"
    assert BUNDLED_MODEL.stat().st_size < 3 * 2**20
    predictor, card = load_predictor()
    assert card.class_names == tuple(str(d) for d in range(10))


def test_cli_reads_png_digits_as_well_as_in_memory_evaluation(mnist, tmp_path):
    images, labels = mnist.test_x[:COUNT], mnist.test_y[:COUNT]
    paths = []
    for i, img in enumerate(images[:, 0].numpy()):
        # Dark ink on white paper, as a scan or a photo would be: polarity must be detected.
        path = tmp_path / f"{i:04d}.png"
        Image.fromarray(255 - img).save(path)
        paths.append(str(path))
    done = subprocess.run(
        [sys.executable, "main.py", "predict", *paths, "--json"], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["file"] for r in rows] == paths
    assert all(abs(sum(r["probabilities"].values()) - 1) < 1e-3 for r in rows)
    cli_acc = np.mean([int(r["label"]) == int(y) for r, y in zip(rows, labels)])

    predictor, card = load_predictor()
    in_memory = evaluate(predictor.model, images, labels, Normalizer.of(card.mean, card.std))
    assert cli_acc >= in_memory.accuracy - 0.01, (cli_acc, in_memory.accuracy)
    assert cli_acc >= 0.98


def test_cli_says_which_file_is_unreadable(tmp_path):
    bad = tmp_path / "notes.png"
    bad.write_text("not an image")
    done = subprocess.run(
        [sys.executable, "main.py", "predict", str(bad)], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 1 and "notes.png" in done.stdout


def test_cli_with_a_run_folder_agrees_with_the_draw_tab_predictor(tmp_path):
    """`main.py predict --model RUN_DIR` reads canvas drawings exactly as the Draw tab does
    (DrawView calls Predictor.predict_drawing on the canvas image)."""
    import shutil

    from core.pen_digits import PEN_STYLES, pen_paths, render

    run_dir = tmp_path / "run"
    run_dir.mkdir()
    shutil.copy(BUNDLED_MODEL, run_dir / "best.pt")
    rng = np.random.default_rng(5)
    drawings, paths = [], []
    for i, style in enumerate(PEN_STYLES):
        drawings.append(render(pen_paths(style, rng)))  # white ink on black, as DrawCanvas.image() gives
        paths.append(str(tmp_path / f"{i:02d}_{style.name}.png"))
        Image.fromarray(drawings[-1]).save(paths[-1])
    done = subprocess.run(
        [sys.executable, "main.py", "predict", *paths, "--model", str(run_dir), "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in done.stdout.splitlines()]

    predictor, _ = load_predictor(run_dir)
    for row, drawing in zip(rows, drawings):
        prediction, _ = predictor.predict_drawing(drawing)
        assert row["label"] == prediction.class_name, row["file"]
        cli_probs = [row["probabilities"][name] for name in predictor.class_names]
        assert np.allclose(cli_probs, prediction.probabilities, atol=1e-5), row["file"]


def test_cli_says_a_run_folder_has_no_best_weights(tmp_path):
    done = subprocess.run(
        [sys.executable, "main.py", "predict", "x.png", "--model", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2 and "best.pt" in done.stderr
