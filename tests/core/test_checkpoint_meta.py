"""Crafted weights files: each bad piece of metadata gets a sentence, and nothing is built before the check."""

from __future__ import annotations

import pytest
import torch

from core import archs, checkpoint
from core.card import CardError, load_model

GOOD = {
    "arch": "lenet",
    "dataset": "mnist",
    "in_channels": 1,
    "image_size": 28,
    "num_classes": 10,
    "class_names": [str(i) for i in range(10)],
    "mean": [0.13],
    "std": [0.31],
    "options": {},
    "epoch": 1,
}


@pytest.fixture(scope="module")
def weights():
    return archs.build("lenet", 1, 28, 10).state_dict()


@pytest.mark.parametrize(
    "change, words",
    [
        ({"options": {"activation": "evil"}}, "option activation"),
        ({"options": {"rm_rf": True}}, "unknown network option 'rm_rf'"),
        ({"in_channels": 2}, "2 channels"),
        ({"num_classes": 0}, "num_classes is 0"),
        ({"image_size": 1500}, "image_size is 1500"),
        ({"image_size": "28"}, "image_size is '28'"),
        ({"arch": ["lenet"]}, "network this version does not know"),
        ({"options": {"dropout": float("nan")}}, "option dropout"),
        ({"std": [0.0]}, "not finite and positive"),
        ({"class_names": ["a", "b"]}, "2 classes for 10 outputs"),
        ({"options": "dropout=1"}, "not a table"),
    ],
    ids=lambda v: str(v)[:30],
)
def test_bad_metadata_is_refused_before_any_network_is_built(tmp_path, weights, monkeypatch, change, words):
    path = tmp_path / "crafted.pt"
    checkpoint.save(path, {"model": weights, "meta": {**GOOD, **change}})
    monkeypatch.setattr(archs, "build", lambda *a, **k: pytest.fail("a network was built before the check"))
    with pytest.raises(CardError) as info:
        load_model(path)
    assert words in str(info.value) and "crafted.pt" in str(info.value)


def test_good_metadata_still_loads(tmp_path, weights):
    path = tmp_path / "fine.pt"
    checkpoint.save(path, {"model": weights, "meta": GOOD})
    model, card = load_model(path)
    assert card.num_classes == 10 and not model.training
    assert model(torch.zeros(1, 1, 28, 28)).shape == (1, 10)
