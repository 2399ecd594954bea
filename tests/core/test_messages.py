"""core's typed messages: each type says its English sentence, round-trips through JSON (sweep trials keep
theirs in the study), and exceptions carry their message."""

from __future__ import annotations

import pytest

from core import messages as m
from core.checkpoint import CheckpointError, load
from core.config import ConfigError, TrainConfig


def sample(cls: type[m.Message]) -> m.Message:
    return cls(**cls.sample)


@pytest.mark.parametrize("cls", list(m.MESSAGES), ids=m.MESSAGES.names())
def test_every_message_type_says_its_english_and_survives_json(cls):
    msg = sample(cls)
    text = str(msg)
    assert text and "{" not in text, text  # every field filled
    assert m.from_json(msg.to_json()) == msg


def test_a_failure_names_its_fields_and_says_the_same_sentence_as_before():
    assert str(m.Diverged(float("nan"), 2, 7)) == "The loss became nan at epoch 2, batch 7: the network diverged."
    said = m.Sentences((m.StoppedByYou(3, 12), m.YouCanResume()))
    assert str(said) == (
        "Stopped by you at epoch 3, batch 12. Finished epochs are saved in the run folder; you can resume it."
    )
    assert str(m.SkippedFiles(3, (m.NotImages(2), m.Unreadable(1)))) == "skipped 3 files: 2 not images, 1 unreadable"


def test_bad_settings_raise_a_config_error_with_a_message_per_field():
    with pytest.raises(ConfigError) as info:
        TrainConfig(epochs=0, optimizer="adamx")
    problems = info.value.problems
    assert isinstance(problems["epochs"], m.OutOfRange) and problems["epochs"].value == "0"
    assert isinstance(problems["optimizer"], m.UnknownValue)
    assert str(problems["optimizer"]).startswith("Unknown value 'adamx': the optimizer is one of sgd")
    assert isinstance(info.value.msg, m.Sentences) and str(info.value) == str(info.value.msg)


def test_a_missing_weights_file_is_a_typed_message(tmp_path):
    with pytest.raises(CheckpointError) as info:
        load(tmp_path / "nope.pt")
    assert info.value.msg == m.NoWeightsFile(str(tmp_path / "nope.pt"))
    assert str(info.value) == f"No weights file at {tmp_path / 'nope.pt'}. Choose an existing .pt file."


def test_an_exception_without_a_message_is_raw_text():
    assert m.as_message(KeyError("x")) == m.RawText("'x'")
    assert m.as_message(RuntimeError()) == m.RawText("RuntimeError")
