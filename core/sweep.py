"""Hyperparameter sweeps on Optuna: the samplers and pruners by name, and ``run_sweep`` (the spec: core.sweep_spec).

Optuna's storage is what lets several processes or machines share one study: each calls ``run_sweep`` with the
same study name and storage URL (an SQLite file by default, PostgreSQL or MySQL for a lab, a JournalStorage file
on a shared disk) and Optuna hands every trial number out once. Each trial is a normal run folder.
"""

from __future__ import annotations

import random
import time
import warnings
from pathlib import Path
from typing import Any, Callable

import optuna

from core.control import RunControl
from core.messages import Message, RawText, from_json
from core.messages import sweep_storage as sweep_storage_said
from core.registry import Registry
from core.sweep_events import SweepDone, TrialDone, TrialSummary
from core.sweep_spec import PRUNER_NAMES, SAMPLER_NAMES, SweepError, SweepSpec
from core.sweep_storage import explain, open_storage, worth_retrying
from core.sweep_trial import STOPPED, SweepStopped, TrialFailed, TrialRunner, redact

IMPORTANCE_AFTER = 3  # complete trials before parameter importance means anything
OPEN_ATTEMPTS = 4  # tries to join a study whose database another process creates (or holds locked) right now

optuna.logging.set_verbosity(optuna.logging.ERROR)  # our own lines say what happened; no Optuna chatter

SAMPLERS: Registry[Callable[[SweepSpec], optuna.samplers.BaseSampler]] = Registry("search")
SAMPLERS.add("tpe", lambda spec: optuna.samplers.TPESampler(n_startup_trials=4, seed=spec.seed))
SAMPLERS.add("random", lambda spec: optuna.samplers.RandomSampler(seed=spec.seed))
SAMPLERS.add("grid", lambda spec: optuna.samplers.GridSampler({p.name: list(p.grid()) for p in spec.params}))

PRUNERS: Registry[Callable[[], optuna.pruners.BasePruner]] = Registry("pruner")
PRUNERS.add("none", optuna.pruners.NopPruner)
# A trial is cut when its accuracy after an epoch is below the median of the earlier trials at that epoch.
PRUNERS.add("median", lambda: optuna.pruners.MedianPruner(n_startup_trials=2, n_warmup_steps=0))
PRUNERS.add("halving", lambda: optuna.pruners.SuccessiveHalvingPruner(min_resource=1, reduction_factor=3))
assert SAMPLERS.names() == list(SAMPLER_NAMES) and PRUNERS.names() == list(PRUNER_NAMES), "core.sweep_spec's names"


def open_study(spec: SweepSpec, runs_root: Path | None = None, sampler=None, pruner=None) -> optuna.Study:
    """Create the study, or join it if another process already has (``load_if_exists``); StorageError or
    SweepError (another search space) in one sentence.

    Processes that start together on a new database race to create its tables; the losers see an integrity or
    "already exists" error from the database and simply try again, by then joining the winner's study. A
    database locked by another program is tried again too, a few seconds in all (core.sweep_storage).
    """

    url = spec.storage_url(runs_root)

    def create() -> optuna.Study:
        return optuna.create_study(
            storage=open_storage(url),
            study_name=spec.study,
            direction="maximize",
            sampler=sampler or SAMPLERS.get(spec.sampler)(spec),
            pruner=pruner or PRUNERS.get(spec.pruner)(),
            load_if_exists=True,
        )

    for attempt in range(OPEN_ATTEMPTS):
        try:
            study = create()
            break
        except Exception as exc:  # the storage's own kinds (SQLAlchemy, a journal's JSON): said in one sentence
            if not worth_retrying(exc) or attempt == OPEN_ATTEMPTS - 1:
                raise explain(exc, url) from exc
            time.sleep(0.2 * (attempt + 1) + random.random() * 0.2)
    check_search_space(study, spec)
    return study


def check_search_space(study: optuna.Study, spec: SweepSpec) -> None:
    """Refuse to join a study whose trials varied a setting differently (Optuna would fail each trial)."""
    ours = {p.name: p.suggest(_DistributionOf()) for p in spec.params}
    for trial in study.get_trials(deepcopy=False):
        for name, theirs in trial.distributions.items():
            if name in ours and ours[name] != theirs:
                raise SweepError(
                    sweep_storage_said.StudyVariesOtherwise(
                        repr(spec.study), name, _spoken(theirs), _spoken(ours[name])
                    )
                )


