"""One rule for a run folder's weights (core.run_weights): best.pt, else last.pt, else one clear error."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from core.checkpoint import CheckpointError
from core.export import ExportJob
from core.predict_files import load_predictor
from core.run_weights import NoRunWeights, has_weights, weights_file
from tests.helpers import short_run

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def run_with_last_only(mnist, tmp_path_factory) -> Path:
    """A real one-epoch run folder whose best.pt is gone (as after a crash between files, or removed by hand)."""
    run_dir = short_run(mnist, tmp_path_factory.mktemp("runs"))
    (run_dir / "best.pt").unlink()
    return run_dir


def test_best_is_preferred_then_last_then_one_error(mnist, tmp_path):
    run_dir = short_run(mnist, tmp_path)
    assert weights_file(run_dir) == run_dir / "best.pt" and has_weights(run_dir)
    (run_dir / "best.pt").write_bytes(b"")  # an empty file (a full disk) is not usable
    assert weights_file(run_dir) == run_dir / "last.pt"
    (run_dir / "last.pt").unlink()
    (run_dir / "best.pt").unlink()
    assert not has_weights(run_dir)
    with pytest.raises(NoRunWeights, match="holds no weights yet") as raised:
        weights_file(run_dir)
    assert isinstance(raised.value, CheckpointError) and str(run_dir) in str(raised.value)


def test_predict_and_export_read_a_folder_with_only_last_pt(run_with_last_only, mnist, tmp_path):
    predictor, card = load_predictor(run_with_last_only)
    assert card.dataset == "mnist" and card.epoch == 1
    image = mnist.test_x[0, 0].numpy()
    path = tmp_path / "digit.png"
    Image.fromarray(image).save(path)
    done = subprocess.run(
        [sys.executable, "main.py", "predict", str(path), "--model", str(run_with_last_only), "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    row = json.loads(done.stdout.splitlines()[0])
    probabilities = [row["probabilities"][name] for name in predictor.class_names]
    assert row["label"] == predictor.class_names[int(np.argmax(probabilities))]
    exported_card, weights = ExportJob(tmp_path / "model.onnx", (run_with_last_only,)).card_and_weights()
    assert exported_card == card and weights.keys() == predictor.model.state_dict().keys()


def test_a_folder_without_weights_gets_the_same_message_everywhere(tmp_path):
    with pytest.raises(NoRunWeights) as direct:
        weights_file(tmp_path)
    with pytest.raises(NoRunWeights) as predicted:
        load_predictor(tmp_path)
    assert str(direct.value) == str(predicted.value)
    done = subprocess.run(
        [sys.executable, "main.py", "predict", "x.png", "--model", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2 and str(direct.value) in done.stderr
