"""The run folder one training run writes: made new or reopened, saved after every epoch, status.json kept true.

In a distributed run every process restores last.pt but rank 0 alone writes (``writes=False`` elsewhere).
A full or read-only disk becomes a "disk" Failure naming the folder; the epochs already saved stay.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import torch

from core import batch_log, checkpoint, run_naming, run_state, run_status, run_summary, runs, timeline
from core.run_lock import RunLock
from core.card import ModelCard
from core.config import TrainConfig
from core.events import EpochMetrics, RunFailed, RunFinished
from core.failures import disk_failure
from core.messages import Message
from core.messages import run as said
from core.metrics_on_device import state_to_host
from core.paths import runs_dir


class RunRecord:
    """``seconds`` gives this session's training seconds so far (pauses left out), for status.json."""

    def __init__(self, cfg: TrainConfig, seconds: Callable[[], float], writes: bool = True):
        self.cfg, self._seconds, self.writes = cfg, seconds, writes
        self.run_dir: Path | None = None
        self.saved_epoch = 0  # the last epoch whose weights and metrics are on disk
        self._status: run_status.RunStatus | None = None  # what status.json says; None until the folder exists
        self._lock: RunLock | None = None  # held from the folder's creation (or the resume) to the end

    def claim(self, folder: Path) -> None:
        """Take the run lock of an existing folder before anything reads or writes it: RunBusy when another
        process trains it (two resumes of one run would both append to its logs)."""
        if self.writes:
            self._lock = RunLock(folder, run_status.holder)
            self._lock.acquire()

    def create(
        self, root: Path | None, card: ModelCard, model: torch.nn.Module, device: str, init_weights: str | None
    ) -> None:
        """A new folder with config.json, and start.pt: the weights before any training (the Train tab's "start"
        histograms of an opened run). ``init_weights``: where the starting weights came from, if not random."""
        if not self.writes:
            return
        try:
            self.run_dir = runs.new_run_dir(root or runs_dir(), self.cfg)
            self.claim(self.run_dir)
            extra = {"init_weights": init_weights} if init_weights else {}
            runs.write_config(self.run_dir, self.cfg, {"meta": _meta(card, 0), **extra})
            run_summary.set_label(self.run_dir, name=run_naming.name_new_run(self.run_dir, self.cfg))
            start = {"model": state_to_host(model.state_dict()), "meta": _meta(card, 0)}
            checkpoint.save(self.run_dir / "start.pt", start)
        except OSError as exc:
            if self.run_dir is not None:
                runs.discard_if_unused(self.run_dir)  # no empty folder left behind by a full disk
            failure = disk_failure(exc, said.NewRunFolder(), 0, None)
            if failure is None:
                raise
            self.run_dir = None
            raise failure from exc
        self._status = run_status.RunStatus("running", device, started=run_status.now_iso())
        self.write_status("running")

    def restore(
        self,
        folder: Path,
        card: ModelCard,
        model: torch.nn.Module,
        optimizer: torch.optim.Optimizer,
        gen: torch.Generator,
        device: str,
    ) -> tuple[int, list[EpochMetrics], str]:
        """Continue ``folder`` from its last.pt (see core.run_state): the last saved epoch, the history, and the
        device type of a random state that could not be restored (empty when it was)."""
        self.run_dir = Path(folder)
        if self._lock is None:
            self.claim(self.run_dir)
        epoch, history, reseeded = run_state.restore(self.run_dir, model, optimizer, gen, self.cfg.arch, self.writes)
        self.saved_epoch = epoch
        if self.writes:
            stored = runs.read_config(self.run_dir)[1]  # keeps what the folder says beyond the meta (init_weights)
            runs.write_config(self.run_dir, self.cfg, {**stored, "meta": _meta(card, epoch)})
            seconds = sum(m.seconds or 0.0 for m in history)
            self._status = run_status.resumed(self.run_dir, device, seconds)
            self.write_status("running")
        return epoch, history, reseeded

    def save_epoch(
        self,
        epoch: int,
        card: ModelCard,
        weights: dict,
        optimizer: torch.optim.Optimizer,
        gen: torch.Generator,
        history: list[EpochMetrics],
        is_best: bool,
        batch_rows: list[str],
    ) -> None:
        what: Message = said.EpochFiles(epoch)
        try:
            run_state.save_epoch(self.run_dir, weights, _meta(card, epoch), optimizer, gen, history, is_best)
            self.saved_epoch, what = epoch, said.BatchLogOf(epoch)
            batch_log.append(self.run_dir, batch_rows)  # after last.pt: the log is never ahead of the weights
            what = said.TimelineSnapshotOf(epoch)
            timeline.save(self.run_dir, epoch, weights, _meta(card, epoch), self.cfg.epochs, self.cfg.timeline_mb)
        except OSError as exc:
            failure = disk_failure(exc, what, self.saved_epoch, self.run_dir, epoch)
            if failure is None:
                raise
            raise failure from exc
        self.write_status("running")

    def finish(self, final: RunFinished | RunFailed) -> None:
        """status.json says how the run ended, if this run wrote a folder that is still there; the lock goes."""
        try:
            if self._status is None or self.run_dir is None or not self.run_dir.is_dir():
                return
            ending = "finished" if isinstance(final, RunFinished) else final.kind
            message = "" if isinstance(final, RunFinished) else str(final.message)
            self.write_status(run_status.final_status(ending), message)
        finally:
            if self._lock is not None:
                self._lock.release()

    def write_status(self, status: str, message: str = "") -> None:
        """status.json: the seconds of earlier sessions (a resumed run) plus this one's."""
        seconds = self._status.seconds + self._seconds()
        run_status.write_status(self.run_dir, replace(self._status, status=status, seconds=seconds, message=message))


def resume_note(run_dir: Path, epoch: int, epochs: int) -> Message:
    """What a resumed run says first: where it goes on from, and what is left."""
    if epoch < epochs:
        return said.Resumed(run_dir.name, epoch, epochs, epochs - epoch)
    return said.ResumedAtTheEnd(run_dir.name, epoch, epochs)


def reseed_note(saved_on: str, here: str) -> Message:
    """Why a resumed run will not repeat the augmentation and batch order it would have had on its own device."""
    return said.Reseeded(saved_on.upper(), here.upper())


def _meta(card: ModelCard, epoch: int) -> dict:
    return card.with_epoch(epoch).to_dict()
