"""Training throughput: the tutorial recipe vs a bare in-memory loop vs this engine, in one process.

LeNet (modern) on Fashion-MNIST, batch 256, Adam 1e-3, one epoch each:
  (a) tutorial: torchvision dataset + ToTensor per sample through a DataLoader with 4 workers
  (b) bare loop over tensors resident on the device (contiguous, channels-last; on CUDA also bf16 autocast):
      on a GPU this is the bare GPU loop, no host synchronisation until the end
  (c) core.trainer.Trainer, reading batch results back on its cadence (and, for comparison, after every batch
      as the engine did before: one host sync per batch); on CUDA also with bf16 autocast
  (d) on CUDA only: each speed default of core.device_speed (cuDNN benchmark, TF32 matmuls, channels-last off)
      against its opposite, as speed_vs_defaults (> 1: the opposite is faster on this card: change the default)
Prints images/s, test accuracy, the engine's epoch time with evaluation, and ratios; the last line is JSON.
Needs $CNN_PLAYGROUND_DATA. --subset N trains on the first N images only (quick checks while developing).
Usage: uv run python bench/bench_engine.py [--device cpu|cuda|mps] [--repeat 1] [--subset 60000]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
import time
from pathlib import Path

import torch
import torch.nn.functional as F

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from core import archs, data, device_speed  # noqa: E402
from core.config import TrainConfig  # noqa: E402
from core.evaluate import Normalizer, evaluate  # noqa: E402
from core.metrics_on_device import DEFAULT_READBACK, EVERY_BATCH  # noqa: E402
from core.trainer import Trainer  # noqa: E402

BATCH, LR = 256, 1e-3


def model_for(device: torch.device, memory_format=torch.contiguous_format) -> torch.nn.Module:
    torch.manual_seed(0)
    return archs.build("lenet", 1, 28, 10).to(device=device, memory_format=memory_format)


def test_accuracy(model, loaded, device) -> float:
    norm = Normalizer.of(loaded.spec.mean, loaded.spec.std, device)
    return evaluate(model, loaded.test_x.to(device), loaded.test_y.to(device), norm).accuracy


def tutorial_recipe(root: Path, loaded, device, subset: int) -> tuple[float, float]:
    import torchvision
    from torchvision import transforms

    tf = transforms.Compose([transforms.ToTensor(), transforms.Normalize(loaded.spec.mean, loaded.spec.std)])
    ds = torchvision.datasets.FashionMNIST(root, train=True, download=False, transform=tf)
    ds = torch.utils.data.Subset(ds, range(min(subset, len(ds))))
    loader = torch.utils.data.DataLoader(ds, batch_size=BATCH, shuffle=True, num_workers=4)
    model = model_for(device)
    opt = torch.optim.Adam(model.parameters(), lr=LR)
    start, seen = time.perf_counter(), 0
    for x, y in loader:
        x, y = x.to(device), y.to(device)
        loss = F.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        seen += len(x)
    _sync(device)
    return seen / (time.perf_counter() - start), test_accuracy(model, loaded, device)


def bare_loop(loaded, device, memory_format, subset: int, bf16: bool = False) -> tuple[float, float]:
    x_all, y_all = loaded.train_x[:subset].to(device), loaded.train_y[:subset].to(device)
    norm = Normalizer.of(loaded.spec.mean, loaded.spec.std, device)
    model = model_for(device, memory_format)
    opt = torch.optim.Adam(model.parameters(), lr=LR)
    amp = torch.autocast(device.type, dtype=torch.bfloat16, enabled=bf16)
    _sync(device)
    start = time.perf_counter()
    perm = torch.randperm(len(x_all), device=device)
    for i in range(0, len(x_all), BATCH):
        idx = perm[i : i + BATCH]
        with amp:
            logits = model(norm(x_all[idx]).contiguous(memory_format=memory_format))
        loss = F.cross_entropy(logits.float(), y_all[idx])
        opt.zero_grad()
        loss.backward()
        opt.step()
    _sync(device)
    return len(x_all) / (time.perf_counter() - start), test_accuracy(model, loaded, device)


def engine(loaded, device, subset: int, readback=DEFAULT_READBACK, bf16: bool = False, **speed) -> tuple[float, float]:
    """``speed``: core.device_speed settings to change for this run (the rest stay the device's defaults)."""
    _reset_speed_flags(device)
    defaults = device_speed.SPEED.get(device.type, device_speed.SpeedDefaults())
    device_speed.SPEED[device.type] = dataclasses.replace(defaults, **speed)
    cfg = TrainConfig(
        arch="lenet",
        dataset="fashion-mnist",
        epochs=1,
        batch_size=BATCH,
        lr=LR,
        optimizer="adam",
        val_fraction=0.0,
        device=str(device),
        mixed_precision=bf16,
        train_subset=subset if subset < len(loaded.train_x) else 0,
    )
    try:
        final = Trainer(cfg, loaded=loaded, readback=readback).run()
    finally:
        device_speed.SPEED[device.type] = defaults
    m = final.history[-1]
    if readback != EVERY_BATCH:
        EPOCH_SECONDS[f"bf16={bf16}"] = m.seconds
    return m.images_per_s, m.test_acc


EPOCH_SECONDS: dict[str, float] = {}  # the engine's epoch, evaluation of the 10,000 test images included


def _reset_speed_flags(device: torch.device) -> None:
    """The process-wide flags a run sets, back to PyTorch's defaults, so each case starts from the same place."""
    if device.type == "cuda":
        torch.backends.cudnn.benchmark = False
        if hasattr(torch.backends.cuda.matmul, "fp32_precision"):
            torch.backends.cuda.matmul.fp32_precision = "ieee"
        else:
            torch.backends.cuda.matmul.allow_tf32 = False


def _sync(device: torch.device) -> None:
    if device.type == "cuda":
        torch.cuda.synchronize()
    elif device.type == "mps":
        torch.mps.synchronize()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--device", default="cpu", choices=("cpu", "cuda", "mps"))
    parser.add_argument("--repeat", type=int, default=1, help="runs of each; the best is kept")
    parser.add_argument("--subset", type=int, default=60_000, help="training images per epoch")
    args = parser.parse_args()
    root = Path(os.environ.get("CNN_PLAYGROUND_DATA", ""))
    if not (root / "FashionMNIST" / "raw").is_dir():
        sys.exit("Set CNN_PLAYGROUND_DATA to a folder holding FashionMNIST/raw.")
    device, n = torch.device(args.device), args.subset
    loaded = data.load("fashion-mnist", root, download=False)
    os.environ["CNN_PLAYGROUND_RUNS"] = os.environ.get("CNN_PLAYGROUND_RUNS", "/tmp/cnn-playground-bench-runs")
    cl, gpu = torch.channels_last, device.type != "cpu"
    cases = {
        "a_tutorial_dataloader": lambda: tutorial_recipe(root, loaded, device, n),
        "b_bare_loop": lambda: bare_loop(loaded, device, torch.contiguous_format, n),
        "b_bare_loop_channels_last": lambda: bare_loop(loaded, device, cl, n),
        **(
            {"b_bare_loop_bf16_channels_last": lambda: bare_loop(loaded, device, cl, n, bf16=True)}
            if device.type == "cuda"
            else {}
        ),
        "c_engine": lambda: engine(loaded, device, n),
        "c_engine_read_every_batch": lambda: engine(loaded, device, n, EVERY_BATCH),
        **({"c_engine_bf16": lambda: engine(loaded, device, n, bf16=True)} if device.type == "cuda" else {}),
        **(cuda_speed_cases(loaded, device, n) if device.type == "cuda" else {}),
    }
    if gpu:  # kernels loaded and tuned before anything is timed
        for bf16 in (False, True) if device.type == "cuda" else (False,):
            bare_loop(loaded, device, cl, 20 * BATCH, bf16)
    results = {}
    for name, case in cases.items():
        runs = [case() for _ in range(args.repeat)]
        results[name] = max(runs)
        print(f"{name:<28} {results[name][0]:>9,.0f} img/s   test acc {results[name][1]:.4f}", flush=True)
    a = results["a_tutorial_dataloader"][0]
    best_bare = max(v[0] for k, v in results.items() if k.startswith("b_"))
    best_engine = max(v[0] for k, v in results.items() if k.startswith("c_engine") and "every" not in k)
    speed_vs_defaults = {  # > 1: the changed setting is faster than the default here
        k: v[0] / results["c_engine_bf16" if "bf16" in k else "c_engine"][0]
        for k, v in results.items()
        if k.startswith("d_speed")
    }
    every = results["c_engine_read_every_batch"][0]
    ratios = {
        "engine_vs_tutorial": best_engine / a,
        "engine_vs_best_bare": best_engine / best_bare,
        "read_every_batch_vs_tutorial": every / a,
        "read_every_batch_vs_best_bare": every / best_bare,
    }
    for k, v in {**ratios, **speed_vs_defaults}.items():
        print(f"{k:<34} {v:.2f}x")
    epoch_s = min(EPOCH_SECONDS.values())
    print(f"{'engine epoch incl. evaluation':<34} {epoch_s:.2f} s ({n:,} images)")
    print(
        json.dumps(
            {
                "device": str(device),
                "name": _device_name(device),
                "torch": torch.__version__,
                "threads": torch.get_num_threads(),
                "images": n,
                "images_per_s": {k: round(v[0]) for k, v in results.items()},
                "test_acc": {k: round(v[1], 4) for k, v in results.items()},
                "engine_epoch_s": round(epoch_s, 3),
                **{k: round(v, 3) for k, v in ratios.items()},
                "speed_vs_defaults": {k: round(v, 3) for k, v in speed_vs_defaults.items()},
            }
        )
    )


def cuda_speed_cases(loaded, device, n) -> dict:
    """Each speed default of core.device_speed against its opposite, in fp32 and bf16: keep what is faster here."""
    cl = torch.channels_last
    return {
        "d_speed_no_cudnn_benchmark": lambda: engine(loaded, device, n, cudnn_benchmark=False),
        "d_speed_no_tf32": lambda: engine(loaded, device, n, tf32_matmul=False),
        "d_speed_channels_last": lambda: engine(loaded, device, n, memory_format=cl),
        "d_speed_bf16_no_cudnn_benchmark": lambda: engine(loaded, device, n, bf16=True, cudnn_benchmark=False),
        "d_speed_bf16_channels_last": lambda: engine(loaded, device, n, bf16=True, memory_format=cl),
    }


def _device_name(device: torch.device) -> str:
    return torch.cuda.get_device_name(device) if device.type == "cuda" else device.type


if __name__ == "__main__":  # guarded: the DataLoader's worker processes re-import this file
    main()
