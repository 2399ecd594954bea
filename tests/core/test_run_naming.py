"""A new run is named by what it is: its network and the settings that differ from its recipe or the run before."""

from __future__ import annotations

from core.config import TrainConfig
from core.presets import PRESETS
from core.run_naming import name_parts, run_name
from core.run_summary import list_summaries, read_label, set_label
from core.trainer import Trainer

LESSON_2 = PRESETS.get("lenet5-d2l").apply(epochs=3, activation="sigmoid")  # what lesson 2 sets up


def test_the_two_runs_of_lesson_2_are_named_by_what_the_class_changed():
    first = run_name(LESSON_2, None, set())
    assert first == "LeNet-5 (classic) · sigmoid"  # the recipe's lr, optimizer and batch size go unsaid
    second = LESSON_2.replace(activation="leakyrelu", lr=0.1)
    assert run_name(second, LESSON_2, {first}) == "LeNet-5 (classic) · LeakyReLU · lr 0.1"
    back = LESSON_2.replace(lr=0.9)  # back to the recipe's rate after a run at 0.1: the rate is said
    assert run_name(back, second, set()) == "LeNet-5 (classic) · sigmoid · lr 0.9"


def test_names_are_unique_and_only_runs_of_the_same_network_are_compared():
    taken = {"LeNet-5 (classic) · sigmoid", "LeNet-5 (classic) · sigmoid (2)"}
    assert run_name(LESSON_2, LESSON_2, taken) == "LeNet-5 (classic) · sigmoid (3)"
    other = TrainConfig(arch="mlp", dataset="mnist", lr=0.5)
    assert name_parts(LESSON_2, other) == ("sigmoid",)  # an MLP run before it says nothing about LeNet-5
    assert name_parts(TrainConfig(arch="mlp", dataset="shapes", grad_clip=0)) == (
        "Shapes (built-in)",
    )  # 0 == 0.0  # no preset: the defaults
    assert name_parts(TrainConfig(arch="lenet", dataset="fashion-mnist", batch_size=64, dropout=0.5)) == (
        "batch 64",
        "dropout 0.5",
    )


def test_a_new_run_folder_gets_its_name_as_its_label_unique_in_the_folder(small_mnist, tmp_path):
    cfg = TrainConfig(arch="mlp", dataset="mnist", epochs=1, batch_size=100, threads=1, device="cpu")
    first = Trainer(cfg, loaded=small_mnist, runs_root=tmp_path).run().run_dir
    assert read_label(first)["name"] == "MLP (no convolutions) · batch 100"
    second = Trainer(cfg.replace(lr=0.01), loaded=small_mnist, runs_root=tmp_path).run().run_dir
    third = Trainer(cfg.replace(lr=0.01), loaded=small_mnist, runs_root=tmp_path).run().run_dir
    names = {s.path: s.name for s in list_summaries(tmp_path)}
    assert names[second] == "MLP (no convolutions) · lr 0.01 · batch 100"
    assert names[third] == "MLP (no convolutions) · lr 0.01 · batch 100 (2)"  # same settings: a suffix
    assert first.name.startswith("20") and first.name.endswith("_mlp_mnist")  # the folder keeps its timestamp
    set_label(third, name="my run")  # editable as before
    assert list_summaries(tmp_path)[0].name == "my run" and list_summaries(tmp_path)[0].lr == 0.01
