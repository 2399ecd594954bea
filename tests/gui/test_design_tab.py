"""The Design tab: built-in networks round-trip through the editor and a file, each error shows its sentence at
its layer, edits undo, and a network designed here trains from the window and shows in Runs."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from core import archs
from core.archs.network_file import NetworkFile, make_layer
from core.archs.network_shapes import check, total_weights
from core.events import RunFinished
from core.summary import summarize


@pytest.fixture
def tab(qtbot, app_state):
    from gui.design.design_tab import DesignTab

    tab = DesignTab(app_state)
    qtbot.addWidget(tab)
    tab.bar.images.setCurrentIndex(tab.bar.images.findData("mnist"))
    return tab


def network(*layers) -> NetworkFile:
    return NetworkFile(tuple(make_layer(kind, **options) for kind, options in layers), "test")


def start_from(qtbot, tab, arch: str) -> None:
    tab.bar.start.setCurrentIndex(tab.bar.start.findData(arch))
    before = tab.net
    qtbot.mouseClick(tab.bar.start_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: tab.net is not before, timeout=60_000)


def test_every_built_in_network_opens_and_saves_a_file_with_its_layer_table(qtbot, tab, tmp_path):
    for spec in archs.list_archs():
        shown = tab.summary.summary
        start_from(qtbot, tab, spec.name)
        assert tab.fault is None, (spec.name, str(tab.fault))
        channels, size, classes = tab.bar.image_shape()
        assert not archs.fit_problem(spec.name, channels, size)  # every built-in network takes MNIST
        model = archs.build(spec.name, channels, size, classes)
        path = tmp_path / f"{spec.name}.json"
        tab.bar.save_file(path)
        qtbot.waitUntil(path.exists, timeout=10_000)
        rows = check(NetworkFile.read(path), channels, size, classes)
        assert total_weights(rows) == sum(p.numel() for p in model.parameters()), spec.name
        qtbot.waitUntil(lambda s=shown: tab.summary.summary is not s, timeout=60_000)  # the editor's layer table
        table = [(r.out_shape, r.params, r.flops, r.receptive_field) for r in tab.summary.summary.rows]
        original = [(r.out_shape, r.params, r.flops, r.receptive_field) for r in summarize(model, 1, 28).rows]
        assert table == original, spec.name


CASES = {  # name: (layers, the faulty layer's path, words of its sentence)
    "shape too small": (
        [("conv", dict(kernel=5)), ("maxpool", {}), ("maxpool", {}), ("maxpool", {}), ("conv", dict(kernel=5))],
        (4,),
        "5x5 convolution gets a 3x3 picture: set its padding to 2",
    ),
    "wrong channels": ([("conv", dict(channels=16)), ("residual", dict(channels=32))], (1,), "same channels"),
    "too many weights": ([("flatten", {}), ("linear", dict(units=1_000_000))], (1,), "GB of memory"),
}


@pytest.mark.parametrize("case", CASES)
def test_each_error_shows_its_sentence_at_its_layer(qtbot, tab, case):
    layers, path, words = CASES[case]
    tab.open_network(network(*layers, ("flatten", {}), ("linear", {})))
    assert words in tab.verdict.text() and tab.fault.path == path
    item = tab.layers.item_at(path)
    assert words in item.toolTip(0)
    assert item.foreground(0).color().name() == "#c62828"
    others = [tab.layers.item_at((i,)) for i in range(len(layers)) if (i,) != path]
    assert all(words not in other.toolTip(0) for other in others)
    assert not tab.train_button.isEnabled()


def test_the_sentence_at_the_faulty_layer_follows_the_language(qtbot, tab):
    """Core's typed message, said by the window: Chinese at the layer and under the list, English again after
    a live switch back (the layer list and the verdict say it again on Qt's LanguageChange)."""
    from gui.i18n import language
    from tests.gui.test_zh_walk import CJK, english_words

    layers, path, words = CASES["shape too small"]
    tab.open_network(network(*layers, ("flatten", {}), ("linear", {})))
    try:
        language().install("zh_CN")
        for text in (tab.verdict.text(), tab.layers.item_at(path).toolTip(0)):
            assert CJK.search(text) and text.startswith("第 5 层") and not english_words(text), text
        language().install("en")
        assert words in tab.verdict.text() and words in tab.layers.item_at(path).toolTip(0)
    finally:
        language().install("en")


def test_an_empty_network_and_a_newer_file_are_said_in_words(qtbot, tab, tmp_path):
    start_from(qtbot, tab, "")
    assert "The network is empty" in tab.verdict.text()
    newer = tmp_path / "newer.json"
    newer.write_text(json.dumps({"format": "cnn-playground-network", "version": 99, "layers": []}))
    tab.bar.open_file(newer)
    qtbot.waitUntil(lambda: tab.messages.is_shown("file"), timeout=10_000)
    assert "newer CNN Playground" in tab.messages.text("file")
    crafted = tmp_path / "crafted.json"
    crafted.write_text('{"format": "cnn-playground-network", "version": 1, "layers": [{"kind": "__import__"}]}')
    tab.bar.open_file(crafted)
    qtbot.waitUntil(lambda: "unknown layer kind" in tab.messages.text("file"), timeout=10_000)
    assert not tab.net.layers


def test_edits_follow_the_buttons_and_the_form_and_undo(qtbot, tab):
    tab.open_network(network(("conv", dict(channels=6, kernel=5)), ("relu", {}), ("flatten", {}), ("linear", {})))
    tab.layers.select((0,))
    tab.form.controls["kernel"].setValue(3)
    assert tab.rows[0].out_shape == (6, 26, 26)
    qtbot.mouseClick(tab.buttons.buttons["duplicate"], Qt.LeftButton)
    assert [r.out_shape for r in tab.rows[:2]] == [(6, 26, 26), (6, 24, 24)]  # two 3x3: as one 5x5
    assert "The first linear layer gets 3,456 numbers" in tab.verdict.text()  # the classifier's input follows
    qtbot.mouseClick(tab.buttons.buttons["repeat"], Qt.LeftButton)
    assert tab.net.layers[1].kind == "repeat"
    tab.form.controls["times"].setValue(3)
    assert tab.rows[3].out_shape == (6, 20, 20)
    for _ in range(3):
        tab.undo_stack.undo()
    assert [la.kind for la in tab.net.layers] == ["conv", "relu", "flatten", "linear"]
    assert tab.net.layers[0].option_dict["kernel"] == 3
    tab.undo_stack.undo()
    assert tab.net.layers[0].option_dict["kernel"] == 5  # the spin box's clicks are one step


def test_a_designed_network_trains_from_the_window_and_shows_in_runs(qtbot, make_window):
    win = make_window()
    design = win.design
    design.open_network(
        network(("conv", dict(channels=4, kernel=3)), ("relu", {}), ("maxpool", {}), ("flatten", {}), ("linear", {}))
    )
    qtbot.mouseClick(design.train_button, Qt.LeftButton)
    assert win.tabs.currentWidget() is win.train
    panel = win.train.config_panel
    panel.set_values({"epochs": 1, "train_subset": 600, "batch_size": 100, "threads": 1})
    assert panel.config is not None and panel.config.arch == "custom", panel.problems
    assert panel.network_row.isVisible() and "test" in panel.network_row.label.text()
    with qtbot.waitSignal(win.state.runFinished, timeout=120_000) as ended:
        win.train.start()
    assert isinstance(ended.args[0], RunFinished)
    run_dir = ended.args[0].run_dir
    qtbot.waitUntil(lambda: win.runs.model.row_of(run_dir) >= 0, timeout=20_000)
    assert win.runs.model.runs[win.runs.model.row_of(run_dir)].arch == "custom"
    assert win.state.model.card.arch == "custom"  # every tab shows it as the current model


def test_lesson_8_opens_a_copy_of_lenet_in_the_editor_and_ticks_when_it_goes_to_train(qtbot, make_window):
    from core.lessons import bundled_lessons

    win = make_window()
    lesson = next(x for x in bundled_lessons() if x.design)
    win.lessons.open_lesson(lesson)
    qtbot.waitUntil(lambda: win.tabs.currentWidget() is win.design and bool(win.design.net.layers), timeout=60_000)
    assert [la.kind for la in win.design.net.layers][:4] == ["conv", "leakyrelu", "maxpool", "conv"]
    panel = win.lessons.panel
    for _ in range(3):  # train LeNet, change the kernel, duplicate: the student presses Next
        panel.next_step()
    assert panel.current == 3 and not panel.done[3]
    qtbot.mouseClick(win.design.train_button, Qt.LeftButton)
    assert panel.done[3], "the step 'arch == custom' ticks when the network goes to the Train tab"
    assert win.config_panel.values()["dataset"] == "fashion-mnist"  # the lesson's dataset, checked for in Design


def test_a_drag_into_a_repeat_is_one_undo_step_and_an_impossible_one_is_put_back(qtbot, tab):
    tab.open_network(network(("conv", dict(channels=4)), ("relu", {}), ("flatten", {}), ("linear", {})))
    tab.layers.select((1,))
    qtbot.mouseClick(tab.buttons.buttons["repeat"], Qt.LeftButton)  # relu inside "repeat 2 times"
    root = tab.layers.invisibleRootItem()
    conv = root.takeChild(0)  # what a drag of the convolution onto the repeat leaves in the list
    root.child(0).insertChild(0, conv)
    tab.layers.report_order()
    assert tab.net.layers[0].kind == "repeat" and [la.kind for la in tab.net.layers[0].layers] == ["conv", "relu"]
    assert tab.rows[2].out_shape == (4, 24, 24)  # the convolution runs twice: 4 -> 4 channels the second time
    tab.undo_stack.undo()
    assert [la.kind for la in tab.net.layers][:2] == ["conv", "repeat"]
    block = tab.layers.invisibleRootItem().child(1)
    root = tab.layers.invisibleRootItem()
    root.insertChild(0, block.takeChild(0))  # the repeat's only layer dragged out: an empty repeat
    tab.layers.report_order()
    assert "no layers to repeat" in tab.messages.text("edit")
    assert tab.layers.item_at((1,)).childCount() == 1  # the list as the network still is
