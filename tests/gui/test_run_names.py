"""A run's name is said from its typed parts in the language installed now (gui/run_names.py): every part in
Chinese after a live switch, in English core's own words; a name the user typed shows as typed and an old
label.json's name as stored, in both languages."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

from PySide6.QtCore import Qt

from core.archs import ACTIVATIONS, INITS
from core.augment import AUGMENTATIONS
from core.config import OPTIMIZERS, SCHEDULES
from core.run_name import ENGLISH, NamePart, RunName, trial_name
from core.run_summary import read_label, set_label
from gui.i18n import language
from gui.run_names import PART_WORDS, say_run_name
from tests.gui.test_zh_walk import english_words
from tests.helpers import short_run

NUMBERS = {"lr": 0.9, "batch_size": 64, "momentum": 0.95, "weight_decay": 1e-05, "dropout": 0.5}
NUMBERS |= {"label_smoothing": 0.1, "grad_clip": 1.0, "image_size": 32, "train_subset": 60000}


def every_name() -> list[RunName]:
    """A name with every part, then one for each value of each setting whose values are words."""
    values = {
        "arch": ["lenet5", "mlp"],
        "dataset": ["fashion-mnist", "shapes"],
        "activation": ACTIVATIONS,
        "optimizer": OPTIMIZERS,
        "schedule": SCHEDULES,
        "augment": AUGMENTATIONS.names(),
        "batch_norm": [True, False],
        "init": INITS,
        **{k: [v] for k, v in NUMBERS.items()},
    }
    everything = RunName(tuple(NamePart(k, v[0]) for k, v in values.items()), 2)
    words = [RunName((NamePart("arch", "lenet5"), NamePart(k, v))) for k, vs in values.items() for v in vs]
    return [everything, *words, trial_name("2026", 3)]


def test_every_part_has_a_template_that_says_cores_english_in_english_and_chinese_in_chinese(qapp):
    assert PART_WORDS.keys() == ENGLISH.keys()  # one registry each side, the same parts
    names = every_name()
    assert [say_run_name(str(n), n) for n in names] == [str(n) for n in names]  # English: core's own words
    language().install("zh_CN")
    try:
        said = {str(n): say_run_name(str(n), n) for n in names}
    finally:
        language().install("en")
    found = {english: (chinese, english_words(chinese)) for english, chinese in said.items() if english_words(chinese)}
    assert not found, f"English left in Chinese names: {found}"
    everything = said[str(names[0])]
    assert everything.startswith("LeNet-5（经典版） · Fashion-MNIST") and everything.endswith(" · 60000 张图像（2）")
    assert {"学习率 0.9", "批大小 64", "权重衰减 1e-05", "学习率调度 无", "默认 初始化"} <= set(everything.split(" · "))
    assert said["sweep 2026 · trial 3"] == "搜索 2026 · 试验 3"


def test_names_follow_a_live_switch_in_the_runs_table_the_model_list_and_the_train_tab(make_window, qtbot, mnist):
    root = Path(os.environ["CNN_PLAYGROUND_RUNS"])
    named = short_run(mnist, root, arch="mlp", lr=0.05, dropout=0.3)  # one real epoch
    typed, old = root / "2020-01-01_00-00-01_typed", root / "2020-01-01_00-00-02_old"
    for copy in (typed, old):
        shutil.copytree(named, copy)
    set_label(typed, name="Lin's sigmoid run")  # the user's own name: its parts go
    (old / "label.json").write_text(json.dumps({"name": "MLP (no convolutions) · lr 0.1"}))  # an older version's
    english = "MLP (no convolutions) · lr 0.05 · batch 100 · dropout 0.3"
    assert str(read_label(named).typed) == english and read_label(typed).typed is None

    win = make_window()
    win.tabs.setCurrentWidget(win.runs)
    model = win.runs.model
    qtbot.waitUntil(lambda: model.rowCount() == 3, timeout=10_000)
    column = model.column_of["name"]

    def shown() -> dict[Path, str]:
        return {run.path: model.index(row, column).data() for row, run in enumerate(model.runs)}

    def in_model_list(text: str) -> bool:
        combo = win.predict.source.combo
        return any(text in combo.itemText(i) for i in range(combo.count()))

    before = {named: english, typed: "Lin's sigmoid run", old: "MLP (no convolutions) · lr 0.1"}
    assert shown() == before and in_model_list(english)
    assert win.runs.open_run(named)  # the Train tab says which run it shows
    opened = win.train.progress.status
    assert english in opened.text()
    try:
        win.set_language("zh_CN")
        chinese = "MLP（无卷积） · 学习率 0.05 · 批大小 100 · Dropout 0.3"
        assert shown() == {**before, named: chinese}  # typed and old names: as stored
        assert in_model_list(chinese) and not in_model_list(english) and chinese in opened.text()
        row = model.index(model.row_of(named), column)
        assert row.data(Qt.ItemDataRole.EditRole) == chinese  # the editor opens on the name as shown
        assert not model.setData(row, chinese) and read_label(named).typed is not None  # left as it was: kept
        win.runs.filter_edit.setText("学习率 0.05")  # looked for in the words on show
        assert win.runs.proxy.rowCount() == 1
        win.runs.filter_edit.clear()
    finally:
        win.set_language("en")
    assert shown() == before and in_model_list(english) and english in opened.text()
