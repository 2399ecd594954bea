"""A new run is named by what it is: its network and the settings that differ from its recipe or the run before."""

from __future__ import annotations

import json

import pytest

from core.config import TrainConfig
from core.presets import PRESETS
from core.run_name import NamePart, RunName, trial_name
from core.run_naming import name_parts, run_name
from core.run_summary import list_summaries, read_label, set_label
from core.trainer import Trainer

LESSON_2 = PRESETS.get("lenet5-d2l").apply(epochs=3, activation="sigmoid")  # what lesson 2 sets up


def test_the_two_runs_of_lesson_2_are_named_by_what_the_class_changed():
    first = str(run_name(LESSON_2, None, set()))
    assert first == "LeNet-5 (classic) · sigmoid"  # the recipe's lr, optimizer and batch size go unsaid
    second = LESSON_2.replace(activation="leakyrelu", lr=0.1)
    assert str(run_name(second, LESSON_2, {first})) == "LeNet-5 (classic) · LeakyReLU · lr 0.1"
    back = LESSON_2.replace(lr=0.9)  # back to the recipe's rate after a run at 0.1: the rate is said
    assert run_name(back, second, set()) == RunName(
        (NamePart("arch", "lenet5"), NamePart("activation", "sigmoid"), NamePart("lr", 0.9))
    )  # typed parts: the window says each in its language


def test_names_are_unique_and_only_runs_of_the_same_network_are_compared():
    taken = {"LeNet-5 (classic) · sigmoid", "LeNet-5 (classic) · sigmoid (2)"}
    third = run_name(LESSON_2, LESSON_2, taken)
    assert (str(third), third.number) == ("LeNet-5 (classic) · sigmoid (3)", 3)
    other = TrainConfig(arch="mlp", dataset="mnist", lr=0.5)
    # an MLP run before it says nothing about LeNet-5
    assert name_parts(LESSON_2, other) == (NamePart("activation", "sigmoid"),)
    words = lambda cfg: tuple(part.english() for part in name_parts(cfg))  # noqa: E731
    assert words(TrainConfig(arch="mlp", dataset="shapes", grad_clip=0)) == ("Shapes (built-in)",)  # 0 == 0.0
    assert words(TrainConfig(arch="lenet", dataset="fashion-mnist", batch_size=64, dropout=0.5)) == (
        "batch 64",
        "dropout 0.5",
    )


def test_a_new_run_folder_gets_its_name_as_its_label_unique_in_the_folder(small_mnist, tmp_path):
    cfg = TrainConfig(arch="mlp", dataset="mnist", epochs=1, batch_size=100, threads=1, device="cpu")
    first = Trainer(cfg, loaded=small_mnist, runs_root=tmp_path).run().run_dir
    assert read_label(first).name == "MLP (no convolutions) · batch 100"
    second = Trainer(cfg.replace(lr=0.01), loaded=small_mnist, runs_root=tmp_path).run().run_dir
    third = Trainer(cfg.replace(lr=0.01), loaded=small_mnist, runs_root=tmp_path).run().run_dir
    names = {s.path: s.name for s in list_summaries(tmp_path)}
    assert names[second] == "MLP (no convolutions) · lr 0.01 · batch 100"
    assert names[third] == "MLP (no convolutions) · lr 0.01 · batch 100 (2)"  # same settings: a suffix
    assert first.name.startswith("20") and first.name.endswith("_mlp_mnist")  # the folder keeps its timestamp
    set_label(third, name="my run")  # editable as before
    assert list_summaries(tmp_path)[0].name == "my run" and list_summaries(tmp_path)[0].lr == 0.01
    assert list_summaries(tmp_path)[0].typed_name is None  # the user's name: shown as typed, in every language
    assert list_summaries(tmp_path)[1].typed_name == RunName(
        (NamePart("arch", "mlp"), NamePart("lr", 0.01), NamePart("batch_size", 100))
    )


def test_label_json_keeps_the_parts_beside_the_english_and_reads_them_back(tmp_path):
    name = RunName((NamePart("arch", "lenet5"), NamePart("lr", 1e-05), NamePart("batch_norm", False)), 2)
    set_label(tmp_path, name=name, note="  fast  ")
    raw = json.loads((tmp_path / "label.json").read_text())
    assert raw["name"] == "LeNet-5 (classic) · lr 1e-05 · no batch norm (2)"  # for the CLI, scripts, old versions
    assert raw["parts"][1] == {"setting": "lr", "value": 1e-05} and raw["number"] == 2
    assert read_label(tmp_path).typed == name and read_label(tmp_path).note == "fast"  # round trip
    set_label(tmp_path, note="slow")  # a new note keeps the name core gave
    assert read_label(tmp_path).typed == name
    trial = trial_name("lr-search", 3)
    set_label(tmp_path, name=trial)
    assert (read_label(tmp_path).name, read_label(tmp_path).typed) == ("sweep lr-search · trial 3", trial)


@pytest.mark.parametrize(
    "label",
    [
        {"name": "LeNet-5 · sigmoid"},  # from before the parts were stored
        {"name": "LeNet-5 (classic) · lr 0.5", "parts": [{"setting": "arch", "value": "lenet5"}], "number": 1},
        {"name": "x", "parts": [{"setting": "from a newer version", "value": 1}]},
        {"name": "x", "parts": [{"setting": "lr", "value": [1]}], "number": 1},
        {"name": "x", "parts": "lr"},
        {"name": "LeNet-5 (classic)", "parts": [{"setting": "arch", "value": "lenet5"}], "number": 0},
    ],
    ids=["old", "renamed-by-hand", "unknown-setting", "bad-value", "not-a-list", "bad-number"],
)
def test_a_label_without_usable_parts_still_reads_and_shows_its_name_as_stored(tmp_path, label):
    (tmp_path / "label.json").write_text(json.dumps(label))
    assert (read_label(tmp_path).name, read_label(tmp_path).typed) == (label["name"], None)
