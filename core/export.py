"""Exporting runs and models: metrics CSV, weights, ONNX and torch.export's ExportedProgram (.pt2). No Qt.

    result = export("onnx", ExportJob(out=Path("model.onnx"), runs=(run_dir,)))
    result.parity.max_difference  # the written file, run on 64 test images, against PyTorch

Each format is a registry entry (``FORMATS``). Model formats write to a temp file beside the target, check
the written file (run it on test images and compare its probabilities with PyTorch's, see
core.export_check) and only then rename it into place: a file that answers differently is never left under
the chosen name. ONNX needs the optional extra (onnx, onnxscript, onnxruntime): ``uv run --extra onnx``.
"""

from __future__ import annotations

import csv
import importlib.util
import io
import logging
import os
import tempfile
import time
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Callable, Mapping

import torch

from core import checkpoint, run_weights
from core.card import ModelCard, read_weights
from core.export_check import PARITY_TOLERANCE, CheckImages, Parity, check_images, compare, probabilities
from core.export_target import ExportTargetError, check_target
from core.printable import printable
from core.registry import Registry
from core.run_summary import read_label
from core.runs import METRIC_FIELDS, read_run
from core.messages import MessageError
from core.messages import export_targets
from core import messages as said

ONNX_EXTRA = ("onnx", "onnxscript", "onnxruntime")
ONNX_HOW = "uv run --extra onnx main.py"


class ExportError(MessageError):
    """An export that could not be done or did not check out; ``msg`` says why and what to do."""


class MissingExtra(ExportError):
    """The packages a format needs are not installed; the message says how to get them."""


@dataclass(frozen=True)
class ExportJob:
    out: Path
    runs: tuple[Path, ...] = ()  # run folders (or one weights file) to export
    model: tuple[ModelCard, Mapping[str, torch.Tensor]] | None = None  # or a model in memory (the window's)
    data_root: Path | None = None  # where the check images are; None: the data folder

    def card_and_weights(self) -> tuple[ModelCard, Mapping[str, torch.Tensor]]:
        if self.model is not None:
            return self.model
        if len(self.runs) != 1:
            raise ExportError(said.ExportOneRunOnly(len(self.runs)))
        return read_weights(_weights_file(self.runs[0]))


@dataclass(frozen=True)
class ExportResult:
    format: str
    path: Path
    seconds: float
    parity: Parity | None = None  # model formats: the written file against PyTorch
    images: str = ""  # which images the check ran on, in words
    real_images: bool = True  # False: random images stood in for test images that are not on this computer
    dataset: str = ""  # the title of the network's dataset
    rows: int = 0  # CSV: epochs written
    runs: int = 0  # CSV: runs written

    def summary(self) -> str:
        """One plain sentence (the CLI's output; the window words it through Qt's translations)."""
        saved = f"Saved {self.path} in {self.seconds:.1f} s."
        if self.parity is None:
            return f"{saved} {self.rows} epochs of {self.runs} runs." if self.format == "csv" else saved
        p = self.parity
        return (
            f"{saved} Checked with {FORMATS.get(self.format).checker} on {p.images} {self.images}: "
            f"same answers on {p.same_answers} of {p.images}, largest difference of probabilities "
            f"{p.max_difference:.1e} (allowed {PARITY_TOLERANCE:.0e})."
        )

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "path": str(self.path), "summary": self.summary()}


@dataclass(frozen=True)
class ExportFormat:
    name: str
    title: str
    suffix: str
    several_runs: bool  # takes several runs at once (CSV); the others take one model
    needs: tuple[str, ...]  # packages that must be importable
    checker: str  # what runs the written file for the check, in words ("" for no check)
    write: Callable[[ExportJob], ExportResult]

    def missing(self) -> tuple[str, ...]:
        """The needed packages that are not installed (cheap: nothing is imported)."""
        return tuple(name for name in self.needs if not _importable(name))


FORMATS: Registry[ExportFormat] = Registry("export format")


def export(fmt: str, job: ExportJob) -> ExportResult:
    """Write ``job`` in format ``fmt``; ExportError (or CheckpointError for an unreadable run) says why not."""
    try:
        spec = FORMATS.get(fmt)
    except KeyError as exc:
        raise ExportError(str(exc.args[0])) from None
    missing = spec.missing()
    if missing:
        raise MissingExtra(said.ExportNeedsPackages(spec.title, ", ".join(missing), ONNX_HOW))
    try:
        check_target(Path(job.out), job.runs, spec.suffix)
    except ExportTargetError as exc:
        raise ExportError(exc.msg) from None
    try:
        return spec.write(job)
    except OSError as exc:  # a read-only mount, a full disk, a name the file system refuses
        raise ExportError(
            export_targets.CouldNotWrite(printable(job.out, 300), exc.strerror or exc.__class__.__name__)
        ) from None


# -- the formats ----------------------------------------------------------------------------------------------
def _write_csv(job: ExportJob) -> ExportResult:
    """Metrics of one or several runs in one file, one row per epoch, led by the run's name and folder."""
    start = time.perf_counter()
    if not job.runs:
        raise ExportError(said.ChooseRunsToExport())
    infos = [read_run(_run_dir(path)) for path in job.runs]
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=["run", "folder", *METRIC_FIELDS])
    writer.writeheader()
    for info in infos:
        name = read_label(info.path).name or info.path.name  # the name the Runs tab shows (in English)
        writer.writerows({"run": name, "folder": info.path.name, **asdict(m)} for m in info.history)
    rows = sum(len(info.history) for info in infos)
    if not rows:
        raise ExportError(said.NoMetricsToExport())
    checkpoint.atomic_write_text(job.out, buffer.getvalue())
    return ExportResult("csv", Path(job.out), time.perf_counter() - start, rows=rows, runs=len(infos))


