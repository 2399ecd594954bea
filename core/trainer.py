"""The training loop: data resident on the device, batches by indexing a permutation, events to a callback."""

from __future__ import annotations

import logging
import math
import time
from pathlib import Path

import torch
from torch import nn

from core import archs, batch_log, data, precision
from core.card import ModelCard
from core.config import TrainConfig
from core.control import RunControl
from core.data_mix import BatchPlan, epoch_indices, load_mixed
from core.data_on_device import put_on_device
from core.device_speed import release_cached, speed_defaults
from core.distributed import SINGLE_PROCESS, Parallel
from core.epoch_scores import epoch_metrics, evaluate_sets, halved_note, is_best
from core.events import BatchEnd, EpochEnd, EpochMetrics, EventHandler, Paused, Progress, RunFailed, RunFinished
from core.live_knobs import LiveKnobs
from core.failures import Failure, divergence, explain, stopped_by_user
from core.messages import run as said
from core.metrics_on_device import DEFAULT_READBACK, BatchTally, GradientStrength, Readback, state_to_host
from core.optim import make_optimizer, make_schedule
from core.run_data import load_run_data, loading_args, started_event
from core.run_record import RunRecord, reseed_note, resume_note
from core.start_weights import StartWeights
from core.train_clock import TrainClock

log = logging.getLogger(__name__)
GRAD_SAMPLE_EVERY = 10  # batches between gradient-strength samples: a few norms, not worth more often


