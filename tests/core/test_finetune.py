"""Fine-tuning a digit model on collected digits ('Teach it my handwriting'), on real MNIST."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import torch

from core import runs
from core.control import RunControl
from core.data.my_digits import TooFewToMeasure
from core.events import RunFinished, RunStarted
from core.run_status import read_status
from core.trainer import Trainer
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
    assert seen == [(done, steps) for done in range(1, steps + 1)]

    # A run folder the Draw tab's model chooser lists, whose best weights read the held-out digits as scored:
    # the held-out digits are the run's test set, scored after every epoch.
    listed = runs.list_runs(tmp_path)
    assert [r.path for r in listed] == [result.run_dir] and result.weights == result.run_dir / "best.pt"
    assert listed[0].meta["finetune"]["after"] == pytest.approx(result.after)
    best = max(listed[0].history, key=lambda m: m.test_acc)
    assert best.test_acc == pytest.approx(result.after)
    assert listed[0].meta["finetune"]["from"].endswith(MNIST_ONLY.name)
    predictor, card = load_predictor(result.weights)
    assert card.dataset == "my-digits" and card.digit_like and card.epoch == best.epoch
    probs = predictor.predict_batch(_normalised(held_x, card))
    assert (probs.argmax(1).numpy() == held_y).mean() == pytest.approx(result.after)


def _normalised(images, card):
    return (torch.from_numpy(images).float()[:, None] / 255 - card.mean[0]) / card.std[0]


def test_a_stop_before_the_first_epoch_ends_saves_nothing(mnist, tmp_path, one_torch_thread):
    train_x, train_y, held_x, held_y = slashed_zeros()
    control = RunControl()

    def progress(done, total):
        if done == 3:
            control.stop()

    with pytest.raises(FinetuneCancelled) as stopped:
        finetune_digits(
            train_x,
            train_y,
            held_x,
            held_y,
            model_path=MNIST_ONLY,
            runs_root=tmp_path,
            mnist=mnist,
            on_progress=progress,
            control=control,
        )
    assert stopped.value.run_dir is None and stopped.value.saved_epoch == 0
    assert not list(tmp_path.iterdir())


FIRST_DRAWN = 672  # canvas_styles.npz's first digits, unchanged since the harder styles were added after them


def collect(root: Path, per_digit: int | None = None, every: int = 1) -> int:
    """Canvas-drawn digits (tests/fixtures/canvas_styles.npz) saved as Collect mode saves them; how many."""
    canvas = np.load(FIXTURES / "canvas_styles.npz")
    first = slice(0, FIRST_DRAWN, every)  # the digits these tests were written for; the harder styles came later
    images, labels = canvas["images"][first], canvas["labels"][first]
    if per_digit is not None:
        keep = np.concatenate([np.flatnonzero(labels == d)[:per_digit] for d in range(10)])
        images, labels = images[keep], labels[keep]
    for image, label in zip(images, labels):
        my_digits.save_sample(root, int(label), image / 255.0)
    return len(labels)


def test_too_few_digits_to_measure_are_all_learnt_and_nothing_is_claimed(mnist, tmp_path, one_torch_thread):
    """34 digits, but one 6 and two 5s: holding out two of each leaves nothing to learn a 5 or a 6 from."""
    total = collect(tmp_path / "data", every=20)
    result = finetune_my_digits(
        tmp_path / "data", runs_root=tmp_path / "runs", mnist=mnist, settings=FinetuneSettings(1, 5)
    )
    assert total == 34 and result.trained_on == total and result.held_out == 0 and not result.measured
    assert result.before is None and result.after is None and 0.9 < result.mnist_after <= 1
    assert result.too_few == TooFewToMeasure(3, ((5, 2), (6, 1)))
    assert "at least 3 of each digit" in str(result.too_few.message()) and "these have fewer: 5, 6." in str(
        result.too_few.message()
    )
    assert result.weights.is_file() and runs.read_run(result.run_dir).meta["finetune"]["after"] is None
    assert np.isnan(runs.read_run(result.run_dir).history[-1].test_acc)  # no test digits: no score, not 0 or 100 %


def test_a_teach_run_is_a_normal_run_folder_that_stops_and_resumes(mnist, data_root, tmp_path, one_torch_thread):
    root = tmp_path / "data"
    collect(root, per_digit=4)  # 2 of each digit held out, 2 learnt from
    (root / "MNIST").symlink_to(data_root / "MNIST")  # what a resume mixes in, read from the data folder
    control, settings = RunControl(), FinetuneSettings(3, 3)

    def progress(done, total):
        if done == 3:
            control.stop()  # at the end of epoch 1: the stop lands at the start of epoch 2

    with pytest.raises(FinetuneCancelled) as stopped:
        finetune_my_digits(
            root, runs_root=tmp_path / "runs", mnist=mnist, settings=settings, on_progress=progress, control=control
        )
    run_dir = stopped.value.run_dir
    assert stopped.value.saved_epoch == 1 and run_dir is not None
    for name in ("config.json", "status.json", "metrics.json", "metrics.csv", "batches.csv", "best.pt", "last.pt"):
        assert (run_dir / name).is_file(), name
    status = read_status(run_dir)
    assert status.status == "stopped" and status.device not in ("", "auto")
    info = runs.read_run(run_dir)
    assert (info.config.dataset, info.config.mix_dataset, info.config.mix_share) == ("my-digits", "mnist", 0.5)
    assert info.config.steps_per_epoch == 3 and info.meta["init_weights"].endswith("digit_model.pt")

    # Resumed as the Runs tab resumes any run: the digits and MNIST are read from the data folder again.
    events = []
    final = Trainer(info.config, events.append, data_root=root, resume_from=run_dir).run()
    assert isinstance(final, RunFinished), final
    assert [m.epoch for m in final.history] == [1, 2, 3]
    started = next(e for e in events if isinstance(e, RunStarted))
    assert (started.num_train, started.num_test, started.batches_per_epoch) == (20, 20, 3)
    rows = (run_dir / "batches.csv").read_text().splitlines()[1:]
    assert [int(r.split(",")[0]) for r in rows] == list(range(1, 10))
    assert read_status(run_dir).status == "finished" and runs.read_run(run_dir).meta["init_weights"]


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
        settings=FinetuneSettings(1, 3),
    )
    assert all(torch.equal(before[k], v) for k, v in model.state_dict().items())
    assert runs.read_run(result.run_dir).meta["finetune"]["from"] == "a model in memory"
    three = dataclasses.replace(card, class_names=("a", "b", "c"))
    with pytest.raises(CardError, match="not a digit model"):
        finetune_digits(train_x, train_y, held_x, held_y, base=(model, three), runs_root=tmp_path, mnist=mnist)