def _write_weights(job: ExportJob) -> ExportResult:
    """The weights and the network's card, as best.pt holds them (loadable with weights_only=True)."""
    start = time.perf_counter()
    card, weights = job.card_and_weights()

    def write(tmp: Path) -> None:
        checkpoint.save(tmp, {"model": dict(weights), "meta": card.to_dict()})
        read_weights(tmp)  # it reads back as a weights file

    _write_atomically(Path(job.out), write)
    return ExportResult("weights", Path(job.out), time.perf_counter() - start)


def _write_onnx(job: ExportJob) -> ExportResult:
    def write(model: torch.nn.Module, example: torch.Tensor, tmp: Path) -> None:
        with _quiet(*ONNX_LOGGERS):
            _to_onnx(model, example, tmp)

    def _to_onnx(model: torch.nn.Module, example: torch.Tensor, tmp: Path) -> None:
        torch.onnx.export(
            model,
            (example,),
            str(tmp),
            dynamo=True,
            dynamic_shapes=({0: torch.export.Dim.DYNAMIC},),
            input_names=["images"],
            output_names=["logits"],
            external_data=False,  # one file; every network here is far below ONNX's 2 GB limit
            verbose=False,
        )

    def run(tmp: Path, x: torch.Tensor) -> torch.Tensor:
        import onnxruntime

        session = onnxruntime.InferenceSession(str(tmp), providers=["CPUExecutionProvider"])
        return torch.from_numpy(session.run(None, {session.get_inputs()[0].name: x.numpy()})[0])

    return _export_checked("onnx", job, write, run)


ONNX_LOGGERS = ("onnxscript", "onnx_ir", "torch.onnx")  # a dozen INFO lines per export in a terminal at INFO


@contextmanager
def _quiet(*names: str):
    """Only warnings and errors from these loggers while the block runs."""
    loggers = [logging.getLogger(name) for name in names]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(max(logger.getEffectiveLevel(), logging.WARNING))
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels):
            logger.setLevel(level)


def _write_pt2(job: ExportJob) -> ExportResult:
    def write(model: torch.nn.Module, example: torch.Tensor, tmp: Path) -> None:
        program = torch.export.export(model, (example,), dynamic_shapes=({0: torch.export.Dim.DYNAMIC},))
        torch.export.save(program, str(tmp))

    def run(tmp: Path, x: torch.Tensor) -> torch.Tensor:
        with torch.inference_mode():
            return torch.export.load(str(tmp)).module()(x)

    return _export_checked("pt2", job, write, run)


def _export_checked(fmt: str, job: ExportJob, write: Callable, run: Callable) -> ExportResult:
    """Build the network on the CPU in eval mode, write it, run the written file on the check images, keep it
    only when its probabilities match PyTorch's within PARITY_TOLERANCE."""
    start = time.perf_counter()
    card, weights = job.card_and_weights()
    model = card.load(weights).cpu().eval()
    images: CheckImages = check_images(card, job.data_root)
    reference = probabilities(model, images.x)
    found: list[Parity] = []

    def write_and_check(tmp: Path) -> None:
        try:
            write(model, images.x[:2], tmp)  # batch 2: torch.export would fix a batch of 1 as a constant
            logits = run(tmp, images.x)
        except ImportError as exc:
            raise MissingExtra(said.ExportNeedsExtra(str(exc), ONNX_HOW)) from exc
        except Exception as exc:  # the exporters raise many kinds; the user needs the sentence, not the class
            raise ExportError(said.CouldNotExport(card.arch, FORMATS.get(fmt).title, str(exc))) from exc
        found.append(compare(reference, logits))
        if not found[0].max_difference <= PARITY_TOLERANCE:
            raise ExportError(
                said.ExportDiffers(
                    FORMATS.get(fmt).title, found[0].max_difference, PARITY_TOLERANCE, len(images.x), images.description
                )
            )

    _write_atomically(Path(job.out), write_and_check)
    elapsed = time.perf_counter() - start
    return ExportResult(fmt, Path(job.out), elapsed, found[0], images.description, images.real, images.dataset)


FORMATS.add("csv", ExportFormat("csv", "Metrics CSV", ".csv", True, (), "", _write_csv))
FORMATS.add("weights", ExportFormat("weights", "Weights", ".pt", False, (), "", _write_weights))
FORMATS.add("onnx", ExportFormat("onnx", "ONNX", ".onnx", False, ONNX_EXTRA, "onnxruntime", _write_onnx))
FORMATS.add("pt2", ExportFormat("pt2", "ExportedProgram", ".pt2", False, (), "torch.export.load", _write_pt2))


# -- files ----------------------------------------------------------------------------------------------------
def _importable(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):  # ValueError: a module blocked with sys.modules[name] = None
        return False


def _run_dir(path: Path) -> Path:
    path = Path(path)
    if not (path / "config.json").is_file():
        raise ExportError(said.NotARunFolder(str(path)))
    return path


def _weights_file(path: Path) -> Path:
    """A weights file as given, or a run folder's best weights (its last ones before a first best)."""
    path = Path(path)
    if not path.exists():
        raise ExportError(said.NothingToExportAt(str(path)))
    return run_weights.weights_file(path) if path.is_dir() else path


def _write_atomically(out: Path, write: Callable[[Path], None]) -> None:
    """``write(tmp)`` a temp file beside ``out``, then rename it: a failed export leaves no file behind.
    The temp name keeps the suffix (torch.export.load wants its archive to end in .pt2)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(dir=out.parent, prefix=f".{out.stem}.{os.getpid()}.", suffix=f".tmp{out.suffix}")
    os.close(fd)
    tmp = Path(name)
    try:
        write(tmp)
        checkpoint.share_like_a_new_file(tmp)
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)
