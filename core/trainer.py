"""The training loop: data resident on the device, batches by indexing a permutation, events to a callback."""

from __future__ import annotations

import logging
import math
from pathlib import Path

import torch
from torch import nn

from core import archs, batch_log, checkpoint, data
from core.card import ModelCard
from core.augment import AUGMENTATIONS
from core.config import TrainConfig
from core.control import RunControl
from core.data_on_device import put_on_device
from core.devices import mixed_precision
from core.distributed import SINGLE_PROCESS, Parallel
from core.epoch_scores import epoch_metrics, evaluate_sets, is_best
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
from core.failures import Failure, divergence, explain, stopped_by_user
from core.messages import Message
from core.messages import run as said
from core.metrics_on_device import DEFAULT_READBACK, BatchTally, GradientStrength, Readback, state_to_host
from core.optim import make_optimizer, make_schedule
from core.run_record import RunRecord, resume_note
from core.train_clock import TrainClock

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
        self.history: list[EpochMetrics] = []
        self.clock = TrainClock()
        self.record = RunRecord(cfg, self.clock.active_s, writes=parallel.is_main)  # rank 0 alone writes the folder
        self.gradients = GradientStrength()
        self.readback, self._tally = readback, None
        self.parallel = parallel

    @property
    def run_dir(self) -> Path | None:
        return self.record.run_dir

    @property
    def saved_epoch(self) -> int:
        """The last epoch whose weights and metrics are on disk."""
        return self.record.saved_epoch

    def run(self) -> RunFinished | RunFailed:
        self.clock.start()
        try:
            final = self._run()
        except Exception as exc:  # every failure becomes a plain-words event; the traceback goes to the log
            failure = exc if isinstance(exc, Failure) else explain(exc, self.cfg)
            if failure.kind == "error":
                log.exception("training failed")
            final = failure.event(self.run_dir, tuple(self.history), self.saved_epoch)
        self.record.finish(final)
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
            raise Failure("config", misfit, said.PickAnotherNetworkOrSize())
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
        self.amp = mixed_precision(cfg.mixed_precision, device)
        self.step_batch = self.parallel.batch_per_process(cfg.batch_size)
        self.batches = math.ceil(self.parallel.shard_size(len(self.data.train_x)) / self.step_batch)
        if self.resume_from:
            start_epoch = self._restore()
        else:
            self.record.create(self.runs_root, self.card, self.model, self.device_name, self.init_weights)
            start_epoch = 1
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
        return RunFinished(self.run_dir, tuple(self.history), self.clock.active_s())

    def _load_data(self) -> data.LoadedData:
        cfg = self.cfg
        self._emit(Progress(said.Loading(data.get_spec(cfg.dataset).title)))
        return data.load(
            cfg.dataset,
            self.data_root,
            folder=Path(cfg.folder) if cfg.folder else None,
            image_size=cfg.image_size,
            progress=lambda m, d, t, u: self._emit(Progress(m, d, t, u)),
            cancel=self.control.stop_requested,
            seed=cfg.seed,
        )

    def _restore(self) -> int:
        """Continue a run folder from its last.pt and say so."""
        epoch, self.history = self.record.restore(
            self.resume_from, self.card, self.model, self.optimizer, self.gen, self.device_name
        )
        if self.parallel.is_main:
            self._emit(Progress(resume_note(self.run_dir, epoch, self.cfg.epochs)))
        return epoch + 1

    # -- the loop -------------------------------------------------------------------------------------------
    def _epoch(self, epoch: int) -> None:
        d = self.data
        self.model.train()
        perm = self.parallel.epoch_order(len(d.train_x), self.gen)
        self._tally = BatchTally(self.batches, d.train_x.device, self.readback)
        self.clock.start_epoch()
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
            self._end_epoch(epoch, loss_sum / seen, correct_sum / seen, seen / max(self.clock.epoch_s(), 1e-9))

    def _step(self, x: torch.Tensor, y: torch.Tensor) -> None:
        """One optimisation step, queued on the device: no host synchronisation (the tally is read later)."""
        with self.amp:
            out = self.net(x)
            loss = self.criterion(out.float(), y)
        self.optimizer.zero_grad(set_to_none=True)
        loss.backward()
        if self._steps_this_run % GRAD_SAMPLE_EVERY == 0:
            self.gradients.sample(self.model)
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
        speed, elapsed, eta = seen / max(self.clock.epoch_s(), 1e-9), self.clock.active_s(), self._eta()
        for r in results:
            if not math.isfinite(r.loss):
                raise divergence(r.loss, epoch, r.batch, self.cfg)
            self._seen, self._loss_sum = self._seen + r.size, self._loss_sum + r.loss * r.size
            self._correct_sum += r.correct
            step = (epoch - 1) * self.batches + r.batch
            event = BatchEnd(epoch, r.batch, self.batches, step, r.loss, r.correct / r.size, r.lr, speed, elapsed, eta)
            self._batch_rows.append(batch_log.row_text(event))
            self._emit(event)

    def _end_epoch(self, epoch: int, train_loss: float, train_acc: float, speed: float) -> None:
        val, test = evaluate_sets(self.model, self.data)
        lr = self.schedule.get_last_lr()[0]
        metrics = epoch_metrics(epoch, train_loss, train_acc, val, test, lr, speed, self.clock.epoch_s())
        best = is_best(metrics, self.history)
        self.history.append(metrics)
        weights = self._weights_copy()
        self.record.save_epoch(
            epoch, self.card, weights, self.optimizer, self.gen, self.history, best, self._batch_rows
        )
        grad_norms = self.gradients.take_means()
        self._emit(
            EpochEnd(
                self.cfg.epochs,
                metrics,
                self.clock.active_s(),
                self._eta(),
                best,
                weights,
                test.pred.numpy(),
                test.conf.numpy(),
                grad_norms,
                self.card.with_epoch(epoch),
            )
        )
        if self.control.take_epoch_end_pause() and epoch < self.cfg.epochs:
            self._check_controls(epoch + 1, 0)

    def _weights_copy(self) -> dict:
        """A CPU copy other threads may use freely while training goes on."""
        return state_to_host(self.model.state_dict())

    # -- controls and timing --------------------------------------------------------------------------------
    def _check_controls(self, epoch: int, batch: int) -> None:
        if self.control.paused or self.control.stopped:
            self._report_batches(epoch)  # the batches trained so far are reported before the pause or the stop
        if self.control.paused and not self.control.stopped:
            self._emit(Paused(epoch, batch))
            self.clock.add_pause(self.control.wait_while_paused())
        if self.control.stopped:
            raise stopped_by_user(epoch, batch)

    def _eta(self) -> float:
        return self.clock.eta(self._steps_this_run, self._steps_planned)

    def _emit(self, event) -> None:
        self._on_event(event)


def _data_notes(loaded: data.LoadedData) -> tuple[Message, ...]:
    """One line about skipped files (first), then the loader's own notes."""
    summary = data.skip_summary(loaded.skipped_files)
    return ((summary,) if summary else ()) + tuple(loaded.notes)