class _DistributionOf:
    """Stands in for a trial: a Param's ``suggest`` returns the Optuna distribution it would sample from."""

    def suggest_int(self, name, low, high, log=False):
        return optuna.distributions.IntDistribution(low, high, log=log)

    def suggest_float(self, name, low, high, log=False):
        return optuna.distributions.FloatDistribution(low, high, log=log)

    def suggest_categorical(self, name, choices):
        return optuna.distributions.CategoricalDistribution(choices)


def _spoken(d: optuna.distributions.BaseDistribution) -> str:
    if isinstance(d, optuna.distributions.CategoricalDistribution):
        return ",".join(map(str, d.choices))
    return f"{d.low:g}:{d.high:g}{':log' if d.log else ''}"


def summarize(t: optuna.trial.FrozenTrial) -> TrialSummary:
    seconds = (t.datetime_complete - t.datetime_start).total_seconds() if t.datetime_complete else None
    curve = tuple(t.intermediate_values[k] for k in sorted(t.intermediate_values))
    return TrialSummary(
        t.number,
        dict(t.params),
        "STOPPED" if t.user_attrs.get(STOPPED) else t.state.name,
        t.value if t.state == optuna.trial.TrialState.COMPLETE else None,
        t.user_attrs.get("run_dir"),
        seconds,
        curve,
        _message(t.user_attrs.get("failure", t.user_attrs.get("pruned"))),
    )


def _message(stored: Any) -> Message | None:
    """A trial's stored message (``Message.to_json``); text from an older version as it is."""
    if not stored:
        return None
    found = from_json(stored)
    return found if isinstance(found, Message) else RawText(str(stored))


def importance(study: optuna.Study) -> dict[str, float]:
    """How much each varied setting explains the accuracy (Optuna's fANOVA), once enough trials are complete."""
    complete = study.get_trials(deepcopy=False, states=(optuna.trial.TrialState.COMPLETE,))
    if len(complete) < IMPORTANCE_AFTER:
        return {}
    try:
        with warnings.catch_warnings():  # "importances will be equal" for a handful of trials: the bars show it
            warnings.simplefilter("ignore", UserWarning)
            return dict(optuna.importance.get_param_importances(study))
    except (RuntimeError, ValueError):  # e.g. every trial had the same settings: nothing to explain
        return {}


def best(study: optuna.Study) -> TrialSummary | None:
    try:
        return summarize(study.best_trial)
    except ValueError:  # no complete trial yet
        return None


def run_sweep(
    spec: SweepSpec,
    on_event: Callable[[object], None] | None = None,
    control: RunControl | None = None,
    *,
    data_root: Path | None = None,
    runs_root: Path | None = None,
    sampler: optuna.samplers.BaseSampler | None = None,
    pruner: optuna.pruners.BasePruner | None = None,
) -> SweepDone:
    """Run ``spec.n_trials`` trials of the (shared) study in this process, one after another.

    ``control`` pauses or stops the whole sweep; ``on_event`` gets each trial's training events, a TrialStarted
    before and a TrialDone after each trial, and a SweepDone at the end (also returned).
    """
    on_event, control = on_event or (lambda event: None), control or RunControl()
    url = spec.storage_url(runs_root)
    study = open_study(spec, runs_root, sampler, pruner)
    objective = TrialRunner(
        spec.params,
        spec.base,
        control,
        on_event,
        study=spec.study,
        storage=url,
        data_root=data_root,
        runs_root=runs_root,
    )
    ran = []

    def after_trial(study: optuna.Study, trial: optuna.trial.FrozenTrial) -> None:
        ran.append(trial.number)
        everyone = tuple(summarize(t) for t in study.get_trials(deepcopy=False))
        on_event(TrialDone(summarize(trial), everyone, importance(study)))
        if control.stopped:
            study.stop()

    if not control.stopped:
        from sqlalchemy.exc import SQLAlchemyError

        try:
            study.optimize(
                objective,
                n_trials=spec.n_trials,
                timeout=spec.timeout,
                catch=(TrialFailed, SweepStopped),
                callbacks=[after_trial],
            )
        except SQLAlchemyError as exc:  # the server went away, or another program locked the file, mid-sweep
            raise explain(exc, url) from exc
    done = SweepDone(spec.study, redact(url), best(study), len(ran), control.stopped)
    on_event(done)
    return done
