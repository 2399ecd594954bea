"""Export every registered architecture as ONNX (dynamo exporter) and as an ExportedProgram (.pt2), timed, with
the parity figure (largest difference of softmax probabilities against PyTorch on 64 test images).

Untrained weights (seed 0) unless --run names a run folder: the check is about the exporter, not the accuracy.
Usage: uv run --extra onnx python bench/bench_export.py [--arch lenet ...] [--format onnx pt2] [--run RUN_DIR]
The last line is JSON.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

import torch

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from core import archs, data  # noqa: E402
from core.card import ModelCard  # noqa: E402
from core.export import ExportError, ExportJob, export  # noqa: E402
from core.paths import data_dir  # noqa: E402


def card_for(arch: str) -> ModelCard:
    """MNIST when the network takes grey 28x28 images, else CIFAR-10."""
    spec = archs.get_arch(arch)
    ds = data.get_spec("mnist" if 1 in spec.channels and spec.min_size <= 28 else "cifar10")
    return ModelCard(arch, ds.channels, ds.image_size, ds.class_names, ds.mean, ds.std, ds.name)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--arch", nargs="*", default=archs.ARCHS.names())
    parser.add_argument("--format", nargs="*", default=["onnx", "pt2"])
    parser.add_argument("--run", type=Path, help="export this run folder instead (one arch)")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        targets = [(None, args.run)] if args.run else [(a, None) for a in args.arch]
        for arch, run in targets:
            for fmt in args.format:
                if run is None:
                    torch.manual_seed(0)
                    card = card_for(arch)
                    job = ExportJob(Path(tmp) / f"{arch}.{fmt}", model=(card, card.build().state_dict()))
                else:
                    job = ExportJob(Path(tmp) / f"run.{fmt}", runs=(run,))
                job = ExportJob(job.out, job.runs, job.model, data_dir())
                start = time.perf_counter()
                try:
                    r = export(fmt, job)
                    row = dict(
                        arch=arch or str(run),
                        format=fmt,
                        seconds=round(r.seconds, 2),
                        max_difference=r.parity.max_difference,
                        same=r.parity.same_answers,
                        images=r.images,
                        mb=round(r.path.stat().st_size / 2**20, 2),
                    )
                except ExportError as exc:
                    row = dict(
                        arch=arch or str(run),
                        format=fmt,
                        seconds=round(time.perf_counter() - start, 2),
                        error=str(exc)[:300],
                    )
                print(row, flush=True)
                rows.append(row)
    print(json.dumps({"torch": torch.__version__, "threads": torch.get_num_threads(), "rows": rows}))


if __name__ == "__main__":
    main()
