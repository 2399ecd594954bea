"""The shipped translations are current: every .ts holds the strings of its gui module, every message is
translated, and the .qm is what the .ts compile to (resources/i18n/update.py; see resources/i18n/README.md)."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

UPDATE = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "update.py"


@pytest.fixture(scope="module")
def problems() -> list[str]:
    spec = importlib.util.spec_from_file_location("i18n_update", UPDATE)
    update = sys.modules[spec.name] = importlib.util.module_from_spec(spec)  # dataclasses look it up
    spec.loader.exec_module(update)
    return update.problems(), update.UNTRANSLATED


def test_ts_and_qm_are_current(problems):
    found, untranslated = problems
    stale = [line for line in found if f": {untranslated} [" not in line]
    assert not stale, "run `uv run python resources/i18n/update.py`:\n" + "\n".join(stale)


def test_every_message_has_its_chinese(problems):
    found, untranslated = problems
    missing = [line for line in found if f": {untranslated} [" in line]
    assert not missing, (
        "translate these in their .ts (see resources/i18n/README.md), then run "
        "`uv run python resources/i18n/update.py`:\n" + "\n".join(missing)
    )


@pytest.mark.parametrize(("lang", "expected"), [("zh_CN.UTF-8", "zh_CN"), ("en_US.UTF-8", "en"), ("de_DE.UTF-8", "en")])
def test_the_language_follows_the_system(lang, expected):
    """LANG=zh_CN.UTF-8 gives Chinese; a language we have no translation for gives English."""
    code = (
        "from PySide6.QtWidgets import QApplication; app = QApplication([]); "
        "from gui.i18n import language; print(language().install('system'))"
    )
    env = {**os.environ, "LANG": lang, "LC_ALL": lang, "LANGUAGE": "", "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", code], env=env, cwd=UPDATE.parents[2], capture_output=True, text=True)
    assert done.stdout.strip().splitlines()[-1] == expected, done.stderr


def test_the_language_setting_is_remembered_and_a_bad_value_means_system(qsettings):
    from gui.settings import AppSettings

    settings = AppSettings(qsettings)
    assert settings.language == "system"
    settings.language = "zh_CN"
    assert AppSettings(qsettings).language == "zh_CN"
    qsettings.setValue("language", '"klingon"')
    assert AppSettings(qsettings).language == "system"


def test_one_english_text_has_one_chinese_everywhere():
    """One glossary: the same English source gets the same Chinese in every .ts (Epochs is 轮次 everywhere)."""
    import xml.etree.ElementTree as ET
    from collections import defaultdict

    found: dict[str, dict[tuple, list[str]]] = defaultdict(lambda: defaultdict(list))
    for ts in sorted((UPDATE.parent / "zh_CN").glob("*.ts")):
        for context in ET.parse(ts).getroot().iter("context"):
            for message in context.iter("message"):
                translation = message.find("translation")
                forms = tuple(f.text for f in translation.iter("numerusform")) or (translation.text,)
                where = f"{ts.name} [{context.findtext('name')}]"
                found[message.findtext("source")][forms].append(where)
    differing = [
        f"{source!r}: " + "; ".join(f"{'/'.join(map(str, forms))} in {', '.join(where)}" for forms, where in by.items())
        for source, by in found.items()
        if len(by) > 1
    ]
    assert not differing, "one English text, several Chinese translations:\n" + "\n".join(differing)
