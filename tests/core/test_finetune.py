"""Fine-tuning a digit model on collected digits ('Teach it my handwriting'), on real MNIST."""

from __future__ import annotations

import threading
from pathlib import Path

import numpy as np
import pytest
import torch

from core import runs
from core.data import my_digits
from core.finetune import FinetuneCancelled, FinetuneSettings, finetune_digits, finetune_my_digits
from core.pen_digits import PEN_STYLES, styles_set
from core.predict_files import load_predictor

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
# The bundled model before the writing-styles augmentation: it reads MNIST at 99.5 % but misreads
# slashed zeros as 8 or 9 (it never saw one).
MNIST_ONLY = FIXTURES / "digit_model_mnist_only.pt"
SLASHED = tuple(s for s in PEN_STYLES if s.name in ("0-slash", "0-backslash"))


def slashed_zeros():
    """50 'collected' slashed zeros to learn from; held out: others drawn the same way and every slashed
    zero of the canvas fixture (drawn with mouse events on the real canvas)."""
    x, y, _ = styles_set(45, seed=11, styles=SLASHED)
    canvas = np.load(FIXTURES / "canvas_styles.npz")
    names = list(canvas["style_names"])
    on_canvas = np.isin(canvas["styles"], [names.index(s.name) for s in SLASHED])
    held_x = np.concatenate([x[50:], canvas["images"][on_canvas]])
    held_y = np.concatenate([y[50:], canvas["labels"][on_canvas]])
    return x[:50], y[:50], held_x, held_y


def test_finetuning_on_50_slashed_zeros_teaches_the_style_without_forgetting_mnist(mnist, tmp_path, one_torch_thread):
    train_x, train_y, held_x, held_y = slashed_zeros()
    assert len(train_x) == 50 and len(held_x) >= 100
    seen = []
    result = finetune_digits(
        train_x,
        train_y,
        held_x,
        held_y,
        model_path=MNIST_ONLY,
        runs_root=tmp_path,
        mnist=mnist,
        on_progress=lambda done, total: seen.append((done, total)),
    )
    assert result.trained_on == 50 and result.held_out == len(held_x)
    assert result.before < 0.9, "the base model should misread this style"
    assert result.after >= result.before + 0.1 and result.after >= 0.92, (result.before, result.after)
    assert result.mnist_after >= result.mnist_before - 0.01, (result.mnist_before, result.mnist_after)
    steps = FinetuneSettings().steps
    assert seen[0] == (1, steps) and seen[-1] == (steps, steps) and len(seen) == steps

    # A run folder the Draw tab's model chooser lists, whose best weights read the held-out digits as scored.
    listed = runs.list_runs(tmp_path)
    assert [r.path for r in listed] == [result.run_dir] and result.weights == result.run_dir / "best.pt"
    assert listed[0].meta["finetune"]["after"] == pytest.approx(result.after)
    assert listed[0].history[-1].test_acc == pytest.approx(result.after)
    assert listed[0].meta["finetune"]["from"].endswith(MNIST_ONLY.name)
    predictor, card = load_predictor(result.weights)
    assert card.dataset == "my-digits" and card.digit_like and card.epoch == 1
    probs = predictor.predict_batch(_normalised(held_x, card))
    assert (probs.argmax(1).numpy() == held_y).mean() == pytest.approx(result.after)


def _normalised(images, card):
    return (torch.from_numpy(images).float()[:, None] / 255 - card.mean[0]) / card.std[0]


def test_cancel_stops_and_saves_nothing(mnist, tmp_path, one_torch_thread):
    train_x, train_y, held_x, held_y = slashed_zeros()
    cancel = threading.Event()

    def progress(done, total):
        if done == 3:
            cancel.set()

    with pytest.raises(FinetuneCancelled):
        finetune_digits(
            train_x,
            train_y,
            held_x,
            held_y,
            model_path=MNIST_ONLY,
            runs_root=tmp_path,
            mnist=mnist,
            on_progress=progress,
            cancel=cancel,
        )
    assert not list(tmp_path.iterdir())


def test_finetune_my_digits_reads_what_collect_mode_saved(mnist, data_root, tmp_path, one_torch_thread):
    canvas = np.load(FIXTURES / "canvas_styles.npz")
    for image, label in zip(canvas["images"][::20], canvas["labels"][::20]):
        my_digits.save_sample(tmp_path / "data", int(label), image / 255.0)
    result = finetune_my_digits(
        tmp_path / "data", runs_root=tmp_path / "runs", mnist=mnist, settings=FinetuneSettings(steps=5)
    )
    total = sum(my_digits.counts(tmp_path / "data").values())
    assert result.trained_on + result.held_out == total and result.held_out >= 1
    assert 0 <= result.before <= 1 and 0 <= result.after <= 1 and result.weights.is_file()


def test_a_model_in_memory_is_copied_not_changed(mnist, tmp_path, one_torch_thread):
    import dataclasses

    from core.card import CardError, load_model

    model, card = load_model(MNIST_ONLY)
    before = {k: v.clone() for k, v in model.state_dict().items()}
    train_x, train_y, held_x, held_y = slashed_zeros()
    result = finetune_digits(
        train_x,
        train_y,
        held_x[:10],
        held_y[:10],
        base=(model, card),
        runs_root=tmp_path,
        mnist=mnist,
        settings=FinetuneSettings(steps=3),
    )
    assert all(torch.equal(before[k], v) for k, v in model.state_dict().items())
    assert runs.read_run(result.run_dir).meta["finetune"]["from"] == "a model in memory"
    three = dataclasses.replace(card, class_names=("a", "b", "c"))
    with pytest.raises(CardError, match="not a digit model"):
        finetune_digits(train_x, train_y, held_x, held_y, base=(model, three), runs_root=tmp_path, mnist=mnist)
