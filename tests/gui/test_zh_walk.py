"""The window in Chinese: every tab, every text on it (labels, buttons, tabs, menus, tooltips, combo items, table
headers, plot titles and axes) holds no English word beyond names; and the language switches live."""

from __future__ import annotations

import re

import pytest
import torch
from PySide6.QtWidgets import QTabWidget
from pytestqt.exceptions import TimeoutError as WaitTimeout

from core.archs import ARCHS
from gui.i18n import language
from tests.gui.widget_texts import texts_of

# names written the same in a Chinese course: networks, datasets, optimizers, layers, file formats, units
NAMES = set(
    """LeNet LeNet-5 AlexNet ResNet ResNet-18 GoogLeNet Inception MLP CNN MNIST Fashion-MNIST KMNIST CIFAR CIFAR-10
    Adam AdamW SGD RMSprop Nesterov ReLU LeakyReLU GELU ELU SiLU tanh sigmoid softmax Xavier Kaiming He Dropout
    DigitNet Kuzushiji-MNIST Kuzushiji RGB RGBA torchvision LeCun ImageNet d2l Metal SVG ExportedProgram TPE Optuna URL
    CUDA CPU GPU MPS NVIDIA Apple ONNX PNG CSV JSON PyTorch PySide6 pyqtgraph Qt HiResCAM Grad-CAM CAM FLOPs
    MFLOPs GFLOPs KFLOPs kFLOPs nan ETA Ctrl Shift Alt Enter Return Esc Space Delete Del Tab F1 Backspace
    JPEG BMP GIF WebP TIFF IDX GiB English pt pth png jpg jpeg bmp gif webp tif tiff csv std MB GB KB
    PCA t-SNE FGSM PGD""".split()
) | {n for n in dir(torch.nn) if n[:1].isupper()}  # layer types as PyTorch names them (Conv2d, Linear)
WORD = re.compile(r"[A-Za-z][A-Za-z0-9_\-]*[A-Za-z0-9]|[A-Za-z]")
CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uff00-\uffef]")
QUOTED_WORD = re.compile(r"'[A-Za-z_]+'")
CODE = re.compile(
    r"(?<![A-Za-z])'[^'\n]+'"
)  # code in quotes in a Chinese sentence: 'text = "..."', 'activation == relu'
MARKUP = re.compile(r"<[^>]*>|&[a-z]+;|&#\d+;")
OPTION = re.compile(r"--[a-z][a-z-]*")  # a command-line option (--resume): typed as it is in any language


def english_words(text: str, names: set[str] = frozenset()) -> list[str]:
    """Words of three or more ASCII letters that are not names, identifiers or paths."""
    text = OPTION.sub(" ", MARKUP.sub(" ", text))
    text = QUOTED_WORD.sub(" ", CODE.sub(" ", text) if CJK.search(text) else text)  # a literal: the 'run' column
    words = []
    for token in text.split():
        if "/" in token or "\\" in token or re.search(r"\.\w", token) or "_" in token:
            continue  # a path, a file name, a layer name (features.0, conv_1)
        for word in WORD.findall(token.replace("&", "")):
            letters = re.sub(r"[^A-Za-z]", "", word)
            if len(letters) >= 3 and word not in NAMES | names and not re.search(r"\d", word):
                words.append(word)
    return words


def english_on_show(win) -> list[str]:
    """Texts with English words; layer names of the network on show (conv1, pool) and network keys are names."""
    model = win.state.model.model if win.state.model is not None else torch.nn.Module()
    layers = {part for name, _ in model.named_modules() for part in name.split(".")} | set(ARCHS.names())
    found = []
    for text in (t for t in texts_of(win) if t.ours):  # pyqtgraph's right-click menu: partly English
        words = english_words(text.value, layers)
        if words:
            found.append(f"{text.where}: {text.value!r} {words}")
    return found


def chinese_on_show(win) -> list[str]:
    """Texts with Chinese in them, but the language menu's "中文" (each language is named in its own words)."""
    found = [f"{t.where}: {t.value!r}" for t in texts_of(win) if CJK.search(t.value)]
    return [text for text in found if text != "QAction#.text: '中文'"]


