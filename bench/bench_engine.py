"""Training throughput: the tutorial recipe vs a bare in-memory loop vs this engine, in one process.

LeNet (modern) on Fashion-MNIST, batch 256, Adam 1e-3, one epoch each:
  (a) tutorial: torchvision dataset + ToTensor per sample through a DataLoader with 4 workers
  (b) bare loop over in-memory tensors (contiguous and channels-last)
  (c) core.trainer.Trainer
Prints images/s, test accuracy and ratios; the last line is JSON. Needs $CNN_PLAYGROUND_DATA.
Usage: uv run python bench/bench_engine.py [--device cpu|cuda] [--repeat 1]
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

import torch
import torch.nn.functional as F

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from core import archs, data  # noqa: E402
from core.config import TrainConfig  # noqa: E402
from core.evaluate import Normalizer, evaluate  # noqa: E402
from core.trainer import Trainer  # noqa: E402

BATCH, LR = 256, 1e-3


def model_for(device: torch.device, memory_format=torch.contiguous_format) -> torch.nn.Module:
    torch.manual_seed(0)
    return archs.build("lenet", 1, 28, 10).to(device=device, memory_format=memory_format)


def test_accuracy(model, loaded, device) -> float:
    norm = Normalizer.of(loaded.spec.mean, loaded.spec.std, device)
    return evaluate(model, loaded.test_x.to(device), loaded.test_y.to(device), norm).accuracy


def tutorial_recipe(root: Path, loaded, device) -> tuple[float, float]:
    import torchvision
    from torchvision import transforms

    tf = transforms.Compose([transforms.ToTensor(), transforms.Normalize(loaded.spec.mean, loaded.spec.std)])
    ds = torchvision.datasets.FashionMNIST(root, train=True, download=False, transform=tf)
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


def bare_loop(loaded, device, memory_format) -> tuple[float, float]:
    x_all, y_all = loaded.train_x.to(device), loaded.train_y.to(device)
    norm = Normalizer.of(loaded.spec.mean, loaded.spec.std, device)
    model = model_for(device, memory_format)
    opt = torch.optim.Adam(model.parameters(), lr=LR)
    start = time.perf_counter()
    perm = torch.randperm(len(x_all), device=device)
    for i in range(0, len(x_all), BATCH):
        idx = perm[i:i + BATCH]
        loss = F.cross_entropy(model(norm(x_all[idx]).contiguous(memory_format=memory_format)), y_all[idx])
        opt.zero_grad()
        loss.backward()
        opt.step()
    _sync(device)
    return len(x_all) / (time.perf_counter() - start), test_accuracy(model, loaded, device)


def engine(loaded, device) -> tuple[float, float]:
    cfg = TrainConfig(arch="lenet", dataset="fashion-mnist", epochs=1, batch_size=BATCH, lr=LR,
                      optimizer="adam", val_fraction=0.0, device=str(device))
    final = Trainer(cfg, loaded=loaded).run()
    m = final.history[-1]
    return m.images_per_s, m.test_acc


def _sync(device: torch.device) -> None:
    if device.type == "cuda":
        torch.cuda.synchronize()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--device", default="cpu")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each; the best is kept")
    args = parser.parse_args()
    root = Path(os.environ.get("CNN_PLAYGROUND_DATA", ""))
    if not (root / "FashionMNIST" / "raw").is_dir():
        sys.exit("Set CNN_PLAYGROUND_DATA to a folder holding FashionMNIST/raw.")
    device = torch.device(args.device)
    loaded = data.load("fashion-mnist", root, download=False)
    os.environ["CNN_PLAYGROUND_RUNS"] = os.environ.get("CNN_PLAYGROUND_RUNS", "/tmp/cnn-playground-bench-runs")
    cases = {
        "a_tutorial_dataloader": lambda: tutorial_recipe(root, loaded, device),
        "b_bare_loop": lambda: bare_loop(loaded, device, torch.contiguous_format),
        "b_bare_loop_channels_last": lambda: bare_loop(loaded, device, torch.channels_last),
        "c_engine": lambda: engine(loaded, device),
    }
    results = {}
    for name, case in cases.items():
        runs = [case() for _ in range(args.repeat)]
        results[name] = max(runs)
        print(f"{name:<28} {results[name][0]:>9,.0f} img/s   test acc {results[name][1]:.4f}", flush=True)
    a = results["a_tutorial_dataloader"][0]
    best_bare = max(results["b_bare_loop"][0], results["b_bare_loop_channels_last"][0])
    ratios = {"engine_vs_tutorial": results["c_engine"][0] / a, "engine_vs_best_bare": results["c_engine"][0] / best_bare}
    for k, v in ratios.items():
        print(f"{k:<28} {v:.2f}x")
    print(json.dumps({"device": str(device), "torch": torch.__version__, "threads": torch.get_num_threads(),
                      "images_per_s": {k: round(v[0]) for k, v in results.items()},
                      "test_acc": {k: round(v[1], 4) for k, v in results.items()},
                      **{k: round(v, 3) for k, v in ratios.items()}}))


if __name__ == "__main__":  # guarded: the DataLoader's worker processes re-import this file
    main()
