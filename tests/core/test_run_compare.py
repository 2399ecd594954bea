"""What a comparison reads from run folders: the settings that differ, batch curves and layers, damaged folders."""

from __future__ import annotations

import json

from core import run_compare
from core.config import TrainConfig
from core.runs import read_run
from core.trainer import Trainer


def test_only_the_settings_that_differ_are_listed_in_field_order():
    a = TrainConfig(arch="lenet5", activation="sigmoid", lr=1e-3)
    b = a.replace(activation="leakyrelu", lr=1e-2)
    diffs = run_compare.differing_settings([a, b, a])
    assert [(d.name, d.values) for d in diffs] == [
        ("lr", (1e-3, 1e-2, 1e-3)),
        ("activation", ("sigmoid", "leakyrelu", "sigmoid")),
    ]
    assert run_compare.differing_settings([a, a]) == ()
    unset = run_compare.differing_settings([a, a.replace(dropout=0.0)])  # "recipe's own" is not "no dropout"
    assert [(d.name, d.values) for d in unset] == [("dropout", (None, 0.0))]


def test_details_of_a_run_and_of_a_folder_whose_network_cannot_be_read(small_mnist, tmp_path):
    cfg = TrainConfig(arch="mlp", dataset="mnist", epochs=1, batch_size=100, threads=1)
    final = Trainer(cfg, loaded=small_mnist, runs_root=tmp_path).run()
    info = read_run(final.run_dir)
    details = run_compare.run_details(info)
    assert len(details.batches) == 18 and details.layers is not None and not details.problem
    assert details.layers.total_params == sum(r.params for r in details.layers.rows)

    stored = json.loads((final.run_dir / "config.json").read_text())
    stored["meta"]["in_channels"] = 7  # a hand-edited or damaged folder
    (final.run_dir / "config.json").write_text(json.dumps(stored))
    broken = run_compare.run_details(read_run(final.run_dir))
    assert broken.layers is None and broken.network is None and "in_channels" in str(broken.problem)
    assert len(broken.batches) == 18  # the curves still show
