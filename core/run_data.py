"""What a run starts with, apart from the training loop: its data loaded (with progress lines and Stop) and the
RunStarted event that tells the window and the CLI what is about to train."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Callable

from core import data
from core.messages import run as said
from core.events import Progress, RunStarted
from core.folders import check_data_folder
from core.metrics_on_device import state_to_host


def loading_args(data_root: Path | None, emit: Callable, cancel: threading.Event) -> dict:
    """What loading the run's dataset and the one mixed in share: where, progress lines, Stop."""
    progress = lambda m, d, t, u: emit(Progress(m, d, t, u))  # noqa: E731
    root = check_data_folder(data_root) if data_root else None
    return dict(root=root, progress=progress, cancel=cancel)


def load_run_data(cfg, emit: Callable, load_args: dict) -> data.LoadedData:
    emit(Progress(said.Loading(data.get_spec(cfg.dataset).title)))
    folder = Path(cfg.folder) if cfg.folder else None
    return data.load(cfg.dataset, folder=folder, image_size=cfg.image_size, seed=cfg.seed, **load_args)


def started_event(trainer, loaded: data.LoadedData, start_epoch: int, device) -> RunStarted:
    """The run is set up (``trainer``'s data, model and plan): what it trains, on what, from which epoch."""
    d = trainer.data
    return RunStarted(
        trainer.run_dir,
        trainer.cfg,
        trainer.card.with_epoch(start_epoch - 1),
        len(d.train_x),
        len(d.val_x),
        len(d.test_x),
        trainer.batches,
        str(device),
        sum(p.numel() for p in trainer.model.parameters()),
        start_epoch,
        state_to_host(trainer.model.state_dict()),
        loaded.test_x,
        loaded.test_y,
        data.notes_with_skips(loaded.skipped_files, loaded.notes),
    )
