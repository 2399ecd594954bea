"""Exports of real short MNIST runs: ONNX and .pt2 answer as the network does, CSV holds several runs."""

from __future__ import annotations

import csv
import logging
import os

import pytest
import torch

from core import checkpoint
from core.card import load_model
from core.config import TrainConfig
from core.export import FORMATS, ExportError, ExportJob, MissingExtra, export
from core.run_summary import read_label, set_label
from core.export_check import PARITY_TOLERANCE, check_images, probabilities
from core.trainer import Trainer

CFG = TrainConfig(arch="lenet", dataset="mnist", epochs=1, batch_size=100, val_fraction=0.1, threads=1)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


@pytest.fixture(scope="module")
def two_runs(small_mnist, tmp_path_factory):
    """LeNet and an MLP, one epoch each on 2000 real MNIST images."""
    root = tmp_path_factory.mktemp("runs")
    return [
        Trainer(CFG.replace(arch=a), lambda e: None, loaded=small_mnist, runs_root=root).run().run_dir
        for a in ("lenet", "mlp")
    ]


def test_onnx_answers_as_pytorch_on_64_mnist_test_images(two_runs, data_root, tmp_path, caplog):
    pytest.importorskip("onnxruntime")
    out = tmp_path / "lenet.onnx"
    with caplog.at_level(logging.INFO):  # the app logs at INFO: the exporter's own INFO lines stay out of it
        result = export("onnx", ExportJob(out, (two_runs[0],), data_root=data_root))
    assert not [r for r in caplog.records if r.name.startswith(("onnx", "torch.onnx")) and r.levelno < logging.WARNING]
    assert result.path == out and out.stat().st_size > 10_000
    assert result.real_images and result.images == "MNIST test images"
    assert result.parity.images == 64 and result.parity.same_answers == 64
    assert 0 <= result.parity.max_difference <= PARITY_TOLERANCE
    assert "onnxruntime" in result.summary() and "64 MNIST test images" in result.summary()
    assert [p.name for p in tmp_path.iterdir()] == ["lenet.onnx"]  # no temp file left
    # the batch dimension is dynamic: one image and 64 both run
    import onnxruntime

    model, card = load_model(two_runs[0] / "best.pt")
    x = check_images(card, data_root).x
    session = onnxruntime.InferenceSession(str(out), providers=["CPUExecutionProvider"])
    for batch in (x[:1], x[:5]):
        logits = torch.from_numpy(session.run(None, {"images": batch.numpy()})[0])
        assert torch.allclose(torch.softmax(logits, 1), probabilities(model, batch), atol=PARITY_TOLERANCE)


def test_pt2_round_trip_runs_any_batch_size(two_runs, data_root, tmp_path):
    out = tmp_path / "lenet.pt2"
    result = export("pt2", ExportJob(out, (two_runs[0],), data_root=data_root))
    assert result.parity.max_difference <= PARITY_TOLERANCE and result.parity.same_answers == 64
    model, card = load_model(two_runs[0] / "best.pt")
    x = check_images(card, data_root).x[:3]
    loaded = torch.export.load(str(out)).module()
    assert torch.allclose(torch.softmax(loaded(x), 1), probabilities(model, x), atol=PARITY_TOLERANCE)


def test_weights_export_reads_back_weights_only(two_runs, tmp_path):
    out = tmp_path / "copy.pt"
    export("weights", ExportJob(out, (two_runs[1],)))
    assert out.stat().st_mode & 0o777 == checkpoint.NEW_FILE_MODE == 0o666 & ~_umask()  # as any new file: not 0600
    original, copy = checkpoint.load(two_runs[1] / "best.pt"), checkpoint.load(out)
    assert copy["meta"]["arch"] == "mlp"
    assert all(torch.equal(original["model"][k], copy["model"][k]) for k in original["model"])


def test_metrics_of_several_runs_in_one_csv_with_a_run_column(two_runs, tmp_path):
    out = tmp_path / "metrics.csv"
    set_label(two_runs[0], name="LeNet sigmoid")
    result = export("csv", ExportJob(out, tuple(two_runs)))
    assert out.stat().st_mode & 0o777 == 0o666 & ~_umask()  # others may read it, as the umask allows
    rows = list(csv.DictReader(out.open()))
    assert result.rows == 2 and result.runs == 2
    assert list(rows[0])[:3] == ["run", "folder", "epoch"] and "test_acc" in rows[0]
    assert [r["run"] for r in rows] == ["LeNet sigmoid", read_label(two_runs[1]).name]  # the Runs tab's name
    assert all(0.5 < float(r["test_acc"]) <= 1 for r in rows)


def test_missing_run_and_missing_extra_are_said_in_words(tmp_path, monkeypatch):
    with pytest.raises(ExportError, match="no run folder or weights file at"):
        export("onnx", ExportJob(tmp_path / "x.onnx", (tmp_path / "gone",)))
    with pytest.raises(ExportError, match="not a run folder"):
        export("csv", ExportJob(tmp_path / "x.csv", (tmp_path,)))
    monkeypatch.setattr("importlib.util.find_spec", lambda name: None)
    assert FORMATS.get("onnx").missing() == ("onnx", "onnxscript", "onnxruntime")
    with pytest.raises(MissingExtra, match="uv run --extra onnx main.py"):
        export("onnx", ExportJob(tmp_path / "x.onnx", (tmp_path,)))
    assert not list(tmp_path.glob("*.onnx"))
