"""A run trained on a GPU goes on on a laptop: the random state is saved with its device type, and one that
cannot continue on this device is seeded afresh, and the run says so. The GPU run folder is faked from a CPU one
(its random state replaced by a CUDA generator's 16 bytes), so this runs anywhere."""

from __future__ import annotations

import torch

from core import checkpoint
from core.config import TrainConfig
from core.events import Progress, RunFinished
from core.trainer import Trainer

CFG = TrainConfig(arch="mlp", dataset="mnist", epochs=1, batch_size=100, train_subset=500, threads=1, device="cpu")
CUDA_STATE = torch.tensor([0x2A, 0, 0, 0, 0, 0, 0, 0, 0x10, 0, 0, 0, 0, 0, 0, 0], dtype=torch.uint8)  # seed, offset


def train(cfg, loaded, **kw):
    events = []
    final = Trainer(cfg, events.append, loaded=loaded, **kw).run()
    return final, [str(e.message) for e in events if isinstance(e, Progress)]


def fake_cuda_run(small_mnist, tmp_path, *, with_device_type: bool):
    first, _ = train(CFG, small_mnist, runs_root=tmp_path)
    last = checkpoint.load(first.run_dir / "last.pt")
    assert last["rng_device"] == "cpu" and len(last["rng"]) == len(torch.Generator().get_state())
    last["rng"] = CUDA_STATE.clone()
    if with_device_type:
        last["rng_device"] = "cuda"
    else:  # a folder saved before the device type was
        del last["rng_device"]
    checkpoint.save(first.run_dir / "last.pt", {k: v for k, v in last.items() if k != "format"})
    return first


def test_a_cuda_run_resumes_on_the_cpu_reseeded_and_says_so(small_mnist, tmp_path):
    first = fake_cuda_run(small_mnist, tmp_path, with_device_type=True)
    resumed, notes = train(CFG.replace(epochs=2), small_mnist, resume_from=first.run_dir)
    assert isinstance(resumed, RunFinished), resumed
    assert [m.epoch for m in resumed.history] == [1, 2] and resumed.history[0] == first.history[0]
    assert any("saved on CUDA and cannot continue on CPU" in n for n in notes), notes
    again = checkpoint.load(first.run_dir / "last.pt")
    assert again["rng_device"] == "cpu" and len(again["rng"]) == len(torch.Generator().get_state())


def test_an_older_cuda_run_folder_is_recognised_by_the_size_of_its_random_state(small_mnist, tmp_path):
    first = fake_cuda_run(small_mnist, tmp_path, with_device_type=False)
    resumed, notes = train(CFG.replace(epochs=2), small_mnist, resume_from=first.run_dir)
    assert isinstance(resumed, RunFinished), resumed
    assert any("saved on CUDA" in n for n in notes), notes


def test_a_resume_on_the_same_device_restores_the_random_state_and_says_nothing_about_it(small_mnist, tmp_path):
    straight, _ = train(CFG.replace(epochs=2), small_mnist, runs_root=tmp_path / "straight")
    first, _ = train(CFG, small_mnist, runs_root=tmp_path / "split")
    resumed, notes = train(CFG.replace(epochs=2), small_mnist, resume_from=first.run_dir)
    assert not any("random state" in n for n in notes), notes
    assert resumed.history[1].train_loss == straight.history[1].train_loss  # the same batches as without a break