class Trainer:
    """Runs one TrainConfig to the end, to a failure, or until ``control.stop()``.

    ``run()`` never raises for the user's mistakes: it reports and returns RunFinished or RunFailed.
    ``init_weights``: a new run starts from these weights (a file such as a run's best.pt, or StartWeights in memory:
    fine-tuning on another dataset of the same shape) instead of random ones. ``mix_loaded``: the dataset the config
    mixes into every batch (core.data_mix), when already loaded. ``readback`` sets how often the host reads batch
    results back from the device; the BatchEnd events (one per batch, in order) and the NaN check follow it.
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
        init_weights: Path | StartWeights | None = None,
        loaded: data.LoadedData | None = None,
        mix_loaded: data.LoadedData | None = None,
        readback: Readback = DEFAULT_READBACK,
        parallel: Parallel = SINGLE_PROCESS,  # or core.distributed.Distributed: this process's share of a DDP run
    ):
        self.cfg, self.control = cfg, control or RunControl()
        self._on_event = on_event or (lambda event: None)
        self.data_root, self.runs_root, self.resume_from, self.loaded = data_root, runs_root, resume_from, loaded
        self.init_weights, self.mix_loaded = init_weights, mix_loaded
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
        self._phase = "loading"  # where an out-of-memory happened: loading, training or evaluation
        try:
            final = self._run()
        except Exception as exc:  # every failure becomes a plain-words event; the traceback goes to the log
            final = self._failed(exc)
        self._release_device()
        self.record.finish(final)
        self._on_event(final)
        return final

    def _failed(self, exc: Exception) -> RunFailed:
        """Apart from run() so that none of its locals holds the exception, whose traceback holds its frame: that
        cycle kept this trainer (network, optimizer, data on the device) alive until a garbage collection."""
        failure = exc if isinstance(exc, Failure) else explain(exc, self.cfg, self._phase)
        if failure.kind == "error":
            log.exception("training failed", exc_info=exc)
        return failure.event(self.run_dir, tuple(self.history), self.saved_epoch)

    def _release_device(self) -> None:
        """Drop what lives on the device once the run is over, and hand CUDA's cached blocks back."""
        for name in ("data", "model", "net", "optimizer", "schedule", "_tally"):
            self.__dict__.pop(name, None)
        release_cached(getattr(self, "device_name", "cpu"))
        getattr(self, "_restore_speed", lambda: None)()

    # -- set-up ---------------------------------------------------------------------------------------------
    def _run(self) -> RunFinished:
        cfg = self.cfg
        if cfg.threads:
            torch.set_num_threads(cfg.threads)
        if self.resume_from:
            self.record.claim(Path(self.resume_from))  # a run another process trains is refused before any work
        device = self.parallel.device(cfg.device)
        self._restore_speed = speed_defaults(device)
        torch.manual_seed(cfg.seed)
        load_args = loading_args(self.data_root, self._emit, self.control.stop_requested)
        loaded = self.loaded or load_run_data(cfg, self._emit, load_args)
        spec = loaded.spec
        misfit = archs.fit_problem(cfg.arch, spec.channels, spec.image_size)
        if misfit:
            raise Failure("config", misfit, said.PickAnotherNetworkOrSize())
        self.data = put_on_device(loaded, cfg, device)
        self.mixed = load_mixed(cfg.mix_dataset, spec, self.mix_loaded, device, seed=cfg.seed, **load_args)
        self.card = ModelCard.for_run(cfg, spec)
        model = self.card.build().train()
        start = None if self.resume_from else StartWeights.put_into(model, self.init_weights, cfg.arch)
        self.device_name = str(device)
        self.model = model.to(device=device, memory_format=self.data.memory_format)
        self.net = self.parallel.wrap(self.model)  # what trains: the model, or its DDP wrapper that syncs gradients
        self.optimizer = make_optimizer(model, cfg)
        self.criterion = nn.CrossEntropyLoss(label_smoothing=cfg.label_smoothing)
        self.gen = torch.Generator(device=device).manual_seed(cfg.seed)
        self.precision = precision.for_device(cfg.mixed_precision, device)
        batch, share = self.parallel.batch_per_process(cfg.batch_size), self.parallel.shard_size(len(self.data.train_x))
        self.plan = BatchPlan.of(cfg.mix_dataset and cfg.mix_share, cfg.steps_per_epoch, batch, share)
        self.batches, self.eval_batch = self.plan.batches, batch  # the training batch fits evaluating too
        if self.resume_from:
            start_epoch = self._restore()
        else:
            self.record.create(self.runs_root, self.card, self.model, self.device_name, start and start.source)
            start_epoch = 1
        self.schedule = make_schedule(self.optimizer, cfg, self.batches, (start_epoch - 1) * self.batches)
        self.knobs = LiveKnobs(cfg, self.optimizer, self.schedule, self.model, self.run_dir, self.parallel.is_main)
        if self.resume_from:
            self.knobs.resume((start_epoch - 1) * self.batches)  # the changes the saved epochs trained with
        self._emit(started_event(self, loaded, start_epoch, device))
        self._steps_this_run, self._steps_planned = 0, (cfg.epochs - start_epoch + 1) * self.batches
        for epoch in range(start_epoch, cfg.epochs + 1):
            self._epoch(epoch)
        return RunFinished(self.run_dir, tuple(self.history), self.clock.active_s())

    def _restore(self) -> int:
        """Continue a run folder from its last.pt and say so."""
        epoch, self.history, reseeded = self.record.restore(
            self.resume_from, self.card, self.model, self.optimizer, self.gen, self.device_name
        )
        if self.parallel.is_main:
            self._emit(Progress(resume_note(self.run_dir, epoch, self.cfg.epochs)))
            if reseeded:
                self._emit(Progress(reseed_note(reseeded, self.gen.device.type)))
        return epoch + 1

    # -- the loop -------------------------------------------------------------------------------------------
    def _epoch(self, epoch: int) -> None:
        d = self.data
        self.model.train()
        self._phase = "training"
        plan, order = self.plan, self.parallel.epoch_order
        own = epoch_indices(lambda: order(len(d.train_x), self.gen), plan.own_per_epoch)
        if plan.mixed:
            mixed = epoch_indices(lambda: order(len(self.mixed[0]), self.gen), plan.batches * plan.mixed)
        self._tally = BatchTally(self.batches, d.train_x.device, self.readback)
        self.clock.start_epoch()
        self._seen, self._loss_sum, self._correct_sum = 0, 0.0, 0
        self._input_s = 0.0  # host time spent making batches (gather, augment, normalise): the coach's input check
        self._batch_rows: list[str] = []  # this epoch's lines of the run folder's batch log
        for b in range(self.batches):
            self.parallel.agree_on_stop(self.control, self._steps_this_run)
            self._check_controls(epoch, b)
            made = time.perf_counter()
            idx = own[b * plan.own : (b + 1) * plan.own]
            x, y = d.train_x[idx], d.train_y[idx]
            if plan.mixed:  # the images mixed in follow the run's own in the batch
                idx = mixed[b * plan.mixed : (b + 1) * plan.mixed]
                x, y = torch.cat([x, self.mixed[0][idx]]), torch.cat([y, self.mixed[1][idx]])
            x = d.norm.normalize(self.knobs.augment(d.norm.to_unit(x), self.gen, y)).contiguous(
                memory_format=d.memory_format
            )
            self._input_s += time.perf_counter() - made
            self._step(x, y)
            self._steps_this_run += 1
            if self._tally.due():
                self._report_batches(epoch)
        self._report_batches(epoch)
        seen, loss_sum, correct_sum = self.parallel.sum_over_processes(self._seen, self._loss_sum, self._correct_sum)
        self._input_share = self._input_s / max(self.clock.epoch_s(), 1e-9)
        if self.parallel.is_main:  # the others go on to the next epoch and wait for rank 0 at its first step
            self._end_epoch(epoch, loss_sum / seen, correct_sum / seen, seen / max(self.clock.epoch_s(), 1e-9))

    def _step(self, x: torch.Tensor, y: torch.Tensor) -> None:
        """One optimisation step, queued on the device: no host synchronisation (the tally is read later)."""
        with self.precision.autocast():
            out = self.net(x)
            loss = self.criterion(out.float(), y)
        self.optimizer.zero_grad(set_to_none=True)
        self.precision.backward(loss, self.optimizer)
        if self._steps_this_run % GRAD_SAMPLE_EVERY == 0:
            self.gradients.sample(self.model)
        if self.cfg.grad_clip:
            nn.utils.clip_grad_norm_(self.model.parameters(), self.cfg.grad_clip)
        self.precision.step(self.optimizer)
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
        self._phase = "evaluation"
        val, test, used = evaluate_sets(self.model, self.data, self.eval_batch, self.precision.autocast)
        if used != self.eval_batch:  # halved after an out-of-memory: kept for the later epochs
            self._emit(Progress(halved_note(self.eval_batch, used)))
            self.eval_batch = used
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
                self._input_share,
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
        for happened in self.knobs.apply_due((epoch - 1) * self.batches + batch, self.control):
            self._emit(happened)  # knobs changed while training or paused act from this batch
        if self.control.stopped:
            raise stopped_by_user(epoch, batch)

    def _eta(self) -> float:
        return self.clock.eta(self._steps_this_run, self._steps_planned)

    def _emit(self, event) -> None:
        self._on_event(event)
