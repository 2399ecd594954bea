"""Model summaries: shapes, parameter and FLOP counts, receptive fields."""

from __future__ import annotations

import threading

import pytest
import torch

from core.archs import build
from core.summary import LayerRow, ModelSummary, summarize


pytestmark = pytest.mark.usefixtures("one_torch_thread")


def rows_by_name(summary: ModelSummary) -> dict[str, LayerRow]:
    return {r.name: r for r in summary.rows}


def test_lenet5_layer_shapes_match_d2l():
    s = summarize(build("lenet5", 1, 28, 10), 1, 28)
    assert [(r.kind, r.out_shape) for r in s.rows] == [  # seed 003's printout, batch dim dropped
        ("Conv2d", (6, 28, 28)),
        ("Sigmoid", (6, 28, 28)),
        ("AvgPool2d", (6, 14, 14)),
        ("Conv2d", (16, 10, 10)),
        ("Sigmoid", (16, 10, 10)),
        ("AvgPool2d", (16, 5, 5)),
        ("Flatten", (400,)),
        ("Linear", (120,)),
        ("Sigmoid", (120,)),
        ("Linear", (84,)),
        ("Sigmoid", (84,)),
        ("Linear", (10,)),
    ]
    assert s.input_shape == (1, 28, 28) and s.output_shape == (10,)
    assert s.rows[0].name == "features.conv1"


def test_lenet5_totals_flops_and_receptive_fields_by_hand():
    model = build("lenet5", 1, 28, 10)
    s = summarize(model, 1, 28)
    assert s.total_params == sum(p.numel() for p in model.parameters()) == 61706
    assert s.trainable_params == s.total_params
    # FLOPs = 2 x multiply-adds, biases not counted (as FlopCounterMode does)
    conv1 = 2 * 6 * 28 * 28 * (1 * 5 * 5)
    conv2 = 2 * 16 * 10 * 10 * (6 * 5 * 5)
    fcs = 2 * (400 * 120 + 120 * 84 + 84 * 10)
    assert s.total_flops == conv1 + conv2 + fcs
    rows = rows_by_name(s)
    assert rows["features.conv1"].flops == conv1 and rows["features.conv2"].flops == conv2
    # conv1 sees 5 px; pool1 (2, stride 2) -> 6, jump 2; conv2: 6 + 4*2 = 14; pool2: 14 + 1*2 = 16
    assert [rows[f"features.{n}"].receptive_field for n in ("conv1", "pool1", "conv2", "pool2")] == [5, 6, 14, 16]
    assert rows["features.act1"].receptive_field is None
    assert rows["classifier.fc1"].receptive_field is None


def test_trainable_params_leave_out_frozen_ones():
    model = build("lenet", 1, 28, 10)
    model.features.conv1.requires_grad_(False)
    s = summarize(model, 1, 28)
    assert s.trainable_params == s.total_params - 156


@pytest.mark.parametrize(
    "name,channels,size",
    [
        ("lenet3x3", 3, 32),
        ("simplecnn", 1, 64),
        ("inception", 1, 28),
        ("resnet", 3, 32),
        ("mlp", 1, 28),
        ("resnet18", 3, 32),
        ("googlenet", 1, 28),
    ],
)
def test_rows_add_up_to_the_totals(name, channels, size):
    model = build(name, channels, size, 10)
    s = summarize(model, channels, size)
    assert s.total_params == sum(p.numel() for p in model.parameters())
    assert sum(r.params for r in s.rows) == s.total_params
    assert s.total_flops > 0
    assert sum(r.flops for r in s.rows) == s.total_flops
    assert s.output_shape == (10,)
    assert all(r.flops >= 0 for r in s.rows)


def test_blocks_get_a_row_after_their_layers():
    s = summarize(build("inception", 1, 28, 10), 1, 28)
    names = [r.name for r in s.rows]
    rows = rows_by_name(s)
    block = rows["features.incep1"]
    assert block.kind == "InceptionA" and block.out_shape == (88, 12, 12)
    assert names.index("features.incep1") > names.index("features.incep1.branch_pool")
    assert block.params == 0 and block.flops == 0
    assert rows["classifier.fc1"].out_shape == (10,)


def test_receptive_field_follows_branches_not_call_order():
    rows = rows_by_name(summarize(build("inception", 1, 28, 10), 1, 28))
    # before incep1: conv1 5, pool1 -> 6 with jump 2. Each branch starts from there:
    assert rows["features.incep1.branch1x1"].receptive_field == 6
    assert rows["features.incep1.branch5x5_2"].receptive_field == 6 + 4 * 2
    assert rows["features.incep1.branch3x3_1"].receptive_field == 6
    assert rows["features.incep1.branch3x3_2"].receptive_field == 6 + 2 * 2
    assert rows["features.incep1.branch_pool"].receptive_field == 6 + 2 * 2
    assert rows["features.incep1"].receptive_field == 14  # the widest branch
    assert rows["features.conv2"].receptive_field == 14 + 4 * 2


def test_residual_block_receptive_field_and_cap():
    rows = rows_by_name(summarize(build("resnet", 1, 28, 10), 1, 28))
    assert rows["features.rblock1.conv2"].receptive_field == 6 + 2 * 2 + 2 * 2
    assert rows["features.rblock1"].receptive_field == 14
    deep = summarize(build("resnet18", 1, 28, 10), 1, 28)
    assert max(r.receptive_field or 0 for r in deep.rows) == 28  # capped at the image side


def test_alexnet_summary_shows_the_resize():
    s = summarize(build("alexnet", 1, 28, 10), 1, 28)
    assert s.rows[0].name == "resize" and s.rows[0].out_shape == (1, 227, 227)
    rows = rows_by_name(s)
    assert rows["features.conv1"].out_shape == (96, 55, 55)
    assert rows["features.pool5"].out_shape == (256, 6, 6)
    assert rows["features.conv1"].receptive_field == 3  # 11 px of 227 is ~1.4 px of 28


def test_summary_leaves_the_model_as_it_was():
    model = build("lenet5", 1, 28, 10, batch_norm=True, dropout=0.5)
    model.train()
    before = {k: v.clone() for k, v in model.state_dict().items()}
    summarize(model, 1, 28)
    assert model.training and all(m.training for m in model.modules())
    after = model.state_dict()
    assert all(torch.equal(before[k], after[k]) for k in before)  # BN statistics untouched
    model.eval()
    summarize(model, 1, 28)
    assert not any(m.training for m in model.modules())
    assert not any(m._forward_hooks or m._forward_pre_hooks for m in model.modules())


def test_images_too_small_raise_value_error():
    with pytest.raises(ValueError):
        summarize(build("lenet", 1, 28, 10), 1, 8)


def test_training_in_another_thread_does_not_change_the_counts():
    expected = summarize(build("lenet5", 1, 28, 10), 1, 28)
    busy = build("lenet", 1, 28, 10)
    stop = threading.Event()

    def train():
        while not stop.is_set():
            busy(torch.randn(16, 1, 28, 28)).sum().backward()

    worker = threading.Thread(target=train)
    worker.start()
    try:
        model = build("lenet5", 1, 28, 10)
        for _ in range(20):
            s = summarize(model, 1, 28)
            assert s.total_flops == expected.total_flops
            assert [r.flops for r in s.rows] == [r.flops for r in expected.rows]
    finally:
        stop.set()
        worker.join()
