"""Lesson files: the bundled ones load and validate, bad ones say where and what to do, save then load is the same."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.config import TrainConfig
from core.presets import PRESETS
from core.events import EpochMetrics, RunFailed, RunFinished
from core.lesson_checks import CheckError, parse_check
from core.lessons import (
    Lesson,
    LessonError,
    LessonStep,
    bundled_lessons,
    lesson_from_window,
    load_lesson,
    parse_lesson,
    save_lesson,
)

GOOD = """title = "T"
text = "Some *markdown*."
shown = ["lr", "epochs"]

[settings]
lr = 0.01
epochs = 2

[[steps]]
text = "Press Start"
check = "a run finished"

[[steps]]
text = "Switch to ReLU"
check = "activation == relu"
"""


def test_every_bundled_lesson_loads_and_its_config_validates(tmp_path):
    lessons = bundled_lessons()
    assert len(lessons) >= 7
    for lesson in lessons:
        extra = {"folder": str(tmp_path)} if lesson.values()["dataset"] == "folder" else {}
        assert isinstance(lesson.config(**extra), TrainConfig), lesson.title
        assert lesson.title_zh and lesson.text_zh and lesson.steps, lesson.title
        assert all(step.text_zh for step in lesson.steps), lesson.title
        assert lesson.text_for("zh_CN") == lesson.text_zh and lesson.text_for("en_US") == lesson.text
    assert [lesson.compare for lesson in lessons][1:3] == [True, True]  # "train twice and compare the curves"
    titles = " ".join(lesson.title for lesson in lessons)
    for topic in ("LeNet", "Sigmoid", "3x3", "Inception", "Residual", "AlexNet", "learning rate"):
        assert topic in titles


def test_a_good_file_gives_its_settings_shown_controls_and_steps(tmp_path):
    path = tmp_path / "a.lesson"
    path.write_text(GOOD, encoding="utf-8")
    lesson = load_lesson(path)
    assert lesson.config().lr == 0.01 and lesson.config().epochs == 2
    assert lesson.shown == ("lr", "epochs")
    assert [s.check.source for s in lesson.steps] == ["a run finished", "activation == relu"]


@pytest.mark.parametrize(
    "change, expected",
    [
        (("lr = 0.01", "lr = -1"), ["line 6", "learning rate must be a number above 0"]),
        (("epochs = 2", "epoch = 2"), ["line 7", "settings.epoch is not a setting", "epochs"]),
        (('check = "a run finished"', 'check = "the moon is full"'), ["line 11", "step 1", "not understood"]),
        (('check = "activation == relu"', 'check = "activation == purple"'), ["line 15", "never be met"]),
        (('shown = ["lr", "epochs"]', 'shown = ["lr", "colour"]'), ["line 3", "'colour'", "not a setting"]),
        (('title = "T"', 'title = ""'), ["line 1", "'title' is missing"]),
        (('text = "Some *markdown*."', 'text = "unclosed'), ["line 2", "not a valid lesson file", "text editor"]),
        (('title = "T"', 'title = "T"\npreset = "no-such"'), ["line 2", "unknown preset", "lenet-fashion"]),
        (('text = "Press Start"', 'txt = "Press Start"'), ["line 10", "step 1", "unknown field 'txt'"]),
        (('shown = ["lr", "epochs"]', 'shown = ["lr"]\ncompare = "yes"'), ["line 4", "compare must be true or false"]),
    ],
)
def test_a_bad_file_names_the_line_and_field_and_says_what_to_do(tmp_path, change, expected):
    path = tmp_path / "bad.lesson"
    path.write_text(GOOD.replace(*change, 1), encoding="utf-8")
    with pytest.raises(LessonError) as caught:
        load_lesson(path)
    message = str(caught.value)
    assert message.startswith("bad.lesson")
    for part in expected:
        assert part in message, message


def test_an_unreadable_file_says_so(tmp_path):
    path = tmp_path / "binary.lesson"
    path.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(LessonError, match="cannot be read"):
        load_lesson(path)


def test_save_then_load_gives_the_same_lesson(tmp_path):
    lesson = Lesson(
        'Quotes " and \\ and 中文',
        'Line one\n\n**bold** line "two"\ttab',
        title_zh="标题",
        text_zh="第一行\n第二行",
        preset="inception-mnist",
        settings={"epochs": 2, "lr": 1e-05, "nesterov": False, "batch_norm": True},
        shown=("preset", "lr"),
        steps=(LessonStep("Press Start", "按开始", parse_check("a run finished")), LessonStep("Look")),
        compare=True,
    )
    path = save_lesson(lesson, tmp_path / "mine")
    assert path.name == "mine.lesson"
    assert load_lesson(path) == lesson


def test_a_window_saved_as_a_lesson_keeps_what_differs_and_not_the_computer(tmp_path):
    values = TrainConfig(arch="inception", lr=0.5, device="cpu", threads=2).to_dict()
    lesson = lesson_from_window(values, ("lr", "arch"), "Mine", "Text")
    assert lesson.settings == {"arch": "inception", "lr": 0.5}
    loaded = load_lesson(save_lesson(lesson, tmp_path / "mine.lesson"))
    assert loaded.config() == TrainConfig(arch="inception", lr=0.5)
    on_inception = PRESETS.get("inception-mnist").apply(epochs=3, lr=0.5, device="cpu").to_dict()
    on_preset = lesson_from_window(on_inception, (), "P", "T", preset="inception-mnist")
    assert on_preset.settings == {"epochs": 3, "lr": 0.5}


def test_checks_tick_on_events_settings_and_results():
    metrics = EpochMetrics(1, 0.5, 0.8, None, None, 0.4, 0.85, 0.01, 100.0, 1.0)
    finished = RunFinished(Path("run"), (metrics,), 1.0)
    diverged = RunFailed("nan", "The loss became nan", "Lower the learning rate")
    assert parse_check("a run finished").met_by_event(finished)
    assert not parse_check("a run finished").met_by_event(diverged)
    assert parse_check("The run diverged").met_by_event(diverged)
    assert parse_check("a run ended").met_by_event(diverged)
    assert not parse_check("a run started").met_by_event(finished)
    assert parse_check("test_acc >= 0.8").met_by_event(finished)
    assert not parse_check("test_acc >= 0.9").met_by_event(finished)
    assert not parse_check("test_acc >= 0.8").met_by_event(diverged)  # no epoch finished
    relu = parse_check("activation == ReLU")
    assert relu.met_by_settings({"activation": "relu"}) and not relu.met_by_settings({"activation": None})
    assert parse_check("lr <= 0.05").met_by_settings({"lr": 0.01})
    assert not parse_check("lr <= 0.05").met_by_settings({"lr": 5.0})
    assert parse_check("folder is set").met_by_settings({"folder": "/x"})
    assert not parse_check("folder is set").met_by_settings({"folder": None})
    assert not relu.met_by_event(finished) and not parse_check("a run finished").met_by_settings({})


@pytest.mark.parametrize(
    "source, expected",
    [("colour == red", "neither a setting"), ("lr >= fast", "needs a number"), ("go", "not understood")],
)
def test_a_check_that_cannot_be_understood_says_what_can_be_written(source, expected):
    with pytest.raises(CheckError, match=expected):
        parse_check(source)


def test_the_depth_scan_counts_brackets_of_toml_not_of_text():
    from core.lesson_limits import MAX_DEPTH, nesting_depth

    text = 'text = """[[[[[[[[[[[[[[[[[[[[[[[[ in a string ]"""\n# [[[[[[[[[[[[[[[[[[[[ in a comment\n[[steps]]\n'
    assert nesting_depth(text) == 2 and nesting_depth("x = '[[[[' \ny = [[1], {a = [2]}]") == 3
    assert nesting_depth("a = " + "[" * (MAX_DEPTH + 1)) == MAX_DEPTH + 1  # unclosed counts as well
    deep = 'title = "x"\ntext = "y"\nshown = ' + "[" * 3000 + "]" * 3000
    with pytest.raises(LessonError, match="nested more than 16 deep"):
        parse_lesson(deep)
