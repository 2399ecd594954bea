"""Settings: a restart restores what the user left, and a damaged settings file never stops the app."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QByteArray, QSettings

from core.config import TrainConfig
from gui.settings import VERSION, AppSettings, repair


def test_the_configuration_round_trips_with_its_types(qsettings, tmp_path):
    cfg = TrainConfig(dataset="shapes", arch="mlp", epochs=7, lr=0.02, optimizer="sgd", momentum=0.8, nesterov=True,
                      dropout=0.25, batch_norm=False, image_size=32, augment="shift")
    AppSettings(qsettings).save_config(cfg.to_dict())
    qsettings.sync()
    again = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat)).load_config()
    assert again == cfg


def test_bad_values_fall_back_to_each_fields_default(qsettings):
    for key, raw in {"lr": '"fast"', "epochs": "-3", "optimizer": '"magic"', "batch_size": "not json",
                     "dropout": "true", "arch": '"lenet"', "seed": "12"}.items():
        qsettings.setValue(f"config/{key}", raw)
    cfg = AppSettings(qsettings).load_config()
    default = TrainConfig()
    assert (cfg.lr, cfg.epochs, cfg.optimizer, cfg.batch_size, cfg.dropout) == \
        (default.lr, default.epochs, default.optimizer, default.batch_size, default.dropout)
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
