"""The probability chart names each axis once: classes on one, probability on the other, in both languages,
after the bars turn from vertical (digits) to horizontal (long class names) and after a language switch."""

from __future__ import annotations

from gui.i18n import language
from gui.widgets.probability_bars import ProbabilityBars

FASHION = ("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot")


def labels(bars) -> dict[str, str]:
    axes = {name: bars.getPlotItem().getAxis(name) for name in ("left", "bottom")}
    return {name: axis.labelText for name, axis in axes.items() if axis.label.isVisible()}


def test_each_axis_has_its_own_name_in_english_and_chinese(qtbot):
    bars = ProbabilityBars()
    qtbot.addWidget(bars)
    bars.show()
    try:
        for code in ("en", "zh_CN"):
            language().install(code)  # Qt's LanguageChange: the bars' own retranslate()
            for names in ([str(d) for d in range(10)], FASHION):  # vertical bars, then horizontal ones
                bars.set_classes(names)
                shown = labels(bars)
                assert len(shown) == 2 and len(set(shown.values())) == 2, (code, names[0], shown)
    finally:
        language().install("en")
