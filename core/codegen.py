"""The code behind a run: one standalone Python script (torch and torchvision only) that trains what the app trains.

The network as an ``nn.Module`` class layer by layer (core.codegen_network), the dataset through torchvision with
the app's split, normalisation and augmentation, the same optimizer, schedule, batch size and seed
(core.codegen_parts), and a loop that prints loss and accuracy every epoch. With the same seed, on one thread, it
starts from the same weights and sees the same batches as the app.
"""

from __future__ import annotations

from string import Template
from typing import Sequence

from core import archs, data
from core.archs.network_file import NetworkFile
from core.codegen_knobs import changes_code
from core.codegen_network import network_code
from core.codegen_parts import INIT_CODE, OPTIMIZER_CODE, SCHEDULE_CODE, augment_code
from core.config import TrainConfig
from core.knobs import KnobChange
from core.messages import MessageError
from core.messages import networks as networks_said
from core.network_export import from_arch
from core.paths import data_dir

# The datasets torchvision can fetch by itself, and the class that reads each.
TORCHVISION_CLASSES = {"mnist": "MNIST", "fashion-mnist": "FashionMNIST", "kmnist": "KMNIST", "cifar10": "CIFAR10"}
OWN_INIT_NOTE = (
    "\n# Note: torchvision's {arch} draws its starting weights its own way; this copy keeps PyTorch's default\n"
    "# initialisation, so it starts from other weights than the app's run (same layers, same number of weights).\n"
)


class CodeError(MessageError, ValueError):
    """Settings whose code cannot be written as a standalone script; the message says why."""


def network_of(cfg: TrainConfig) -> NetworkFile:
    """The run's network as a network file: its own, or a copy of the built-in one with the run's options."""
    spec = archs.get_arch(cfg.arch)
    if spec.from_file:
        return NetworkFile.from_json(cfg.network or "")
    options = {k: getattr(cfg, k) for k in spec.options if getattr(cfg, k) is not None}
    dataset = data.get_spec(cfg.dataset)
    return from_arch(cfg.arch, dataset.channels, dataset.image_size, **options)


def script(cfg: TrainConfig, changes: Sequence[KnobChange] = ()) -> str:
    """The standalone training script for ``cfg``; ``changes``: the run's live knob changes, applied at their step."""
    if cfg.dataset not in TORCHVISION_CLASSES:
        raise CodeError(networks_said.CodeOnlyForTorchvisionData(", ".join(TORCHVISION_CLASSES), repr(cfg.dataset)))
    dataset = data.get_spec(cfg.dataset)
    net = network_of(cfg)
    imports, net_code = network_code(net, dataset.channels, dataset.image_size, len(dataset.class_names))
    aug_constants, aug_functions = augment_code(cfg)
    own_init = not archs.get_arch(cfg.arch).from_file and not archs.get_arch(cfg.arch).options
    knob_section, knob_loop = changes_code(cfg, changes)
    return Template(_SCRIPT).substitute(
        title=f"{net.name or 'Your own network'} on {dataset.title}",
        settings=_settings_line(cfg),
        imports="".join(f"{line}\n" for line in imports),
        dataset_class=TORCHVISION_CLASSES[cfg.dataset],
        dataset_title=dataset.title,
        data_dir=repr(str(data_dir())),
        mean=repr(tuple(dataset.mean)),
        std=repr(tuple(dataset.std)),
        constants=_constants(cfg) + aug_constants,
        network=net_code
        + (OWN_INIT_NOTE.format(arch=cfg.arch) if own_init else "")
        + (f"\n\n{INIT_CODE[net.init].rstrip()}" if INIT_CODE[net.init] else ""),
        call_init="    init_weights(model)\n" if INIT_CODE[net.init] else "",
        schedule=SCHEDULE_CODE[cfg.schedule].strip(),
        augment=aug_functions.strip() + (f"\n\n\n{knob_section}" if knob_section else ""),
        apply_changes=knob_loop,
        optimizer=OPTIMIZER_CODE[cfg.optimizer],
    )


def _settings_line(cfg: TrainConfig) -> str:
    shown = ("arch", "dataset", "epochs", "batch_size", "optimizer", "lr", "schedule", "augment", "seed")
    return ", ".join(f"{k}={getattr(cfg, k)}" for k in shown)


def _constants(cfg: TrainConfig) -> str:
    values = {
        "EPOCHS": (cfg.epochs, "passes over the training images"),
        "BATCH_SIZE": (cfg.batch_size, "images per weight update"),
        "LR": (cfg.lr, "the learning rate"),
        "MOMENTUM": (cfg.momentum, "SGD and RMSprop only"),
        "NESTEROV": (cfg.nesterov, "SGD only"),
        "WEIGHT_DECAY": (cfg.weight_decay, "pulls weights towards 0"),
        "STEP_EVERY": (cfg.step_every, "step schedule: epochs between learning-rate drops"),
        "STEP_GAMMA": (cfg.step_gamma, "step schedule: the factor at each drop"),
        "LABEL_SMOOTHING": (cfg.label_smoothing, "0: the loss wants full confidence in the right class"),
        "GRAD_CLIP": (cfg.grad_clip, "the largest gradient norm; 0: no clipping"),
        "VAL_FRACTION": (cfg.val_fraction, "share of the training images kept aside for validation"),
        "TRAIN_SUBSET": (cfg.train_subset, "train on only this many images (0: all); --limit changes it"),
        "SEED": (cfg.seed, "the same seed gives the same starting weights and batches"),
    }
    return "".join(f"{name} = {value!r}  # {why}\n" for name, (value, why) in values.items())


