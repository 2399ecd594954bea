"""Keep the translations current: one .ts per GUI module, one compiled .qm per language.

English is the source language, so its .ts files (resources/i18n/en/) hold only the `%n` messages (lupdate
-pluralonly) with their singular and plural forms ("%n epoch" / "%n epochs"): without them Qt says "1 epochs".

    uv run python resources/i18n/update.py           # lupdate every gui module into its .ts, then compile the .qm
    uv run python resources/i18n/update.py --check   # change nothing; list what is untranslated or stale, exit 1 if any

One .ts per module (resources/i18n/zh_CN/gui.train.config_panel.ts) so that people adding strings to different
modules never touch the same file; the .qm is generated, so a merge conflict in it is solved by running this again.
See resources/i18n/README.md.
"""

from __future__ import annotations

import argparse
import os
import importlib.util
import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("zh_CN", "en")
PLURAL_ONLY = ("en",)  # the source language: only its plural forms are written (lupdate -pluralonly)
SOURCE_DIRS = ("gui",)
PYQTGRAPH_FILES = (
    "graphicsItems/ViewBox/ViewBoxMenu.py",
    "graphicsItems/PlotItem/PlotItem.py",
    "GraphicsScene/GraphicsScene.py",
)
# what lupdate reads in Python: self.tr(...), QCoreApplication.translate(...), QT_TR_NOOP / QT_TRANSLATE_NOOP
UNTRANSLATED = "untranslated"  # the word --check puts on each message that still needs a translation
HAS_STRINGS = re.compile(r"\btr\(|\btranslate\(|\bQT_TR(ANSLATE)?_NOOP\(")
HAS_PLURALS = "%n"  # a module without it has no numerus message: lupdate -pluralonly need not read it


@dataclass(frozen=True)
class Untranslated:
    ts: Path
    context: str
    source: str

    def __str__(self) -> str:
        return f"{self.ts.relative_to(ROOT)}: [{self.context}] {self.source!r}"


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease from the environment running this script (the PySide6 wheel)."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: run this with `uv run python {Path(__file__).relative_to(ROOT)}`")
    return found