def visit_every_tab(qtbot, win) -> None:
    """Every tab and sub-tab shown once; Evaluate until its test-set results are in; a lesson open."""
    qtbot.waitUntil(lambda: win.state.model is not None, timeout=120_000)  # generous: a busy machine is slow
    win.tabs.setCurrentWidget(win.evaluate)
    qtbot.waitUntil(lambda: win.evaluate.cm is not None, timeout=300_000)
    for tabs in [win.tabs, *win.tabs.findChildren(QTabWidget)]:
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            qtbot.wait(50)
    win.tabs.setCurrentIndex(0)
    win.lessons.open_lesson(win.lessons.bundled()[1])  # a guided lesson: its panel, steps and their hints
    qtbot.wait(50)


def settled(qtbot, check) -> list[str]:
    """What ``check`` finds once what a switch leaves to the next turn of the event loop is done (replaced rows
    deleted, the loss plot's legend renamed, as in the app); its last findings when they do not go away."""
    found: list[str] = []

    def clean() -> bool:
        found[:] = check()
        return not found

    try:
        qtbot.waitUntil(clean, timeout=5_000)
    except WaitTimeout:
        pass
    return found


def _forget_language(qapp) -> None:
    from gui import i18n

    if i18n._language is not None:
        for translator in i18n._language.installed:
            qapp.removeTranslator(translator)
    i18n._language = None


@pytest.fixture
def fresh_language(qapp):
    """The language as in a freshly started app: no translator left installed by an earlier test."""
    _forget_language(qapp)
    yield
    _forget_language(qapp)


def test_every_tab_in_chinese_has_no_english_and_the_language_switches_live(
    qtbot, fresh_language, make_window, data_root
):
    """One window (Evaluate's test-set results take a while): built in Chinese, switched to English and back.
    Every widget says its own texts again on Qt's LanguageChange: nothing looks texts up on screen."""
    language().install("zh_CN")
    try:
        win = make_window()
        visit_every_tab(qtbot, win)
        found = english_on_show(win)
        assert not found, "English in the zh_CN window:\n" + "\n".join(found)
        start = win.train.buttons["start"]
        assert (win.tabs.tabText(0), start.text()) == ("训练", "开始")

        win.set_language("en")
        assert (win.tabs.tabText(0), start.text()) == ("Train", "Start")
        chinese_left = settled(qtbot, lambda: chinese_on_show(win))
        assert not chinese_left, "Chinese left after switching to English:\n" + "\n".join(chinese_left)

        win.set_language("zh_CN")
        assert (win.tabs.tabText(0), start.text()) == ("训练", "开始")
        found = settled(qtbot, lambda: english_on_show(win))
        assert not found, "English after switching back to zh_CN:\n" + "\n".join(found)
        assert win.settings.language == "zh_CN"  # remembered
    finally:
        language().install("en")


def outside_words(value, registry: set[str]) -> list[str]:
    """The texts inside a message that are not ours to translate: paths, file names, a library's or the system's
    words (registry texts such as a dataset's title or a setting's help are ours: they must come out Chinese)."""
    from core.messages import Message

    if isinstance(value, Message):  # fields written as code (a setting's key) are not ours either
        fields = value.field_values().items()
        return [w for k, v in fields for w in (outside_words(v, registry) if k not in value.literal else [str(v)])]
    if isinstance(value, tuple):
        return [w for v in value for w in outside_words(v, registry)]
    return [] if isinstance(value, str) and value in registry else [str(value)]


def test_every_core_message_in_chinese_has_no_english(qapp):
    """Each message type of core, said by the window with its sample fields in zh_CN: no English word beyond
    names and the words of its fields that are not ours (a path, the server's answer)."""
    from core.messages import MESSAGES
    from gui.core_texts import static_texts
    from gui.messages import say

    registry = set(static_texts())
    language().install("zh_CN")
    try:
        found = []
        for cls in MESSAGES:
            msg = cls(**cls.sample)
            theirs = set(english_words(" ".join(outside_words(msg, registry))))
            words = [w for w in english_words(say(msg)) if w not in theirs]
            if words:
                found.append(f"{cls.__name__}: {say(msg)!r} {words}")
        assert not found, "English in core's messages in zh_CN:\n" + "\n".join(found)
    finally:
        language().install("en")
