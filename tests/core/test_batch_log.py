"""The per-batch log in a run folder: every batch of every saved epoch once, through stops, kills and resumes."""

from __future__ import annotations

import numpy as np

from core import batch_log, runs
from core.config import TrainConfig
from core.control import RunControl
from core.events import BatchEnd, RunFailed, RunFinished
from core.metrics_on_device import EVERY_BATCH
from core.trainer import Trainer

CFG = TrainConfig(arch="mlp", dataset="mnist", epochs=2, batch_size=100, val_fraction=0.1, threads=1)


def train(cfg, loaded, control=None, **kw):
    events = []
    final = Trainer(cfg, events.append, control, loaded=loaded, **kw).run()
    return final, events


def test_a_run_logs_every_batch_as_its_events_said(small_mnist, tmp_path):
    final, events = train(CFG, small_mnist, runs_root=tmp_path)
    assert isinstance(final, RunFinished), final
    said = [e for e in events if isinstance(e, BatchEnd)]
    curves = batch_log.read(final.run_dir)
    assert len(curves) == len(said) == 2 * said[0].batches  # 1800 images / 100 = 18 batches an epoch
    assert curves.step.tolist() == [e.step for e in said] == list(range(1, len(said) + 1))
    assert curves.epoch.tolist() == [e.epoch for e in said]
    np.testing.assert_allclose(curves.loss, [e.loss for e in said], rtol=1e-5)
    np.testing.assert_allclose(curves.accuracy, [e.accuracy for e in said], rtol=1e-5)
    np.testing.assert_allclose(curves.lr, [e.lr for e in said], rtol=1e-5)
    assert curves.epoch_position[said[0].batches - 1] == 1.0 and curves.epoch_position[-1] == 2.0
    assert len(batch_log.read(final.run_dir, max_epoch=1)) == said[0].batches


def test_a_stopped_epoch_leaves_no_rows_and_the_resume_continues_the_steps(small_mnist, tmp_path):
    control = RunControl()

    def stop_in_epoch_2(e):
        if isinstance(e, BatchEnd) and e.epoch == 2 and e.batch == 5:
            control.stop()

    events: list = []
    # Every batch read back at once, so the stop lands right after batch 5 whatever the machine's pace (on the default
    # cadence epoch 2 could be read only at its end, and the run would finish instead of stopping).
    stopped = Trainer(
        CFG,
        lambda e: (events.append(e), stop_in_epoch_2(e)),
        control,
        loaded=small_mnist,
        runs_root=tmp_path,
        readback=EVERY_BATCH,
    ).run()
    assert isinstance(stopped, RunFailed) and stopped.kind == "stopped", stopped
    assert (stopped.epoch, stopped.batch, stopped.saved_epoch) == (2, 5, 1)  # after 5 batches of epoch 2
    assert [e.batch for e in events if isinstance(e, BatchEnd) and e.epoch == 2] == [1, 2, 3, 4, 5]
    per_epoch = next(e.batches for e in events if isinstance(e, BatchEnd))
    assert batch_log.read(stopped.run_dir).epoch.tolist() == [1] * per_epoch  # epoch 2 was never saved

    resumed, _ = train(CFG.replace(epochs=3), small_mnist, resume_from=stopped.run_dir)
    assert isinstance(resumed, RunFinished), resumed
    curves = batch_log.read(resumed.run_dir)
    assert curves.step.tolist() == list(range(1, 3 * per_epoch + 1))  # each step once, none missing
    assert np.bincount(curves.epoch).tolist() == [0, per_epoch, per_epoch, per_epoch]


def test_a_torn_append_and_rows_past_last_pt_are_cut_on_resume(small_mnist, tmp_path):
    first, _ = train(CFG.replace(epochs=1), small_mnist, runs_root=tmp_path)
    folder = first.run_dir
    per_epoch = len(batch_log.read(folder))
    # As if epoch 2's rows were appended by a writer whose last.pt never landed, and it was killed mid-line.
    with open(folder / batch_log.FILE, "a") as f:
        f.write("19,2,1,0.5,0.8,0.001\n20,2,2,0.4,0.8,0.00")
    assert len(batch_log.read(folder)) == per_epoch + 1  # the torn line is skipped, not misread as lr 0.00
    assert len(batch_log.read(folder, max_epoch=len(runs.read_run(folder).history))) == per_epoch

    resumed, _ = train(CFG, small_mnist, resume_from=folder)
    assert isinstance(resumed, RunFinished), resumed
    curves = batch_log.read(folder)
    assert curves.step.tolist() == list(range(1, 2 * per_epoch + 1))
    assert (folder / batch_log.FILE).read_text().count("\n") == 2 * per_epoch + 1  # header + rows, no torn line


def test_a_missing_or_foreign_log_reads_as_no_batches(tmp_path):
    assert len(batch_log.read(tmp_path)) == 0
    (tmp_path / batch_log.FILE).write_text("a,b\n1,2\n")
    empty = batch_log.read(tmp_path)
    assert len(empty) == 0 and empty.loss.dtype == np.float64 and len(empty.epoch_position) == 0
    batch_log.truncate(tmp_path / "nothing", 3)  # no log, no folder: nothing to cut, no error
