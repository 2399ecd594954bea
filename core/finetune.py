"""'Teach it my handwriting': fine-tune a digit model on the digits a user collected, mixed with MNIST.

Each step trains on a batch that is half the user's digits and half MNIST (both with the handwriting
augmentation), so the network learns the user's way of writing without forgetting everyone else's.
The result is saved as a run folder (config.json, metrics, best.pt) in the runs folder, so the Draw
tab's model chooser lists it like any finished run. No Qt: the GUI runs this on a background job.
"""

from __future__ import annotations

import copy
import dataclasses
import math
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import numpy as np
import torch
from torch import nn

from core import data, runs
from core.augment import AUGMENTATIONS
from core.card import CardError, ModelCard, load_model
from core.checkpoint import save
from core.config import TrainConfig
from core.evaluate import Normalizer, evaluate
from core.events import EpochMetrics
from core.messages import MessageError
from core import messages as said_data
from core import messages as said_files
from core.paths import runs_dir
from core.predict_files import BUNDLED_MODEL

MNIST_CHECK = 2000  # MNIST test digits scored before and after: did it forget?


class FinetuneCancelled(MessageError):
    """The user stopped the fine-tuning; nothing was saved."""


@dataclass(frozen=True)
class FinetuneSettings:
    steps: int = 150  # measured: ~20 s on one busy CPU thread for DigitNet
    batch_size: int = 64  # half collected digits, half MNIST
    lr: float = 1e-3  # AdamW, cosine decay to 0 (5e-4 learnt slashed zeros less: 94 % vs 95 %)
    weight_decay: float = 5e-4
    augment: str = "handwriting"
    threads: int = 1  # torch threads while it runs (two are 100x slower on a busy 2-core CPU)
    seed: int = 0


@dataclass(frozen=True)
class FinetuneResult:
    run_dir: Path  # the new run folder; its best.pt is the fine-tuned model
    weights: Path  # run_dir / "best.pt"
    before: float  # accuracy on the user's held-out digits, base model
    after: float  # the same, fine-tuned model
    mnist_before: float  # accuracy on MNIST_CHECK MNIST test digits, base / fine-tuned
    mnist_after: float
    trained_on: int  # collected digits trained on
    held_out: int  # collected digits kept aside for before/after
    seconds: float


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
    base: tuple[nn.Module, ModelCard] | None = None,
    data_root: Path | None = None,
    runs_root: Path | None = None,
    mnist: data.LoadedData | None = None,
    settings: FinetuneSettings = FinetuneSettings(),
    on_progress: ProgressFn | None = None,
    cancel: threading.Event | None = None,
) -> FinetuneResult:
    """Fine-tune the digit model at ``model_path`` (default: the bundled one) on the user's digits;
    or a model already in memory, ``base=(model, card)``, which is copied, not changed.

    Images are 28x28 as the network sees them (uint8 0..255 or float 0..1, ink bright), [N, 28, 28] or
    [N, 1, 28, 28]; labels are digits. ``held_*`` are only scored, before and after. MNIST comes from
    ``data_root`` (or ``mnist`` when already loaded). Blocking: call it off the GUI thread. Raises
    FinetuneCancelled when ``cancel`` is set, CardError (a CheckpointError) for a model that is not a digit model,
    DatasetError when MNIST is not in the data folder.
    """
    start = time.perf_counter()
    cancel = cancel or threading.Event()
    threads = torch.get_num_threads()
    torch.set_num_threads(settings.threads)
    try:
        source = "a model in memory" if base else str(Path(model_path or BUNDLED_MODEL))
        model, card = (copy.deepcopy(base[0]).cpu(), base[1]) if base else load_model(Path(source))
        _check_digit_model(card, Path(source).name if not base else "This model")
        x, y = _as_uint8(train_images), torch.as_tensor(np.asarray(train_labels), dtype=torch.int64)
        hx, hy = _as_uint8(held_images), torch.as_tensor(np.asarray(held_labels), dtype=torch.int64)
        if len(x) == 0 or len(x) != len(y) or len(hx) != len(hy):
            raise data.DatasetError(said_data.CollectDigitsFirst())
        mnist = mnist or data.load("mnist", data_root, download=False)
        norm = Normalizer.of(card.mean, card.std)
        check_x, check_y = mnist.test_x[:MNIST_CHECK], mnist.test_y[:MNIST_CHECK]
        before = evaluate(model, hx, hy, norm).accuracy if len(hx) else float("nan")
        mnist_before = evaluate(model, check_x, check_y, norm).accuracy
        loss, train_acc = _train(model, x, y, mnist, norm, settings, on_progress, cancel)
        after_scores = evaluate(model, hx, hy, norm) if len(hx) else None
        mnist_after = evaluate(model, check_x, check_y, norm).accuracy
        seconds = time.perf_counter() - start
        result_acc = after_scores.accuracy if after_scores else float("nan")
        run_dir = _save(
            model.eval(),
            card,
            source,
            settings,
            runs_root,
            EpochMetrics(
                1,
                loss,
                train_acc,
                None,
                None,
                after_scores.loss if after_scores else float("nan"),
                result_acc,
                0.0,
                settings.steps * settings.batch_size / seconds,
                seconds,
            ),
            dict(
                before=before,
                after=result_acc,
                mnist_before=mnist_before,
                mnist_after=mnist_after,
                trained_on=len(x),
                held_out=len(hx),
            ),
        )
        return FinetuneResult(
            run_dir, run_dir / "best.pt", before, result_acc, mnist_before, mnist_after, len(x), len(hx), seconds
        )
    finally:
        torch.set_num_threads(threads)


