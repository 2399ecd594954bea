"""Settings: a restart restores what the user left, and a damaged settings file never stops the app."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import QByteArray, QSettings

from core.config import SETTINGS, TrainConfig
from gui.settings import VERSION, AppSettings, repair


def test_the_configuration_round_trips_with_its_types(qsettings, tmp_path):
    cfg = TrainConfig(
        dataset="shapes",
        arch="mlp",
        epochs=7,
        lr=0.02,
        optimizer="sgd",
        momentum=0.8,
        nesterov=True,
        dropout=0.25,
        batch_norm=False,
        image_size=32,
        augment="shift",
    )
    AppSettings(qsettings).save_config(cfg.to_dict())
    qsettings.sync()
    again = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat)).load_config()
    assert again == cfg


def test_bad_values_fall_back_to_each_fields_default(qsettings):
    for key, raw in {
        "lr": '"fast"',
        "epochs": "-3",
        "optimizer": '"magic"',
        "batch_size": "not json",
        "dropout": "true",
        "arch": '"lenet"',
        "seed": "12",
    }.items():
        qsettings.setValue(f"config/{key}", raw)
    cfg = AppSettings(qsettings).load_config()
    default = TrainConfig()
    assert (cfg.lr, cfg.epochs, cfg.optimizer, cfg.batch_size, cfg.dropout) == (
        default.lr,
        default.epochs,
        default.optimizer,
        default.batch_size,
        default.dropout,
    )
    assert cfg.seed == 12  # the good values survive


def test_repair_resets_fields_that_only_fail_together():
    cfg = repair({"optimizer": "adam", "nesterov": True, "epochs": 9})
    assert cfg.nesterov is False and cfg.epochs == 9
    assert repair({"dataset": "no-such-set", "lr": 0.5}).dataset == TrainConfig().dataset
    assert repair({}) == TrainConfig()


def test_places_layout_and_version_are_kept(qsettings):
    s = AppSettings(qsettings)
    s.data_dir, s.log_loss = "/tmp/cnn-data", True
    s.set_splitter_sizes("main", [400, 1000])
    s.set_geometry(QByteArray(b"geometry-bytes"))
    again = AppSettings(qsettings)
    assert again.data_dir == "/tmp/cnn-data" and again.log_loss is True
    assert again.splitter_sizes("main") == [400, 1000] and again.splitter_sizes("nothing") is None
    assert bytes(again.geometry()) == b"geometry-bytes"
    assert int(qsettings.value("version")) == VERSION


@pytest.mark.parametrize("raw", ['"wide"', "[1, -2]", "[0, 0]", "{}"])
def test_damaged_splitter_sizes_are_ignored(qsettings, raw):
    qsettings.setValue("window/main", raw)
    assert AppSettings(qsettings).splitter_sizes("main") is None


# ---- a hostile settings file: every key, every kind of garbage -----------------------------------------------

FIELDS = list(TrainConfig.__dataclass_fields__)
GARBAGE = {
    "wrong type": ['"text"', "true", "[1, 2]", '{"a": 1}', "null", '"1e3"'],
    "huge": ["100000000000", "1e20", "1e308", "-1e20", str(2**200), "-100000000000"],
    "not a number": ["NaN", "Infinity", "-Infinity"],
    "nested": ["[" * 100_000 + "]" * 100_000, '{"a": ' * 50_000 + "1" + "}" * 50_000],
    "random bytes": [QByteArray(bytes(random.Random(seed).randrange(256) for _ in range(64))) for seed in range(3)],
}


@pytest.mark.parametrize("kind", GARBAGE)
def test_every_key_fuzzed_still_gives_a_valid_config(qsettings, kind, caplog):
    for value in GARBAGE[kind]:
        for key in FIELDS + ["version", "data_dir", "runs_dir", "log_loss", "window/main", "window/geometry"]:
            qsettings.setValue(key if "/" in key or key not in FIELDS else f"config/{key}", value)
        settings = AppSettings(qsettings)
        cfg = settings.load_config()
        assert cfg == repair(cfg.to_dict())  # a valid config (TrainConfig checks itself on creation)
        for name, setting in SETTINGS.items():
            assert setting.problem(getattr(cfg, name)) is None, (name, getattr(cfg, name))
        assert isinstance(settings.data_dir, str) and isinstance(settings.runs_dir, str)
        sizes = settings.splitter_sizes("main")
        assert isinstance(settings.log_loss, bool) and (sizes is None or all(0 <= s <= 100_000 for s in sizes))
    assert "using the default" in caplog.text  # each fallback is logged


@pytest.mark.parametrize(
    "key, raw",
    [
        ("epochs", "100000000000"),
        ("seed", "1e20"),
        ("seed", str(2**40)),
        ("threads", "100000"),
        ("grad_clip", "NaN"),
        ("lr", "[" * 100_000),
    ],
)
def test_an_out_of_range_value_falls_back_to_its_default_and_the_rest_survive(qsettings, key, raw):
    qsettings.setValue(f"config/{key}", raw)
    qsettings.setValue("config/batch_size", "256")
    cfg = AppSettings(qsettings).load_config()
    assert getattr(cfg, key) == getattr(TrainConfig(), key) and cfg.batch_size == 256


def test_a_settings_file_of_random_bytes_opens(tmp_path):
    path = tmp_path / "damaged.ini"
    path.write_bytes(bytes(random.Random(7).randrange(256) for _ in range(20_000)))
    settings = AppSettings(QSettings(str(path), QSettings.IniFormat))
    assert isinstance(settings.load_config(), TrainConfig)


def test_the_window_opens_with_a_hostile_settings_file(make_window, qsettings):
    for key, raw in {
        "epochs": "100000000000",
        "seed": "1e20",
        "batch_size": "[" * 100_000,
        "lr": "NaN",
        "threads": "100000",
    }.items():
        qsettings.setValue(f"config/{key}", raw)
    qsettings.setValue("window/main", "[10000000000000, 5]")
    qsettings.setValue("version", "[" * 100_000)
    win = make_window()
    assert win.isVisible() and win.config_panel.values()["epochs"] == TrainConfig().epochs
