"""What each CLI command does; argument parsing lives in core/cli.py."""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import time
from contextlib import contextmanager
from dataclasses import fields
from typing import Iterator

from core import archs, cli_code, cli_export, data, devices
from core.archs.layer_kinds import LAYER_KINDS
from core.archs.network_file import REPEAT
from core.config import TrainConfig
from core.control import RunControl
from core.distributed import SINGLE_PROCESS, Parallel
from core.events import BatchEnd, EpochEnd, Progress, RunFailed, RunFinished, RunStarted
from core.paths import data_dir


INTERRUPTED = 130  # the shell's code for a program ended by Ctrl-C


def config_from_args(args: argparse.Namespace) -> TrainConfig:
    from core.presets import PRESETS

    given = {f.name: getattr(args, f.name) for f in fields(TrainConfig) if getattr(args, f.name) is not None}
    if "network" in given:
        given.setdefault("arch", "custom")  # --network FILE alone trains that network
    if args.resume:
        from core.runs import read_config

        return read_config(args.resume)[0].replace(**given)  # metrics.json may be damaged: last.pt has them
    if args.preset:
        return PRESETS.get(args.preset).apply(**given)
    return TrainConfig(**given)


class TextProgress:
    """A one-line progress bar on stderr (redrawn at most 10 times a second) and one line per epoch on stdout."""

    def __init__(self, control: RunControl | None = None) -> None:
        self._control = control  # a stop asked for (Ctrl-C) explains any failure it causes, e.g. a cancelled load
        self._last_draw = 0.0
        # A terminal gets a live bar; a pipe or log file gets a line every few seconds, not thousands.
        self._interval = 0.1 if sys.stderr.isatty() else 5.0

    def __call__(self, event) -> None:
        handler = getattr(self, "on_" + type(event).__name__, None)
        if handler:
            handler(event)

    def on_Progress(self, e: Progress) -> None:
        if not e.total:
            done = ""
        elif e.unit == "bytes":
            done = f" {e.done / 2**20:.1f}/{e.total / 2**20:.1f} MB"
        else:
            done = f" {e.done:,}/{e.total:,}"
        print(f"{e.message}{done}", file=sys.stderr)

    def on_RunStarted(self, e: RunStarted) -> None:
        print(
            f"{e.config.arch} on {e.config.dataset} ({e.num_train} train / {e.num_val} val / "
            f"{e.num_test} test images, {e.params:,} parameters) on {e.device}; run folder {e.run_dir}",
            file=sys.stderr,
        )
        for note in e.data_notes[:1]:  # the summary line ("skipped 12 files: ..."); the rest is in --json
            print(f"Note: {note}", file=sys.stderr)

    def on_BatchEnd(self, e: BatchEnd) -> None:
        now = time.monotonic()
        if now - self._last_draw < self._interval:
            return
        self._last_draw = now
        filled = int(30 * e.batch / e.batches)
        end = "" if sys.stderr.isatty() else "\n"
        print(
            f"\repoch {e.epoch} [{'#' * filled}{'.' * (30 - filled)}] {e.batch}/{e.batches} "
            f"loss {e.loss:.4f} {e.images_per_s:,.0f} img/s ETA {e.eta:.0f}s ",
            end=end,
            file=sys.stderr,
            flush=True,
        )

    def on_EpochEnd(self, e: EpochEnd) -> None:
        m = e.metrics
        val = f"val acc {m.val_acc:.4f}" if m.val_acc is not None else "val acc -"
        if sys.stderr.isatty():
            print("\r" + " " * 100 + "\r", end="", file=sys.stderr)
        print(
            f"epoch {m.epoch}/{e.epochs}  loss {m.train_loss:.4f}  train acc {m.train_acc:.4f}  {val}  "
            f"test acc {m.test_acc:.4f}  {m.images_per_s:,.0f} img/s  {m.seconds:.1f}s",
            flush=True,
        )

    def on_RunFailed(self, e: RunFailed) -> None:
        if e.kind == "stopped" or (self._control is not None and self._control.stopped):
            print(f"\n{stopped_line(e)}", file=sys.stderr)
        else:
            print(f"\n{e.message}\n{e.hint}", file=sys.stderr)


def stopped_line(e: RunFailed) -> str:
    """One line: where the run stopped and how to go on."""
    if e.run_dir is None:
        return "Stopped before training began; nothing was saved."
    if not e.saved_epoch:
        return f"Stopped during epoch {e.epoch}; no epoch was finished, so {e.run_dir} holds no weights yet."
    return (
        f"Stopped during epoch {e.epoch}; epochs 1-{e.saved_epoch} are saved. "
        f"Continue with: python main.py train --resume {e.run_dir}"
    )


