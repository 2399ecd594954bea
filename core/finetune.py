"""'Teach it my handwriting': fine-tune a digit model on the digits a user collected, mixed with MNIST.

A normal training run (core.trainer.Trainer): it starts from the chosen model's weights and mixes MNIST into every
batch, half and half, both with the handwriting augmentation (core.data_mix), so the network learns the user's way
of writing without forgetting everyone else's. Its run folder is like any other (config, card, status, metrics,
batch log, best and last weights): listed, compared, stopped and resumed like any run. What is specific stays
here: the digits held out to check on (core.data.my_digits splits them per digit), scoring them and MNIST before
and after, and the FinetuneResult. No Qt: the GUI runs this on a background job.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import numpy as np
import torch

from core import data, runs
from core.card import CardError, ModelCard, load_model
from core.config import TrainConfig
from core.control import RunControl
from core.data import my_digits
from core.data.my_digits import TooFewToMeasure
from core.evaluate import Normalizer, evaluate
from core.events import BatchEnd, RunFailed, RunFinished
from core.messages import Message, MessageError, Sentences
from core import messages as said_data
from core import messages as said_files
from core.metrics_on_device import state_to_host
from core.predict_files import BUNDLED_MODEL
from core.run_weights import weights_file
from core.start_weights import StartWeights
from core.trainer import Trainer

MNIST_CHECK = 2000  # MNIST test digits scored before and after: did it forget?
IN_MEMORY = "a model in memory"


class FinetuneCancelled(MessageError):
    """The user stopped the fine-tuning. The finished epochs stay in ``run_dir`` (resumable); before the first
    one ended, the folder is removed and ``run_dir`` is None."""

    def __init__(self, message: Message, run_dir: Path | None, saved_epoch: int):
        super().__init__(message)
        self.run_dir, self.saved_epoch = run_dir, saved_epoch


class FinetuneFailed(MessageError):
    """The fine-tuning run failed (e.g. a full disk); ``msg`` says why and what to do."""


@dataclass(frozen=True)
class FinetuneSettings:
    # One epoch of 150 steps (~20 s on one busy CPU thread for DigitNet): the weights used are the final ones.
    # With 3 epochs of 50, best.pt kept epoch 1 whenever the few held-out digits were all right from then on
    # (a tie is not better): MNIST read 99.08 % after, against 99.23 % this way and 99.30 % with the old loop of
    # its own (bench/bench_teach_folds.py, 2 folds of the shared 21 digits, seed 0; held-out 20/20 with all three).
    epochs: int = 1
    steps_per_epoch: int = 150
    batch_size: int = 64  # half collected digits, half MNIST
    lr: float = 1e-3  # AdamW, cosine decay to 0 (5e-4 learnt slashed zeros less: 94 % vs 95 %)
    weight_decay: float = 5e-4
    augment: str = "handwriting"
    threads: int = 1  # torch threads while it runs (two are 100x slower on a busy 2-core CPU)
    seed: int = 0

    @property
    def steps(self) -> int:
        return self.epochs * self.steps_per_epoch

    def config(self, base: ModelCard) -> TrainConfig:
        """The run's settings: ``base``'s network, the user's digits with MNIST mixed in half and half."""
        options = {k: v for k, v in base.option_dict.items() if k in ("activation", "init", "dropout", "batch_norm")}
        return TrainConfig(
            arch=base.arch,
            dataset="my-digits",
            mix_dataset="mnist",
            mix_share=0.5,
            epochs=self.epochs,
            steps_per_epoch=self.steps_per_epoch,
            batch_size=self.batch_size,
            lr=self.lr,
            optimizer="adamw",
            weight_decay=self.weight_decay,
            schedule="cosine",
            augment=self.augment,
            val_fraction=0.0,
            seed=self.seed,
            threads=self.threads,
            **options,
        )


@dataclass(frozen=True)
class FinetuneResult:
    run_dir: Path  # the new run folder
    weights: Path  # its weights file (core.run_weights): the fine-tuned model
    before: float | None  # accuracy on the user's held-out digits, base model; None: too few to measure
    after: float | None  # the same, fine-tuned model
    mnist_before: float  # accuracy on MNIST_CHECK MNIST test digits, base / fine-tuned
    mnist_after: float
    trained_on: int  # collected digits trained on
    held_out: int  # collected digits kept aside for before/after
    seconds: float
    too_few: TooFewToMeasure | None = None  # why nothing was held out, when nothing was

    @property
    def measured(self) -> bool:
        return self.held_out > 0


ProgressFn = Callable[[int, int], None]  # (steps done, steps in all)


def _as_uint8(images) -> torch.Tensor:
    x = torch.as_tensor(np.asarray(images))
    if x.dtype != torch.uint8:
        x = (x.float().clamp(0, 1) * 255).round().to(torch.uint8) if x.is_floating_point() else x.to(torch.uint8)
    return (x.unsqueeze(1) if x.ndim == 3 else x).contiguous()


def _check_digit_model(card: ModelCard, name: str) -> None:
    if card.num_classes != 10 or card.image_size != 28 or card.in_channels != 1:
        raise CardError(said_files.NotADigitModel(name))


