"""Core's refusals that reach a widget are typed messages, said in the window's language: each is raised here
by the real core call (not built from its sample) and said in Chinese, with no English word of ours left."""

from __future__ import annotations

import numpy as np
import pytest
from torch import nn

from core import messages as said
from core import runs
from core.archs.network_file import NetworkFile
from core.codegen import script
from core.config import TrainConfig
from core.data import my_digits
from core.embedding import last_hidden_layer
from core.preprocess import mnist_style
from gui.core_texts import static_texts
from gui.i18n import language
from gui.messages import say
from tests.gui.test_zh_walk import english_words, outside_words


def _full_runs_folder(root, monkeypatch):
    monkeypatch.setattr(runs, "SAME_NAME_LIMIT", 3)
    monkeypatch.setattr(runs.time, "strftime", lambda _format: "2026-12-07_10-00-00")
    for name in ("2026-12-07_10-00-00_lenet_mnist", "2026-12-07_10-00-00_lenet_mnist-2"):
        (root / name).mkdir()
    runs.new_run_dir(root, TrainConfig())


REFUSALS = {
    "runs folder full": (_full_runs_folder, said.RunsFolderFull),
    "digit label": (lambda root, _mp: my_digits.save_sample(root, 11, np.zeros((28, 28))), said.NotADigitLabel),
    "no hidden layer": (lambda *_: last_hidden_layer(nn.Sequential(nn.Conv2d(1, 2, 3))), said.NoLastHiddenLayer),
    "code for own data": (lambda *_: script(TrainConfig(dataset="my-digits")), said.CodeOnlyForTorchvisionData),
    "picture shape": (lambda *_: mnist_style(np.zeros((28, 28, 5), np.uint8)), said.PictureOfUnknownShape),
    "NaN in a network file": (
        lambda *_: NetworkFile.from_json('{"format": "cnn-playground-network", "version": NaN}'),
        said.NetworkFileNotANumber,
    ),
}


@pytest.mark.parametrize("refusal", list(REFUSALS))
def test_a_refusal_of_core_is_said_in_chinese(qapp, tmp_path, monkeypatch, refusal):
    refuse, kind = REFUSALS[refusal]
    with pytest.raises(said.MessageError) as raised:
        refuse(tmp_path, monkeypatch)
    assert isinstance(raised.value.msg, kind)
    english = str(raised.value)
    language().install("zh_CN")
    try:
        chinese = say(raised.value)
        theirs = set(english_words(" ".join(outside_words(raised.value.msg, set(static_texts())))))
        assert not [w for w in english_words(chinese) if w not in theirs], chinese
        assert chinese != english
    finally:
        language().install("en")
    assert say(raised.value) == english  # the window's English is the CLI's