def run(args: list[str]) -> None:
    done = subprocess.run(args, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed:\n{done.stdout}{done.stderr}")


def modules() -> dict[str, Path]:
    """Dotted module name -> file, for every source file that has something to translate."""
    found = {}
    for folder in SOURCE_DIRS:
        for path in sorted((ROOT / folder).rglob("*.py")):
            if HAS_STRINGS.search(path.read_text(encoding="utf-8")):
                found[".".join(path.relative_to(ROOT).with_suffix("").parts)] = path
    return found


def third_party() -> dict[str, list[Path]]:
    """Libraries whose own words show in the window: pyqtgraph's right-click menu on every plot."""
    spec = importlib.util.find_spec("pyqtgraph")
    root = Path(spec.submodule_search_locations[0])
    files = [root / f for f in PYQTGRAPH_FILES]
    return {"pyqtgraph": [f for f in files if f.exists()]}


def sources(folder: Path) -> dict[str, Path | list[Path]]:
    """Everything lupdate reads, by the name of its .ts: the gui modules, core's texts, pyqtgraph's menu."""
    return {**modules(), "core": core_source(folder), **third_party()}


def core_source(folder: Path) -> Path:
    """core's registry texts (gui/core_texts.py static_texts) as a file lupdate reads, in context "core"."""
    sys.path.insert(0, str(ROOT))
    from gui.core_texts import CONTEXT, static_texts

    path = folder / "core_texts_listed.py"
    lines = [f"QT_TRANSLATE_NOOP({json.dumps(CONTEXT)}, {json.dumps(t, ensure_ascii=False)})\n" for t in static_texts()]
    path.write_text("".join(lines), encoding="utf-8")
    return path


def ts_path(language: str, module: str, folder: Path = I18N) -> Path:
    return folder / language / f"{module}.ts"


def qm_path(language: str, folder: Path = I18N) -> Path:
    return folder / f"cnn_playground_{language}.qm"


def lupdate(source: Path | list[Path], ts: Path, language: str) -> None:
    """Adds new strings to ``ts`` (unfinished), drops vanished ones, keeps every existing translation."""
    ts.parent.mkdir(parents=True, exist_ok=True)
    files = [str(f) for f in (source if isinstance(source, list) else [source])]
    run(
        [tool("pyside6-lupdate"), *files, "-ts", str(ts), "-no-obsolete", "-locations", "none"]
        + ["-source-language", "en", "-target-language", language]
        + (["-pluralonly"] if language in PLURAL_ONLY else [])
    )


def messages(ts: Path) -> list[ET.Element]:
    return [m for ctx in ET.parse(ts).getroot().iter("context") for m in ctx.iter("message")]


def untranslated(ts: Path) -> list[Untranslated]:
    missing = []
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name", "")
        for message in ctx.iter("message"):
            translation = message.find("translation")
            forms = list(translation.iter("numerusform")) if translation is not None else []
            texts = [f.text for f in forms] if forms else [translation.text if translation is not None else None]
            if translation is None or translation.get("type") == "unfinished" or not all(texts):
                missing.append(Untranslated(ts, name, message.findtext("source", "")))
    return missing


def placeholders(text: str) -> list[str]:
    """The {fields}, %1 / %n markers, HTML tags and file-filter separators (;;) a translation must keep."""
    return sorted(re.findall(r"\{[^{}]*\}|%\d|%n|</?[a-zA-Z][^>]*>|;;", text or ""))


def mismatched(ts: Path) -> list[Untranslated]:
    """Translated messages whose placeholders or tags differ from their source's."""
    bad = []
    for ctx in ET.parse(ts).getroot().iter("context"):
        for message in ctx.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") == "unfinished":
                continue
            texts = [f.text for f in translation.iter("numerusform")] or [translation.text]
            source = message.findtext("source", "")
            if any(placeholders(t) != placeholders(source) for t in texts):
                bad.append(Untranslated(ts, ctx.findtext("name", ""), source))
    return bad


def contextless(ts: Path) -> list[str]:
    """Messages lupdate found without a context: a tr() it cannot tie to a class never matches at run time."""
    return [
        m.findtext("source", "")
        for ctx in ET.parse(ts).getroot().iter("context")
        if not ctx.findtext("name")
        for m in ctx.iter("message")
    ]


def update_language(language: str, folder: Path, mods: dict[str, Path]) -> list[Path]:
    """lupdate every module into ``folder``; removes the .ts of modules that are gone or have no strings."""
    wanted = []
    if language in PLURAL_ONLY:
        mods = {module: source for module, source in mods.items() if _has_plurals(source)}
    with ThreadPoolExecutor(os.cpu_count() or 2) as pool:  # one lupdate process per module, as many at once as cores
        list(pool.map(lambda item: lupdate(item[1], ts_path(language, item[0], folder), language), mods.items()))
    for module in mods:
        ts = ts_path(language, module, folder)
        if messages(ts):
            wanted.append(ts)
        else:
            ts.unlink()
    for stale in set((folder / language).glob("*.ts")) - set(wanted):
        stale.unlink()
    return sorted(wanted)


def _has_plurals(source: Path | list[Path]) -> bool:
    files = source if isinstance(source, list) else [source]
    return any(HAS_PLURALS in f.read_text(encoding="utf-8") for f in files)


def compile_qm(ts_files: list[Path], qm: Path) -> None:
    run([tool("pyside6-lrelease"), *map(str, ts_files), "-qm", str(qm), "-silent"])


def update() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        return _update(sources(Path(tmp)))


def _update(mods: dict[str, Path]) -> int:
    for language in LANGUAGES:
        ts_files = update_language(language, I18N, mods)
        compile_qm(ts_files, qm_path(language))
        missing = [m for ts in ts_files for m in untranslated(ts)]
        for ts in ts_files:
            for source in contextless(ts):
                print(f'  no context (use QCoreApplication.translate("Context", ...)): {ts.name}: {source!r}')
        for entry in (m for ts in ts_files for m in mismatched(ts)):
            print(f"  placeholders or tags differ from the source: {entry}")
        print(f"{language}: {len(ts_files)} .ts files, {len(missing)} messages to translate")
        for entry in missing:
            print(f"  {entry}")
    return 0


def problems() -> list[str]:
    """What --check (and tests/gui/test_i18n.py) complains about; changes no file of the project."""
    found = []
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        (scratch / "listed").mkdir()
        mods = sources(scratch / "listed")
        for language in LANGUAGES:
            shipped = sorted((I18N / language).glob("*.ts"))
            (scratch / language).mkdir()
            for ts in shipped:
                shutil.copy(ts, scratch / language / ts.name)
            fresh = update_language(language, scratch, mods)
            if [p.name for p in fresh] != [p.name for p in shipped]:
                found.append(f"{language}: the .ts files do not match the gui modules: run the update script")
            for ts in fresh:
                kept = ts_path(language, ts.stem)
                if not kept.exists() or ts.read_bytes() != kept.read_bytes():
                    found.append(f"{kept.relative_to(ROOT)} lacks strings of the code: run the update script")
                found.extend(
                    f"{kept.relative_to(ROOT)}: no context (use QCoreApplication.translate): {source!r}"
                    for source in contextless(ts)
                )
                found.extend(
                    f"{kept.relative_to(ROOT)}: placeholders or tags differ from the source: [{m.context}] {m.source!r}"
                    for m in mismatched(ts)
                )
                found.extend(
                    f"{kept.relative_to(ROOT)}: {UNTRANSLATED} [{m.context}] {m.source!r}" for m in untranslated(ts)
                )
            compiled = scratch / qm_path(language).name
            compile_qm(shipped, compiled)
            if not qm_path(language).exists() or compiled.read_bytes() != qm_path(language).read_bytes():
                found.append(
                    f"{qm_path(language).relative_to(ROOT)} is not compiled from the .ts: run the update script"
                )
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if anything is left to do")
    args = parser.parse_args()
    if not args.check:
        return update()
    found = problems()
    for line in found:
        print(line)
    print("translations: all current" if not found else f"{len(found)} problems")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