_SCRIPT = '''#!/usr/bin/env python3
"""$title: the code behind a CNN Playground run.

Plain PyTorch and torchvision, nothing else: the network, the data, the optimizer and the training loop of the
run, written out so you can read, change and run it anywhere.

    python train.py --data DIR    # DIR holds the datasets in torchvision's layout (missing ones are downloaded)

Settings: $settings
"""

import argparse
import math

import torch
import torch.nn as nn
import torch.nn.functional as F
from torchvision import datasets
$imports
# ---- the settings of the run -------------------------------------------------------------------------------
DATA_DIR = $data_dir  # the app's data folder; --data changes it
MEAN = $mean  # the $dataset_title pixels' mean and spread (0..1 scale): inputs are normalised with them
STD = $std
$constants

# ---- the network: each layer created in the order the app creates it, so the seed gives the same weights -----
$network


# ---- the learning-rate schedule: LR x lr_factor(step), one step per batch ------------------------------------
$schedule


# ---- augmentation: random changes to each training batch, on images in 0..1 ----------------------------------
$augment


# ---- the data --------------------------------------------------------------------------------------------------
def load(root, train):
    """One split of $dataset_title as uint8 images [N, C, H, W] and labels (downloaded if missing)."""
    ds = datasets.$dataset_class(root, train=train, download=True)
    images = torch.as_tensor(ds.data)
    # grey sets come as [N, H, W]: add the channel; CIFAR-10 comes as [N, H, W, C]: move the channel first
    images = images.unsqueeze(1) if images.dim() == 3 else images.permute(0, 3, 1, 2)
    return images.contiguous(), torch.as_tensor(ds.targets, dtype=torch.int64)


def split_validation(n, fraction, seed):
    """(train indexes, validation indexes): a seeded shuffle of range(n), the first share kept for validation."""
    order = torch.randperm(n, generator=torch.Generator().manual_seed(seed))
    n_val = min(round(n * fraction), max(n - 1, 0))
    return order[n_val:].sort().values, order[:n_val].sort().values


def normalize(unit):
    """Images in 0..1 -> mean 0, spread 1 per channel: what the network is trained on."""
    mean = torch.tensor(MEAN, device=unit.device).view(1, -1, 1, 1)
    std = torch.tensor(STD, device=unit.device).view(1, -1, 1, 1)
    return (unit - mean) / std


def evaluate(model, images, labels, batch_size=1000):
    """(mean loss, accuracy) of ``model`` on uint8 images, in eval mode (dropout off, batch norm's averages)."""
    model.eval()
    loss_sum, correct = 0.0, 0
    with torch.no_grad():
        for i in range(0, len(images), batch_size):
            out = model(normalize(images[i : i + batch_size].float() / 255))
            y = labels[i : i + batch_size]
            loss_sum += F.cross_entropy(out, y, reduction="sum").item()
            correct += (out.argmax(1) == y).sum().item()
    return loss_sum / max(len(images), 1), correct / max(len(images), 1)


# ---- training ------------------------------------------------------------------------------------------------
def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=DATA_DIR, help="the datasets folder, torchvision's layout")
    parser.add_argument("--limit", type=int, default=TRAIN_SUBSET, help="train on the first N images (0: all)")
    parser.add_argument("--device", default="cuda" if torch.cuda.is_available() else "cpu")
    parser.add_argument("--threads", type=int, default=0, help="CPU threads (0: PyTorch chooses)")
    args = parser.parse_args()
    if args.threads:
        torch.set_num_threads(args.threads)
    device = torch.device(args.device)
    torch.manual_seed(SEED)  # the starting weights and dropout

    train_x, train_y = load(args.data, train=True)
    test_x, test_y = load(args.data, train=False)
    train_idx, val_idx = split_validation(len(train_x), VAL_FRACTION, SEED)
    if args.limit:
        train_idx = train_idx[: args.limit]
    val_x, val_y = train_x[val_idx].to(device), train_y[val_idx].to(device)
    train_x, train_y = train_x[train_idx].to(device), train_y[train_idx].to(device)
    test_x, test_y = test_x.to(device), test_y.to(device)

    model = Net()
$call_init    model = model.to(device)
    print(model)
    print(f"{sum(p.numel() for p in model.parameters()):,} weights; {len(train_x):,} training images on {device}")
    optimizer = $optimizer
    batches_per_epoch = math.ceil(len(train_x) / BATCH_SIZE)
    scheduler = torch.optim.lr_scheduler.LambdaLR(optimizer, lambda step: lr_factor(step, batches_per_epoch))
    criterion = nn.CrossEntropyLoss(label_smoothing=LABEL_SMOOTHING)
    gen = torch.Generator(device=device).manual_seed(SEED)  # the order of the images and the augmentation

    for epoch in range(1, EPOCHS + 1):
        model.train()
        order = torch.randperm(len(train_x), generator=gen, device=device)  # a new order every epoch
        loss_sum = 0.0
        for b in range(batches_per_epoch):
$apply_changes            idx = order[b * BATCH_SIZE : (b + 1) * BATCH_SIZE]
            x, y = normalize(augment(train_x[idx].float() / 255, gen)), train_y[idx]
            loss = criterion(model(x), y)
            optimizer.zero_grad(set_to_none=True)
            loss.backward()  # the gradient of the loss for every weight
            if GRAD_CLIP:
                nn.utils.clip_grad_norm_(model.parameters(), GRAD_CLIP)
            optimizer.step()  # move every weight a little against its gradient
            scheduler.step()
            loss_sum += loss.item() * len(y)
        val = f"val acc {evaluate(model, val_x, val_y)[1]:.4f}  " if len(val_x) else ""
        test_loss, test_acc = evaluate(model, test_x, test_y)
        print(f"epoch {epoch}/{EPOCHS}  loss {loss_sum / len(train_x):.4f}  {val}test acc {test_acc:.4f}", flush=True)


if __name__ == "__main__":
    main()
'''
