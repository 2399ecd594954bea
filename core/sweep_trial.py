"""One trial of a sweep: a normal training run (a normal run folder) with the trial's settings, its per-epoch
validation accuracy reported to Optuna, cut short when the pruner says so."""

from __future__ import annotations

import json
import re
import threading
from pathlib import Path
from typing import Callable

import optuna

from core import checkpoint, data
from core.config import ConfigError, TrainConfig
from core.control import RunControl
from core.run_name import trial_name
from core.run_summary import set_label
from core.events import EpochEnd, EpochMetrics, Progress, RunFailed, RunStarted
from core.messages import Message, MessageError, Sentences
from core.messages import run as said_run
from core.messages import settings as said_settings
from core.messages import sweep as said
from core.trainer import Trainer

SWEEP_FILE = "sweep.json"  # in a trial's run folder: which study and trial it belongs to
STOPPED = "stopped"  # user attribute of a trial the user stopped (Optuna's state for it is FAIL)


class TrialFailed(MessageError):
    """A trial that could not train (settings that do not go together, a diverged loss, missing data)."""


class SweepStopped(MessageError):
    """The user stopped the whole sweep during this trial."""


class TrialControl(RunControl):
    """A trial's control: the sweep's pause and stop, plus a stop of its own when the pruner cuts the trial.

    It keeps no state of its own apart from ``pruned``: Pause, Resume and Stop act on the whole sweep.
    """

    def __init__(self, sweep: RunControl):  # noqa: D107 - no RunControl.__init__: every state is the sweep's
        self.sweep = sweep
        self.stop_requested = sweep.stop_requested  # a dataset load watches this
        self.pruned = threading.Event()

    paused = property(lambda self: self.sweep.paused)
    stopped = property(lambda self: self.sweep.stopped or self.pruned.is_set())

    def pause(self) -> None:
        self.sweep.pause()

    def resume(self) -> None:
        self.sweep.resume()

    def stop(self) -> None:
        self.sweep.stop()

    def step_epoch(self) -> None:
        self.sweep.step_epoch()

    def take_knob_changes(self) -> list:
        """A trial's settings are the study's to choose: no live knob reaches it."""
        return []

    def take_epoch_end_pause(self) -> bool:
        return self.sweep.take_epoch_end_pause()

    def wait_while_paused(self) -> float:
        return self.sweep.wait_while_paused()


def score(m: EpochMetrics) -> float:
    """What a sweep maximises: validation accuracy, or test accuracy when no images are kept for validation."""
    return m.val_acc if m.val_acc is not None else m.test_acc


def redact(url: str) -> str:
    """A storage URL without its password, fit to be written into a run folder or shown."""
    return re.sub(r"(://[^:/@]+):[^@]*@", r"\1:***@", url)


def tag_run_folder(run_dir: Path, study: str, storage: str, number: int, params: dict) -> None:
    """Write which study and trial a run folder belongs to, so the Runs view can say so."""
    record = {"study": study, "trial": number, "storage": redact(storage), "params": params}
    checkpoint.atomic_write_text(Path(run_dir) / SWEEP_FILE, json.dumps(record, indent=2))
    set_label(run_dir, trial_name(study, number))  # the name the Runs view shows


class TrialRunner:
    """The objective Optuna calls: trains one trial and returns its best score.

    The dataset is loaded once per (dataset, folder, image size, seed) and shared by the trials that need it.
    """

    def __init__(
        self,
        params: tuple,
        base: TrainConfig,
        control: RunControl,
        on_event: Callable[[object], None],
        *,
        study: str,
        storage: str,
        data_root: Path | None,
        runs_root: Path | None,
    ):
        self.params, self.base, self.control, self.on_event = params, base, control, on_event
        self.study, self.storage, self.data_root, self.runs_root = study, storage, data_root, runs_root
        self._loaded: dict[tuple, data.LoadedData] = {}

    def __call__(self, trial: optuna.Trial) -> float:
        if self.control.stopped:
            raise self._stopped(trial)
        values = {p.name: p.suggest(trial) for p in self.params}
        from core.sweep_events import TrialStarted  # events module imports nothing of ours: no cycle

        self.on_event(TrialStarted(trial.number, values))
        try:
            cfg = self.base.replace(**values)
            loaded = self._data(cfg)
        except ConfigError as exc:
            raise self._failed(trial, said_settings.SettingsClash(exc.msg)) from exc
        except data.DatasetError as exc:
            if self.control.stopped:
                raise self._stopped(trial) from exc
            raise self._failed(trial, exc.msg) from exc
        control, scores = TrialControl(self.control), []

        def on_event(event) -> None:
            if isinstance(event, RunStarted):
                trial.set_user_attr("run_dir", str(event.run_dir))
                tag_run_folder(event.run_dir, self.study, self.storage, trial.number, values)
            elif isinstance(event, EpochEnd):
                scores.append(score(event.metrics))
                trial.report(scores[-1], event.metrics.epoch)
                if trial.should_prune():
                    control.pruned.set()  # the run stops before its next batch; its finished epochs stay saved
            self.on_event(event)

        final = Trainer(cfg, on_event, control, runs_root=self.runs_root, loaded=loaded).run()
        if control.pruned.is_set():
            why = said.TrialPruned(len(scores))
            trial.set_user_attr("pruned", why.to_json())
            raise optuna.TrialPruned(str(why))
        if isinstance(final, RunFailed):
            if self.control.stopped:
                raise self._stopped(trial)
            raise self._failed(trial, Sentences((final.message, final.hint)))
        return max(scores)

    def _stopped(self, trial: optuna.Trial) -> SweepStopped:
        """The user stopped the sweep: no trial starts after this one, which Optuna records as failed."""
        trial.study.stop()
        trial.set_user_attr(STOPPED, True)
        trial.set_user_attr("failure", said.TrialStopped().to_json())
        return SweepStopped(said.SweepStoppedByYou())

    def _failed(self, trial: optuna.Trial, message: Message) -> TrialFailed:
        trial.set_user_attr("failure", message.to_json())
        return TrialFailed(message)

    def _data(self, cfg: TrainConfig) -> data.LoadedData:
        key = (cfg.dataset, cfg.folder, cfg.image_size, cfg.seed)
        if key not in self._loaded:
            self.on_event(Progress(said_run.Loading(data.get_spec(cfg.dataset).title)))
            self._loaded[key] = data.load(
                cfg.dataset,
                self.data_root,
                folder=Path(cfg.folder) if cfg.folder else None,
                image_size=cfg.image_size,
                cancel=self.control.stop_requested,
                seed=cfg.seed,
            )
        return self._loaded[key]
