"""The training loop: data resident on the device, batches by indexing a permutation, events to a callback."""

from __future__ import annotations

import logging
import math
import time
from contextlib import nullcontext
from dataclasses import replace
from pathlib import Path

import torch
from torch import nn

from core import archs, batch_log, checkpoint, data, run_state, run_status, runs
from core.card import ModelCard
from core.augment import AUGMENTATIONS
from core.config import TrainConfig
from core.control import RunControl
from core.data_on_device import put_on_device
from core.distributed import SINGLE_PROCESS, Parallel
from core.evaluate import evaluate
from core.events import (
    BatchEnd,
    EpochEnd,
    EpochMetrics,
    EventHandler,
    Paused,
    Progress,
    RunFailed,
    RunFinished,
    RunStarted,
)
from core.failures import Failure, disk_failure, explain
from core.metrics_on_device import DEFAULT_READBACK, BatchTally, Readback, state_to_host
from core.optim import make_optimizer, make_schedule
from core.paths import runs_dir

log = logging.getLogger(__name__)
GRAD_SAMPLE_EVERY = 10  # batches between gradient-strength samples: a few norms, not worth more often


class Trainer:
    """Runs one TrainConfig to the end, to a failure, or until ``control.stop()``.

    ``run()`` never raises for the user's mistakes: it reports and returns RunFinished or RunFailed.
    ``init_weights``: a new run starts from these weights (a run's best.pt: fine-tuning on another dataset of the
    same shape) instead of random ones. ``readback`` sets how often the host reads batch results back from the
    device; the BatchEnd events (one per batch, in order) and the NaN check come on that cadence.
    """

    def __init__(
        self,
        cfg: TrainConfig,
        on_event: EventHandler | None = None,
        control: RunControl | None = None,
        *,
        data_root: Path | None = None,
        runs_root: Path | None = None,
        resume_from: Path | None = None,
        init_weights: Path | None = None,
        loaded: data.LoadedData | None = None,
        readback: Readback = DEFAULT_READBACK,
        parallel: Parallel = SINGLE_PROCESS,  # or core.distributed.Distributed: this process's share of a DDP run
    ):
        self.cfg, self.control = cfg, control or RunControl()
        self._on_event = on_event or (lambda event: None)
        self.data_root, self.runs_root, self.resume_from, self.loaded = data_root, runs_root, resume_from, loaded
        self.init_weights = init_weights
        self._status: run_status.RunStatus | None = None  # what status.json says; None until the folder exists
        self.run_dir: Path | None = None
        self.history: list[EpochMetrics] = []
        self.saved_epoch = 0  # the last epoch whose weights and metrics are on disk
        self._paused_s = 0.0
        self._grad_sums: dict[str, tuple[torch.Tensor, int]] = {}  # summed on the device, read at epoch end
        self.readback, self._tally = readback, None
        self.parallel = parallel

    def run(self) -> RunFinished | RunFailed:
        self._t0 = time.perf_counter()
        try:
            final = self._run()
        except Exception as exc:  # every failure becomes a plain-words event; the traceback goes to the log
            failure = exc if isinstance(exc, Failure) else explain(exc, self.cfg)
            if failure.kind == "error":
                log.exception("training failed")
            final = RunFailed(
                failure.kind,
                failure.message,
                failure.hint,
                self.run_dir,
                failure.epoch,
                failure.batch,
                tuple(self.history),
                self.saved_epoch,
            )
        if self._status is not None and self.run_dir is not None and self.run_dir.is_dir():
            ending = "finished" if isinstance(final, RunFinished) else final.kind
            message = "" if isinstance(final, RunFinished) else final.message
            self._write_status(run_status.final_status(ending), message)
        self._on_event(final)
        return final

    # -- set-up ---------------------------------------------------------------------------------------------
    def _run(self) -> RunFinished:
        cfg = self.cfg
        if cfg.threads:
            torch.set_num_threads(cfg.threads)
        device = self.parallel.device(cfg.device)
        torch.manual_seed(cfg.seed)
        loaded = self.loaded or self._load_data()
        spec = loaded.spec
        misfit = archs.fit_problem(cfg.arch, spec.channels, spec.image_size)
        if misfit:
            raise Failure("config", misfit, "Pick another network, or another image size for the folder.")
        self.data = put_on_device(loaded, cfg, device)
        self.card = ModelCard.for_run(cfg, spec)
        model = self.card.build().train()
        if self.init_weights is not None and not self.resume_from:
            checkpoint.apply_weights(model, checkpoint.load(self.init_weights)["model"], cfg.arch)
        self.device_name = str(device)
        self.model = model.to(device=device, memory_format=self.data.memory_format)
        self.net = self.parallel.wrap(self.model)  # what trains: the model, or its DDP wrapper that syncs gradients
        self.optimizer = make_optimizer(model, cfg)
        self.criterion = nn.CrossEntropyLoss(label_smoothing=cfg.label_smoothing)
        self.gen = torch.Generator(device=device).manual_seed(cfg.seed)
        self.augment = AUGMENTATIONS.get(cfg.augment)
        self.amp = (
            torch.autocast("cuda", dtype=torch.bfloat16)
            if cfg.mixed_precision and device.type == "cuda"
            else nullcontext()
        )
        self.step_batch = self.parallel.batch_per_process(cfg.batch_size)
        self.batches = math.ceil(self.parallel.shard_size(len(self.data.train_x)) / self.step_batch)
        start_epoch = self._restore() if self.resume_from else self._new_run_dir()
        self.schedule = make_schedule(self.optimizer, cfg, self.batches, (start_epoch - 1) * self.batches)
        self._emit(
            RunStarted(
                self.run_dir,
                cfg.to_dict(),
                self.card.with_epoch(start_epoch - 1),
                len(self.data.train_x),
                len(self.data.val_x),
                len(self.data.test_x),
                self.batches,
                str(device),
                sum(p.numel() for p in model.parameters()),
                start_epoch,
                self._weights_copy(),
                loaded.test_x,
                loaded.test_y,
                _data_notes(loaded),
            )
        )
        self._steps_this_run, self._steps_planned = 0, (cfg.epochs - start_epoch + 1) * self.batches
        for epoch in range(start_epoch, cfg.epochs + 1):
            self._epoch(epoch)
        return RunFinished(self.run_dir, tuple(self.history), self._active_seconds())

    def _load_data(self) -> data.LoadedData:
        cfg = self.cfg
        self._emit(Progress(f"Loading {data.get_spec(cfg.dataset).title} ..."))
        return data.load(
            cfg.dataset,
            self.data_root,
            folder=Path(cfg.folder) if cfg.folder else None,
            image_size=cfg.image_size,
            progress=lambda m, d, t, u: self._emit(Progress(m, d, t, u)),
            cancel=self.control.stop_requested,
            seed=cfg.seed,
        )

    def _meta(self, epoch: int) -> dict:
        return self.card.with_epoch(epoch).to_dict()

    def _new_run_dir(self) -> int:
        if not self.parallel.is_main:  # rank 0 alone writes the run folder
            return 1
        root = self.runs_root or runs_dir()
        try:
            self.run_dir = runs.new_run_dir(root, self.cfg)
            extra = {"init_weights": str(self.init_weights)} if self.init_weights else {}
            runs.write_config(self.run_dir, self.cfg, {"meta": self._meta(0), **extra})
            # the weights before any training: the Train tab's "start" histograms of an opened run
            checkpoint.save(self.run_dir / "start.pt", {"model": self._weights_copy(), "meta": self._meta(0)})
        except OSError as exc:
            if self.run_dir is not None:
                runs.discard_if_unused(self.run_dir)  # no empty folder left behind by a full disk
            failure = disk_failure(exc, "a new run folder", 0, None)
            if failure is None:
                raise
            self.run_dir = None
            raise failure from exc
        self._status = run_status.RunStatus("running", self.device_name, started=run_status.now_iso())
        self._write_status("running")
        return 1

    def _restore(self) -> int:
        """Continue a run folder from its last.pt (see core.run_state) and say so."""
        self.run_dir = Path(self.resume_from)
        tidy = self.parallel.is_main  # in a distributed run every process reads last.pt, rank 0 alone writes
        epoch, self.history = run_state.restore(self.run_dir, self.model, self.optimizer, self.gen, self.cfg.arch, tidy)
        self.saved_epoch = epoch
        if not tidy:
            return epoch + 1
        stored = runs.read_run(self.run_dir).meta  # keeps what the folder says beyond the meta (init_weights)
        runs.write_config(self.run_dir, self.cfg, {**stored, "meta": self._meta(epoch)})
        seconds = sum(m.seconds or 0.0 for m in self.history)
        self._status = run_status.resumed(self.run_dir, self.device_name, seconds)
        self._write_status("running")
        left = (
            f"; {self.cfg.epochs - epoch} to go"
            if epoch < self.cfg.epochs
            else "; nothing left to train: give a larger number of epochs to go on"
        )
        self._emit(Progress(f"Resumed {self.run_dir.name} after epoch {epoch} of {self.cfg.epochs}{left}."))
        return epoch + 1

    # -- the loop -------------------------------------------------------------------------------------------
    def _epoch(self, epoch: int) -> None:
        d = self.data
        self.model.train()
        perm = self.parallel.epoch_order(len(d.train_x), self.gen)
        self._tally = BatchTally(self.batches, d.train_x.device, self.readback)
        self._epoch_start, self._paused_at_start = time.perf_counter(), self._paused_s
        self._seen, self._loss_sum, self._correct_sum = 0, 0.0, 0
        self._batch_rows: list[str] = []  # this epoch's lines of the run folder's batch log
        for b in range(self.batches):
            self.parallel.agree_on_stop(self.control, self._steps_this_run)
            self._check_controls(epoch, b)
            idx = perm[b * self.step_batch : (b + 1) * self.step_batch]
            x = d.norm.normalize(self.augment(d.norm.to_unit(d.train_x[idx]), self.gen, d.train_y[idx]))
            x, y = x.contiguous(memory_format=d.memory_format), d.train_y[idx]
            self._step(x, y)
            self._steps_this_run += 1
            if self._tally.due():
                self._report_batches(epoch)
        self._report_batches(epoch)
        seen, loss_sum, correct_sum = self.parallel.sum_over_processes(self._seen, self._loss_sum, self._correct_sum)
        if self.parallel.is_main:  # the others go on to the next epoch and wait for rank 0 at its first step
            train_s = max(self._train_s(), 1e-9)
            self._end_epoch(
                epoch, loss_sum / seen, correct_sum / seen, seen / train_s, self._epoch_start, self._paused_at_start
            )

    def _step(self, x: torch.Tensor, y: torch.Tensor) -> None:
        """One optimisation step, queued on the device: no host synchronisation (the tally is read later)."""
        with self.amp:
            out = self.net(x)
            loss = self.criterion(out.float(), y)
        self.optimizer.zero_grad(set_to_none=True)
        loss.backward()
        if self._steps_this_run % GRAD_SAMPLE_EVERY == 0:
            self._sample_gradients()
        if self.cfg.grad_clip:
            nn.utils.clip_grad_norm_(self.model.parameters(), self.cfg.grad_clip)
        self.optimizer.step()
        self.schedule.step()
        self._tally.record(loss, (out.argmax(1) == y).sum(), len(y), self.schedule.get_last_lr()[0])

    def _report_batches(self, epoch: int) -> None:
        """Read the batches trained since the last read and emit a BatchEnd for each; the first non-finite loss
        ends the run naming its batch. Speed, elapsed time and ETA are those measured at the read."""
        if self._tally is None or not self._tally.pending:
            return
        results = self._tally.read()
        seen = self._seen + sum(r.size for r in results)
        speed, elapsed, eta = seen / max(self._train_s(), 1e-9), self._active_seconds(), self._eta()
        for r in results:
            if not math.isfinite(r.loss):
                raise Failure(
                    "nan",
                    f"The loss became {r.loss} at epoch {epoch}, batch {r.batch}: the network diverged.",
                    _divergence_hint(self.cfg),
                    epoch,
                    r.batch,
                )
            self._seen, self._loss_sum = self._seen + r.size, self._loss_sum + r.loss * r.size
            self._correct_sum += r.correct
            step = (epoch - 1) * self.batches + r.batch
            event = BatchEnd(epoch, r.batch, self.batches, step, r.loss, r.correct / r.size, r.lr, speed, elapsed, eta)
            self._batch_rows.append(batch_log.row_text(event))
            self._emit(event)

    def _sample_gradients(self) -> None:
        """How strongly each layer is still being pushed: the norm of its weight gradient, summed on the device."""
        for name, param in self.model.named_parameters():
            if name.endswith("weight") and param.grad is not None and param.dim() > 1:
                total, count = self._grad_sums.get(name[: -len(".weight")], (0.0, 0))
                self._grad_sums[name[: -len(".weight")]] = (total + param.grad.detach().norm(), count + 1)

    def _end_epoch(
        self, epoch: int, train_loss: float, train_acc: float, speed: float, start: float, paused0: float
    ) -> None:
        d, fmt = self.data, self.data.memory_format
        val = evaluate(self.model, d.val_x, d.val_y, d.norm, memory_format=fmt) if len(d.val_x) else None
        test = evaluate(self.model, d.test_x, d.test_y, d.norm, memory_format=fmt)
        seconds = time.perf_counter() - start - (self._paused_s - paused0)
        metrics = EpochMetrics(
            epoch,
            train_loss,
            train_acc,
            val.loss if val else None,
            val.accuracy if val else None,
            test.loss,
            test.accuracy,
            self.schedule.get_last_lr()[0],
            speed,
            seconds,
        )
        score = lambda m: m.val_acc if m.val_acc is not None else m.test_acc
        is_best = all(score(metrics) > score(m) for m in self.history)
        self.history.append(metrics)
        weights = self._weights_copy()
        self._save(epoch, weights, is_best)
        totals = torch.stack([total for total, _ in self._grad_sums.values()]).tolist() if self._grad_sums else []
        grad_norms = {layer: t / count for (layer, (_, count)), t in zip(self._grad_sums.items(), totals)}
        self._grad_sums = {}
        self._emit(
            EpochEnd(
                self.cfg.epochs,
                metrics,
                self._active_seconds(),
                self._eta(),
                is_best,
                weights,
                test.pred.numpy(),
                test.conf.numpy(),
                grad_norms,
                self.card.with_epoch(epoch),
            )
        )
        if self.control.take_epoch_end_pause() and epoch < self.cfg.epochs:
            self._check_controls(epoch + 1, 0)

    def _save(self, epoch: int, weights: dict, is_best: bool) -> None:
        """A full or read-only disk becomes a "disk" failure naming the folder; saved epochs stay."""
        what = f"epoch {epoch}"
        try:
            run_state.save_epoch(
                self.run_dir, weights, self._meta(epoch), self.optimizer, self.gen, self.history, is_best
            )
            self.saved_epoch, what = epoch, f"the batch log of epoch {epoch}"
            batch_log.append(self.run_dir, self._batch_rows)  # after last.pt: the log is never ahead of the weights
        except OSError as exc:
            failure = disk_failure(exc, what, self.saved_epoch, self.run_dir, epoch)
            if failure is None:
                raise
            raise failure from exc
        self._write_status("running")

    def _write_status(self, status: str, message: str = "") -> None:
        """status.json: the seconds of earlier sessions (a resumed run) plus this one's."""
        seconds = self._status.seconds + self._active_seconds()
        run_status.write_status(self.run_dir, replace(self._status, status=status, seconds=seconds, message=message))

    def _weights_copy(self) -> dict:
        """A CPU copy other threads may use freely while training goes on."""
        return state_to_host(self.model.state_dict())

    # -- controls and timing --------------------------------------------------------------------------------
    def _check_controls(self, epoch: int, batch: int) -> None:
        if self.control.paused or self.control.stopped:
            self._report_batches(epoch)  # the batches trained so far are reported before the pause or the stop
        if self.control.paused and not self.control.stopped:
            self._emit(Paused(epoch, batch))
            self._paused_s += self.control.wait_while_paused()
        if self.control.stopped:
            raise Failure(
                "stopped",
                f"Stopped by you at epoch {epoch}, batch {batch}.",
                "Finished epochs are saved in the run folder; you can resume it.",
                epoch,
                batch,
            )

    def _train_s(self) -> float:
        """Seconds of training in this epoch so far, pauses left out."""
        return time.perf_counter() - self._epoch_start - (self._paused_s - self._paused_at_start)

    def _active_seconds(self) -> float:
        return time.perf_counter() - self._t0 - self._paused_s

    def _eta(self) -> float:
        """Seconds left at the average pace so far (evaluation time included once an epoch has ended)."""
        done = self._steps_this_run
        return self._active_seconds() / done * (self._steps_planned - done) if done else float("nan")

    def _emit(self, event) -> None:
        self._on_event(event)


def _data_notes(loaded: data.LoadedData) -> tuple[str, ...]:
    """One line about skipped files (first), then the loader's own notes."""
    summary = data.skip_summary(loaded.skipped_files)
    return ((summary,) if summary else ()) + tuple(loaded.notes)


def _divergence_hint(cfg: TrainConfig) -> str:
    return (
        f"The learning rate ({cfg.lr:g}) is probably too high: try it 10 times smaller "
        "(0.001 suits Adam, 0.01-0.1 suits SGD), or turn on gradient clipping."
    )