def finetune_digits(
    train_images,
    train_labels,
    held_images,
    held_labels,
    *,
    model_path: Path | None = None,
    base: tuple[torch.nn.Module, ModelCard] | None = None,
    data_root: Path | None = None,
    runs_root: Path | None = None,
    mnist: data.LoadedData | None = None,
    settings: FinetuneSettings = FinetuneSettings(),
    on_progress: ProgressFn | None = None,
    control: RunControl | None = None,
    too_few: TooFewToMeasure | None = None,
) -> FinetuneResult:
    """Fine-tune the digit model at ``model_path`` (default: the bundled one) on the user's digits;
    or a model already in memory, ``base=(model, card)``, which is copied, not changed.

    Images are 28x28 as the network sees them (uint8 0..255 or float 0..1, ink bright), [N, 28, 28] or
    [N, 1, 28, 28]; labels are digits. ``held_*`` are only scored, before and after (none: ``too_few`` says why).
    MNIST comes from ``data_root`` (or ``mnist`` when already loaded). Blocking: call it off the GUI thread.
    ``control.stop()`` ends it with FinetuneCancelled. Raises CardError (a CheckpointError) for a model that is not
    a digit model, DatasetError when MNIST is not in the data folder, FinetuneFailed when the run fails.
    """
    start = time.perf_counter()
    source = IN_MEMORY if base else str(Path(model_path or BUNDLED_MODEL))
    if base:
        _check_digit_model(base[1], "This model")
    model, card = (base[1].load(state_to_host(base[0].state_dict())), base[1]) if base else load_model(Path(source))
    _check_digit_model(card, Path(source).name)
    x, y = _as_uint8(train_images), torch.as_tensor(np.asarray(train_labels), dtype=torch.int64)
    hx, hy = _as_uint8(held_images), torch.as_tensor(np.asarray(held_labels), dtype=torch.int64)
    if len(x) == 0 or len(x) != len(y) or len(hx) != len(hy):
        raise data.DatasetError(said_data.CollectDigitsFirst())
    mnist = mnist or data.load("mnist", data_root, download=False)
    before = _scores(model, card, hx, hy, mnist)
    cfg = settings.config(card)
    final = _train(
        cfg,
        data.LoadedData(my_digits.SPEC, x, y, hx, hy),
        mnist,
        StartWeights(state_to_host(model.state_dict()), source),
        data_root,
        runs_root,
        on_progress,
        control,
    )
    weights = weights_file(final.run_dir)
    after = _scores(load_model(weights)[0], card, hx, hy, mnist)
    seconds = time.perf_counter() - start
    result = FinetuneResult(
        final.run_dir, weights, before[0], after[0], before[1], after[1], len(x), len(hx), seconds, too_few
    )
    _note_in_folder(result, source, settings.steps)
    return result


def _train(
    cfg: TrainConfig,
    loaded: data.LoadedData,
    mnist: data.LoadedData,
    start: StartWeights,
    data_root: Path | None,
    runs_root: Path | None,
    on_progress: ProgressFn | None,
    control: RunControl | None,
) -> RunFinished:
    """The run itself, on the one training loop; RunFinished, or FinetuneCancelled / FinetuneFailed."""

    def on_event(event) -> None:
        if on_progress and isinstance(event, BatchEnd):
            on_progress(event.step, event.batches * cfg.epochs)

    threads = torch.get_num_threads()  # the trainer sets cfg.threads for the process: put it back after
    try:
        final = Trainer(
            cfg,
            on_event,
            control,
            data_root=data_root,
            runs_root=runs_root,
            init_weights=start,
            loaded=loaded,
            mix_loaded=mnist,
        ).run()
    finally:
        torch.set_num_threads(threads)
    if isinstance(final, RunFailed) and final.kind == "stopped":
        if final.saved_epoch == 0 and final.run_dir is not None:
            runs.discard_if_unused(final.run_dir)  # nothing learnt yet: no empty run left behind
        kept = final.run_dir if final.saved_epoch else None
        raise FinetuneCancelled(final.message, kept, final.saved_epoch)
    if isinstance(final, RunFailed):
        raise FinetuneFailed(Sentences((final.message, final.hint)))
    return final


def _scores(model, card: ModelCard, hx, hy, mnist: data.LoadedData) -> tuple[float | None, float]:
    """(accuracy on the held-out digits, None without any; accuracy on MNIST_CHECK MNIST test digits)."""
    norm = Normalizer.of(card.mean, card.std)
    held = evaluate(model, hx, hy, norm).accuracy if len(hx) else None
    return held, evaluate(model, mnist.test_x[:MNIST_CHECK], mnist.test_y[:MNIST_CHECK], norm).accuracy


def _note_in_folder(result: FinetuneResult, source: str, steps: int) -> None:
    """config.json also says where the run started from and what the before/after scores were."""
    run = runs.read_run(result.run_dir)
    scores = ("before", "after", "mnist_before", "mnist_after", "trained_on", "held_out")
    finetune = {"from": source, "steps": steps, **{k: getattr(result, k) for k in scores}}
    runs.write_config(result.run_dir, run.config, {**run.meta, "finetune": finetune})


def finetune_my_digits(data_root: Path | None = None, **kwargs) -> FinetuneResult:
    """Fine-tune on the digits collected in Collect mode (``DATA_DIR/my-digits``), with the my-digits dataset's
    own split (core.data.my_digits.held_out_split: a fifth of each digit, at least two, held out for the
    before/after accuracy); when a digit has too few to hold any out, all are learnt from and none is measured."""
    settings = kwargs.get("settings", FinetuneSettings())
    mine = data.load("my-digits", data_root, download=False, seed=settings.seed)
    split = my_digits.held_out_split(torch.cat([mine.train_y, mine.test_y]), settings.seed)
    too_few = split if isinstance(split, TooFewToMeasure) else None
    return finetune_digits(
        mine.train_x, mine.train_y, mine.test_x, mine.test_y, data_root=data_root, too_few=too_few, **kwargs
    )
