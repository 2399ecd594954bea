"""Screenshots of the Design tab at 1024x768 in projector mode, in English or Chinese: LeNet's second 5x5
convolution replaced by two 3x3 ones (lesson 8's change), a layer that does not fit, and the code view.

    CNN_PLAYGROUND_DATA=/path/to/datasets uv run python bench/screenshots_design.py --lang en|zh [--out DIR]

Writes design_LANG.png, design_error_LANG.png, design_train_LANG.png and code_view_LANG.png (one language per
process).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import torch  # noqa: F401  -- before Qt, as in main.py

from _env import ROOT, prepare  # noqa: E402  (bench/ is on the path when run as a script)
from screenshots_projector import pump  # noqa: E402

TMP = prepare("design_")

from PySide6.QtCore import QSettings  # noqa: E402

from core.archs import network_edits as edits  # noqa: E402
from core.archs.network_file import make_layer  # noqa: E402
from gui.app import create_app  # noqa: E402
from gui.i18n import language  # noqa: E402


def shoot(app, out: Path, lang: str) -> None:
    from gui.main_window import MainWindow

    language().install("zh_CN" if lang == "zh" else "en")
    win = MainWindow(QSettings(str(TMP / f"{lang}.ini"), QSettings.IniFormat))
    win.confirm_close = False
    win.classroom.set_projector(True)
    win.resize(1024, 768)
    win.show()
    win.classroom.welcome.dismiss()
    design = win.design
    win.show_design_tab()
    design.bar.start.setCurrentIndex(design.bar.start.findData("lenet"))
    design.bar.start_button.click()
    pump(app, lambda: bool(design.net.layers), 120)
    lenet = design.net
    conv = edits.layer_at(lenet, (3,))
    three = make_layer("conv", **{**conv.option_dict, "kernel": 3})
    net = edits.set_layer(lenet, (3,), three)
    net = edits.insert(net, (4,), make_layer("leakyrelu"))
    net = edits.insert(net, (5,), three)
    design.start_from(net, "two 3x3")
    design.layers.select((5,))
    pump(app, lambda: design.summary.table.isEnabled() and design.summary.table.rowCount() > 12, 120)
    pump(app, lambda: False, 1)
    win.grab().save(str(out / f"design_{lang}.png"))
    design.start_from(edits.set_layer(net, (5,), make_layer("conv", **{**conv.option_dict, "kernel": 11})), "11x11")
    design.layers.select((5,))
    pump(app, lambda: False, 1)
    win.grab().save(str(out / f"design_error_{lang}.png"))
    design.start_from(net, "two 3x3")
    design.train()
    pump(app, lambda: win.config_panel.config is not None and win.config_panel.config.arch == "custom", 30)
    pump(app, lambda: False, 1)
    win.grab().save(str(out / f"design_train_{lang}.png"))  # the Train tab: your own network, and Design…
    view = win.show_code()
    pump(app, lambda: view.code != "", 120)
    view.resize(1000, 700)
    pump(app, lambda: False, 1)
    view.grab().save(str(out / f"code_view_{lang}.png"))
    view.close()
    win.close()
    for name in ("design", "design_error", "design_train", "code_view"):
        print("wrote", out / f"{name}_{lang}.png")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--lang", choices=("en", "zh"), default="en")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    shoot(create_app(sys.argv[:1]), args.out, args.lang)
    return 0


if __name__ == "__main__":
    sys.exit(main())
