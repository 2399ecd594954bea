"""The learning-rate range test on real data: a sensible suggestion that trains well, nothing touched, a CLI."""

from __future__ import annotations

import json

import numpy as np
import pytest
import torch

from core import data
from core.card import ModelCard
from core.config import TrainConfig
from core.events import RunFinished
from core.lr_find import NothingLearned, find_lr, suggest
from core.optim import make_optimizer
from core.trainer import Trainer
from tests.core.test_cli import run_cli

pytestmark = pytest.mark.usefixtures("one_torch_thread")


def cut(loaded: data.LoadedData, n_train: int, n_test: int) -> data.LoadedData:
    return data.LoadedData(
        loaded.spec, loaded.train_x[:n_train], loaded.train_y[:n_train], loaded.test_x[:n_test], loaded.test_y[:n_test]
    )


@pytest.fixture(scope="module")
def fashion(data_root) -> data.LoadedData:
    if not (data_root / "FashionMNIST" / "raw").is_dir():
        pytest.skip("real Fashion-MNIST not found in CNN_PLAYGROUND_DATA")
    return cut(data.load("fashion-mnist", data_root, download=False), 2500, 500)


def test_lenet_with_adam_on_fashion_gets_a_rate_that_trains_as_well_as_the_default(fashion):
    cfg = TrainConfig(arch="lenet", dataset="fashion-mnist", optimizer="adam", epochs=1, batch_size=64)
    finding = find_lr(cfg, fashion)
    assert 3e-4 <= finding.suggested_lr <= 3e-2, finding.suggested_lr
    assert finding.lrs[0] == pytest.approx(1e-6) and np.all(np.diff(finding.lrs) > 0)
    assert len(finding.losses) == len(finding.lrs) and finding.lrs[-1] < 10  # stopped once the loss exploded
    assert min(finding.losses) < finding.losses[0] * 0.8

    def accuracy(lr: float) -> float:
        final = Trainer(cfg.replace(lr=lr), loaded=fashion).run()
        assert isinstance(final, RunFinished), final
        return final.history[-1].test_acc

    assert accuracy(finding.suggested_lr) >= accuracy(cfg.lr) - 0.01


def test_the_network_and_optimizer_given_are_left_as_they_were(mnist):
    small = cut(mnist, 600, 10)
    cfg = TrainConfig(arch="lenet", optimizer="sgd", momentum=0.9, batch_size=32)
    model = ModelCard.for_run(cfg, small.spec).build()
    optimizer = make_optimizer(model, cfg)
    model(torch.randn(4, 1, 28, 28)).sum().backward()
    optimizer.step()  # a momentum buffer to keep
    weights = {k: v.clone() for k, v in model.state_dict().items()}
    buffers = {k: v["momentum_buffer"].clone() for k, v in optimizer.state_dict()["state"].items()}
    finding = find_lr(cfg, small, model=model, optimizer=optimizer, steps=80)
    assert finding.suggested_lr > 0
    assert all(torch.equal(weights[k], v) for k, v in model.state_dict().items())
    after = optimizer.state_dict()
    assert all(torch.equal(buffers[k], v["momentum_buffer"]) for k, v in after["state"].items())
    assert after["param_groups"][0]["lr"] == cfg.lr


def test_a_curve_too_short_to_fall_gives_no_suggestion_but_a_reason():
    with pytest.raises(NothingLearned, match="exploded after 5 batches"):
        suggest([1e-6, 1e-5, 1e-4, 1e-3, 1e-2], [2.3, 2.3, 2.3, 2.3, 2.3])
    lrs = list(np.geomspace(1e-6, 1, 60))
    losses = [2.3 - 2.0 / (1 + np.exp(-(np.log10(r) + 3) * 3)) for r in lrs]  # falls fastest at 1e-3
    assert suggest(lrs, losses) == pytest.approx(1e-3, rel=0.3)


def test_cli_prints_the_suggestion_and_the_curve_as_json(data_root, tmp_path):
    done = run_cli(
        "lr-find",
        "--dataset",
        "mnist",
        "--train-subset",
        "600",
        "--steps",
        "80",
        "--threads",
        "1",
        "--json",
        env_runs=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout.strip().splitlines()[-1])
    assert set(out) == {"suggested_lr", "lrs", "losses"}
    assert len(out["lrs"]) == len(out["losses"]) >= 20 and out["lrs"][0] <= out["suggested_lr"] <= out["lrs"][-1]
    assert not (tmp_path / "runs").exists() or not any((tmp_path / "runs").iterdir())

    bad = run_cli("lr-find", "--lr", "0", "--steps", "50", env_runs=tmp_path)
    assert bad.returncode == 2 and "learning rate" in bad.stderr
