"""Helpers the test modules share (no Qt here): a tiny MNIST model, one short real run, the usual settings."""

from __future__ import annotations

import hashlib
import inspect
import time
from pathlib import Path

import torch
from torch import nn

# A short MNIST run: 3000 training images in 47 batches, evaluated on the full test set.
MNIST_SMALL = dict(
    dataset="mnist",
    arch="lenet",
    epochs=1,
    batch_size=64,
    train_subset=3000,
    val_fraction=0.1,
    optimizer="adam",
    lr=2e-3,
)
MNIST_MEAN, MNIST_STD = 0.1307, 0.3081
DIGITS = tuple(str(i) for i in range(10))


# ----- a tiny MNIST model, trained once and cached between runs -----------------------------
def tiny_lenet() -> nn.Module:
    """LeNet-size (ReLU + max pooling): 2 conv + 2 linear layers, ~29k parameters."""
    return nn.Sequential(
        nn.Conv2d(1, 6, 5, padding=2),
        nn.ReLU(),
        nn.MaxPool2d(2),
        nn.Conv2d(6, 16, 5),
        nn.ReLU(),
        nn.MaxPool2d(2),
        nn.Flatten(),
        nn.Linear(16 * 5 * 5, 64),
        nn.ReLU(),
        nn.Linear(64, 10),
    )


def _random_shift(x: torch.Tensor, g: torch.Generator, max_shift: int = 2) -> torch.Tensor:
    n = x.shape[0]
    pad = nn.functional.pad(x, (max_shift,) * 4)
    dy, dx = torch.randint(0, 2 * max_shift + 1, (2, n), generator=g)
    rows = (dy[:, None] + torch.arange(28)[None, :])[:, None, :, None].expand(n, 1, 28, 28 + 2 * max_shift)
    pad = pad.gather(2, rows)
    cols = (dx[:, None] + torch.arange(28)[None, :])[:, None, None, :].expand(n, 1, 28, 28)
    return pad.gather(3, cols)


def _train(root: Path, n_train: int = 30_000, epochs: int = 1) -> nn.Module:
    """About 4 s on an idle 2-core CPU; one thread, because two crawl when the CPU is shared."""
    import torchvision

    torch.manual_seed(0)
    g = torch.Generator().manual_seed(0)
    ds = torchvision.datasets.MNIST(str(root), train=True, download=False)
    x = ds.data[:n_train].float().div(255).unsqueeze(1)
    y = ds.targets[:n_train]
    model = tiny_lenet()
    opt = torch.optim.Adam(model.parameters(), lr=2e-3)
    for _ in range(epochs):
        perm = torch.randperm(n_train, generator=g)
        for i in range(0, n_train, 64):
            idx = perm[i : i + 64]
            xb = (_random_shift(x[idx], g) - MNIST_MEAN) / MNIST_STD
            loss = nn.functional.cross_entropy(model(xb), y[idx])
            opt.zero_grad()
            loss.backward()
            opt.step()
    return model.eval()


def train_tiny_mnist(root: Path, cache_dir: Path) -> nn.Module:
    """The tiny model, from cache_dir when the training code has not changed since it was saved."""
    key = hashlib.sha1(
        (inspect.getsource(tiny_lenet) + inspect.getsource(_train) + inspect.getsource(_random_shift)).encode()
    ).hexdigest()[:12]
    path = Path(cache_dir) / f"tiny_lenet_{key}.pt"
    model = tiny_lenet()
    if path.exists():
        model.load_state_dict(torch.load(path, weights_only=True))
        return model.eval()
    t, threads = time.perf_counter(), torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        model = _train(root)
    finally:
        torch.set_num_threads(threads)
    print(f"\ntiny LeNet trained in {time.perf_counter() - t:.1f} s")
    tmp = path.with_suffix(".tmp")
    torch.save(model.state_dict(), tmp)
    tmp.replace(path)
    return model


_RUN: dict = {}


def trained_run(mnist, runs_root):
    """LeNet trained 1 epoch on 8,000 real MNIST images; trained once per test session (shared with GUI tests).

    ``runs_root``: a temp dir for the run folder (session fixtures run before conftest's per-test
    CNN_PLAYGROUND_RUNS override, so the Trainer must be told explicitly)."""
    if "epoch" not in _RUN:
        from core.config import TrainConfig
        from core.events import EpochEnd, RunStarted
        from core.trainer import Trainer

        events: list = []
        cfg = TrainConfig(arch="lenet", dataset="mnist", epochs=1, train_subset=8000, lr=2e-3)
        Trainer(cfg, events.append, loaded=mnist, runs_root=runs_root).run()
        _RUN["started"] = next(e for e in events if isinstance(e, RunStarted))
        _RUN["epoch"] = next(e for e in events if isinstance(e, EpochEnd))
    return _RUN["started"], _RUN["epoch"]


def short_run(mnist, runs_root: Path, **config) -> Path:
    """A run folder of one epoch on 1000 real MNIST images (500 test images): a few seconds on one thread."""
    from core import data
    from core.config import TrainConfig
    from core.trainer import Trainer

    small = data.LoadedData(
        mnist.spec, mnist.train_x[:1000], mnist.train_y[:1000], mnist.test_x[:500], mnist.test_y[:500]
    )
    cfg = TrainConfig(**{"arch": "lenet", "dataset": "mnist", "epochs": 1, "batch_size": 100, "threads": 1, **config})
    return Trainer(cfg, lambda event: None, loaded=small, runs_root=runs_root).run().run_dir


WHEEL = ["sm_75", "sm_80", "sm_86", "sm_90", "sm_100", "sm_120"]  # the CUDA archs the locked torch wheel reports


def fake_cuda_cards(monkeypatch, found: list[tuple[str, tuple[int, int]]], arch_list: list[str] = WHEEL) -> None:
    """torch.cuda answers as if these (name, compute capability) cards were in the computer; cuda:0 is current."""
    import torch
    from types import SimpleNamespace

    def index(device) -> int:
        if device is None:
            return 0
        return device if isinstance(device, int) else (torch.device(device).index or 0)

    props = [SimpleNamespace(name=name, total_memory=8 * 2**30) for name, _ in found]
    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    monkeypatch.setattr(torch.cuda, "device_count", lambda: len(found))
    monkeypatch.setattr(torch.cuda, "get_device_properties", lambda i: props[index(i)])
    monkeypatch.setattr(torch.cuda, "get_device_capability", lambda i=None: found[index(i)][1])
    monkeypatch.setattr(torch.cuda, "get_arch_list", lambda: list(arch_list))
    monkeypatch.setattr(torch.cuda, "current_device", lambda: 0)
