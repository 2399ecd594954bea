"""Out of memory, said where it happened with what helps; evaluation batches tied to the training batch, halved
once on an out-of-memory; a dataset too large for the GPU refused before it is copied, with the sizes. The
device's answers (out-of-memory errors, free memory) are faked, so this runs on the CPU."""

from __future__ import annotations

import pytest
import torch

from core import data_on_device, epoch_scores
from core.config import TrainConfig
from core.data_on_device import check_free_memory
from core.events import Progress, RunFailed, RunFinished
from core.failures import Failure
from core.trainer import Trainer

CFG = TrainConfig(arch="mlp", dataset="mnist", epochs=2, batch_size=64, train_subset=256, threads=1, device="cpu")
OOM = "CUDA out of memory. Tried to allocate 2.00 GiB"


def run(cfg, loaded):
    events = []
    final = Trainer(cfg, events.append, loaded=loaded).run()
    return final, [str(e.message) for e in events if isinstance(e, Progress)]


@pytest.fixture
def evaluations(monkeypatch):
    """Each evaluation's batch size and autocast; ``fail_above`` makes larger batches run out of memory."""
    real, seen = epoch_scores.evaluate, []

    def spy(model, x, y, norm, batch_size, memory_format, autocast):
        seen.append((batch_size, autocast))
        if batch_size > spy.fail_above:
            raise torch.OutOfMemoryError(OOM)
        return real(model, x, y, norm, batch_size, memory_format, autocast)

    spy.fail_above, spy.seen = 10**9, seen
    monkeypatch.setattr(epoch_scores, "evaluate", spy)
    return spy


def test_evaluation_uses_the_training_batch_and_its_mixed_precision(small_mnist, evaluations):
    trainer = Trainer(CFG, loaded=small_mnist)
    assert isinstance(trainer.run(), RunFinished)
    assert {size for size, _ in evaluations.seen} == {64}
    assert all(autocast == trainer.precision.autocast for _, autocast in evaluations.seen)


def test_evaluation_out_of_memory_halves_its_batch_once_says_so_and_keeps_it(small_mnist, evaluations):
    evaluations.fail_above = 32
    final, notes = run(CFG, small_mnist)
    assert isinstance(final, RunFinished), final
    assert [size for size, _ in evaluations.seen] == [64, 32, 32, 32, 32]  # epoch 1: val fails; epoch 2 at 32
    assert notes.count("Evaluation ran out of memory with 64 images at a time; it goes on with 32.") == 1


def test_evaluation_out_of_memory_at_half_the_batch_says_it_was_evaluating(small_mnist, evaluations):
    evaluations.fail_above = 16
    final, _ = run(CFG, small_mnist)
    assert isinstance(final, RunFailed) and final.kind == "oom", final
    assert "while evaluating the network, with batch size 64" in str(final.message)
    assert "Lower the batch size" in str(final.hint) and "bug" not in str(final.hint)


def test_training_out_of_memory_says_it_was_training(small_mnist, monkeypatch):
    def step(self, x, y):
        raise torch.OutOfMemoryError(OOM)

    monkeypatch.setattr(Trainer, "_step", step)
    final, _ = run(CFG, small_mnist)
    assert final.kind == "oom" and "while training, with batch size 64" in str(final.message)


def test_out_of_memory_putting_the_images_on_the_device_does_not_ask_for_a_smaller_batch(small_mnist, monkeypatch):
    def put_on_device(*args):
        raise torch.OutOfMemoryError(OOM)

    monkeypatch.setattr("core.trainer.put_on_device", put_on_device)
    final, _ = run(CFG, small_mnist)
    assert final.kind == "oom" and "while the images were put on it" in str(final.message)
    assert "batch" not in str(final.hint) and "image size" in str(final.hint)


def test_a_dataset_too_large_for_the_free_gpu_memory_is_refused_with_the_sizes(monkeypatch):
    monkeypatch.setattr(torch.cuda, "mem_get_info", lambda device=None: (3 * 2**30, 8 * 2**30))
    cuda = torch.device("cuda:0")
    check_free_memory(2 * 2**30, cuda)  # fits, with room left to train
    with pytest.raises(Failure) as refused:
        check_free_memory(int(2.5 * 2**30), cuda)
    assert refused.value.kind == "oom"
    said = str(refused.value.message)
    assert "2.5 GB on cuda:0" in said and "only 3.0 GB of its 8.0 GB is free" in said
    assert "batch" not in str(refused.value.hint)


def test_the_free_memory_check_asks_the_gpu_the_run_uses_and_nothing_else(small_mnist, monkeypatch):
    asked = []
    monkeypatch.setattr(torch.cuda, "mem_get_info", lambda device=None: asked.append(device) or (0, 0))
    check_free_memory(10**12, torch.device("cpu"))  # the CPU's memory is the computer's: not checked here
    data_on_device.put_on_device(small_mnist, CFG, torch.device("cpu"))
    assert asked == []
    check_free_memory(0, torch.device("cuda:1"))
    assert asked == [torch.device("cuda:1")]