@contextmanager
def ctrl_c_stops(control: RunControl) -> Iterator[None]:
    """The first Ctrl-C stops the run as the Stop button does (between batches); a second one interrupts."""

    def first(signum, frame) -> None:
        print("\nStopping after this batch (Ctrl-C again to quit at once) ...", file=sys.stderr, flush=True)
        control.stop()
        signal.signal(signal.SIGINT, signal.default_int_handler)

    previous = signal.signal(signal.SIGINT, first)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _summary(final: RunFinished | RunFailed) -> dict:
    """The --json line. Numbers are those of the last epoch on disk, which is the one a resume continues."""
    saved = len(final.history) if isinstance(final, RunFinished) else final.saved_epoch
    kept = [m for m in final.history if m.epoch <= saved] if isinstance(final, RunFailed) else list(final.history)
    last = kept[-1] if kept else None
    summary = {
        "ok": isinstance(final, RunFinished),
        "run_dir": str(final.run_dir) if final.run_dir else None,
        "epochs": len(kept),
        "saved_epoch": last.epoch if last else 0,
        "seconds": round(getattr(final, "seconds", 0.0), 3),
        "test_acc": last.test_acc if last else None,
        "val_acc": last.val_acc if last else None,
        "train_loss": last.train_loss if last else None,
        "images_per_s": last.images_per_s if last else None,
    }
    if isinstance(final, RunFailed):
        summary.update(
            failure=final.kind, message=str(final.message), hint=str(final.hint), epochs_trained=len(final.history)
        )
    return summary


def train(args: argparse.Namespace) -> int:
    cfg = config_from_args(args)
    if not args.ddp:
        return _train(args, cfg)
    from core import distributed

    try:
        return distributed.run(cfg.device, cfg.seed, cfg.batch_size, lambda parallel: _train(args, cfg, parallel))
    except distributed.DistributedSetupError as exc:
        if exc.every_process or os.environ.get("RANK", "0") == "0":  # a group problem: said once, by rank 0
            print(f"error: {exc}", file=sys.stderr)
        return 2


def _train(args: argparse.Namespace, cfg: TrainConfig, parallel: Parallel = SINGLE_PROCESS) -> int:
    """One process's run; in a distributed run only rank 0 reports."""
    from core.trainer import Trainer

    root = args.data_dir or data_dir()
    control = RunControl()
    notes: list[str] = []
    progress = TextProgress(control) if parallel.is_main else _failures_only(parallel.rank)

    def on_event(event) -> None:
        if isinstance(event, RunStarted):
            notes.extend(str(note) for note in event.data_notes)
        progress(event)

    stop_on_ctrl_c = ctrl_c_stops if parallel is SINGLE_PROCESS else parallel.ctrl_c_stops
    with stop_on_ctrl_c(control):
        final = Trainer(
            cfg,
            on_event,
            control,
            data_root=root,
            runs_root=args.runs_dir,
            resume_from=args.resume,
            parallel=parallel,
            init_weights=getattr(args, "init_weights", None),
        ).run()
    if args.json and parallel.is_main:
        print(json.dumps({**_summary(final), "data_notes": notes}))
    if isinstance(final, RunFinished):
        return 0
    return INTERRUPTED if control.stopped else 1


def _failures_only(rank: int):
    """The other ranks keep quiet but for a failure of their own (a stop is reported by rank 0)."""

    def on_event(event) -> None:
        if isinstance(event, RunFailed) and event.kind != "stopped":
            print(f"[rank {rank}] {event.message}\n{event.hint}", file=sys.stderr)

    return on_event


def list_all(args: argparse.Namespace) -> int:
    from core.presets import PRESETS

    root = args.data_dir or data_dir()
    print("Architectures:")
    for a in archs.ARCHS:  # "custom" too: it is trained with --network FILE
        print(f"  {a.name:<10} {a.description}")
    print(f"Datasets (data folder {root}):")
    for s in data.list_datasets():
        print(f"  {s.name:<14} {data.availability(s.name, root):<15} {s.description}")
    print("Devices:")
    for d in devices.list_devices():
        print(f"  {d.id:<8} {d.label}")
    for d in devices.unusable_devices():
        print(f"  {d.id:<8} not usable: {d.problem}")
    print("Presets:")
    for p in PRESETS:
        print(f"  {p.name:<16} {p.description}")
    print("Layer kinds of a network file (main.py train --network FILE):")
    for kind in LAYER_KINDS:
        options = ", ".join(f"{f.name}={json.dumps(f.default)}" for f in kind.fields)
        print(f"  {kind.name:<20} {kind.help}" + (f" Options: {options}." if options else ""))
    print(f"  {REPEAT:<20} Repeats its own layers: times=2, layers=[...].")
    return 0


def predict(args: argparse.Namespace) -> int:
    from core.predict_files import predict_files

    ok = True
    for row in predict_files(args.images, args.model):
        ok &= "error" not in row
        if args.json:
            print(json.dumps(row))
        elif "error" in row:
            print(f"{row['file']}: {row['error']}")
        else:
            top = max(row["probabilities"], key=row["probabilities"].get)
            print(f"{row['file']}: {row['label']} ({row['probabilities'][top]:.0%} sure)")
    return 0 if ok else 1


def runs(args: argparse.Namespace) -> int:
    from core.cli_runs import runs as list_runs

    return list_runs(args)


COMMANDS = {
    "train": train,
    "list": list_all,
    "predict": predict,
    "runs": runs,
    "export": cli_export.export,
    "code": lambda args: cli_code.code(args, config_from_args),
}