def _train(
    model: nn.Module,
    x: torch.Tensor,
    y: torch.Tensor,
    mnist: data.LoadedData,
    norm: Normalizer,
    s: FinetuneSettings,
    on_progress: ProgressFn | None,
    cancel: threading.Event,
) -> tuple[float, float]:
    gen = torch.Generator().manual_seed(s.seed)
    augment = AUGMENTATIONS.get(s.augment)
    optimizer = torch.optim.AdamW(model.parameters(), lr=s.lr, weight_decay=s.weight_decay)
    schedule = torch.optim.lr_scheduler.LambdaLR(optimizer, lambda k: 0.5 * (1 + math.cos(math.pi * k / s.steps)))
    criterion = nn.CrossEntropyLoss()
    own, other = max(1, s.batch_size // 2), max(1, s.batch_size - s.batch_size // 2)
    model.train()
    loss_sum = correct = seen = 0
    for step in range(s.steps):
        if cancel.is_set():
            raise FinetuneCancelled(said_files.FinetuneStopped())
        mine = torch.randint(len(x), (own,), generator=gen)
        theirs = torch.randint(len(mnist.train_x), (other,), generator=gen)
        bx = torch.cat([x[mine], mnist.train_x[theirs]])
        by = torch.cat([y[mine], mnist.train_y[theirs]])
        out = model(norm.normalize(augment(norm.to_unit(bx), gen, by)))
        loss = criterion(out, by)
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        optimizer.step()
        schedule.step()
        loss_sum += loss.item() * len(by)
        correct += int((out.argmax(1) == by).sum())
        seen += len(by)
        if on_progress:
            on_progress(step + 1, s.steps)
    return loss_sum / max(seen, 1), correct / max(seen, 1)


def _save(
    model: nn.Module,
    base: ModelCard,
    source: str,
    s: FinetuneSettings,
    runs_root: Path | None,
    metrics: EpochMetrics,
    summary: dict,
) -> Path:
    """A run folder like a training run's (config.json, metrics, best.pt), so the model chooser lists it."""
    options = {k: v for k, v in base.option_dict.items() if k in ("activation", "init", "dropout", "batch_norm")}
    cfg = TrainConfig(
        arch=base.arch,
        dataset="my-digits",
        epochs=1,
        batch_size=s.batch_size,
        lr=s.lr,
        optimizer="adamw",
        weight_decay=s.weight_decay,
        schedule="cosine",
        augment=s.augment,
        val_fraction=0.0,
        seed=s.seed,
        threads=s.threads,
        **options,
    )
    card = dataclasses.replace(base, dataset="my-digits", epoch=1, config=cfg.to_dict())
    run_dir = runs.new_run_dir(runs_root or runs_dir(), cfg)
    weights = {k: v.detach().cpu().clone() for k, v in model.state_dict().items()}
    save(run_dir / "best.pt", {"model": weights, "meta": card.to_dict()})
    runs.write_metrics(run_dir, [metrics])
    runs.write_config(run_dir, cfg, {"meta": card.to_dict(), "finetune": {"from": source, "steps": s.steps, **summary}})
    return run_dir


def finetune_my_digits(data_root: Path | None = None, **kwargs) -> FinetuneResult:
    """Fine-tune on the digits collected in Collect mode (``DATA_DIR/my-digits``), with the my-digits
    dataset's own split: 80 % to learn from, 20 % held out for the before/after accuracy."""
    mine = data.load("my-digits", data_root, download=False)
    return finetune_digits(mine.train_x, mine.train_y, mine.test_x, mine.test_y, data_root=data_root, **kwargs)
