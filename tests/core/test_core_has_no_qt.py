import subprocess
import sys


def test_core_imports_no_qt_and_defers_torchvision():
    """core/ stays Qt-free; torchvision (seconds to import) loads only when a dataset or network needs it."""
    code = (
        "import sys, core.trainer, core.cli, core.cli_commands, core.presets, core.checkpoint, core.archs, "
        "core.summary, core.data, core.analysis, core.predict_files; "
        "assert not any(m.startswith(('PySide6', 'pyqtgraph')) for m in sys.modules), 'core imported Qt'; "
        "assert 'torchvision' not in sys.modules, 'core imported torchvision at start-up'; "
        "core.data.availability('cifar10', '/nonexistent'); "
        "assert 'torchvision' not in sys.modules, 'listing datasets imported torchvision'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
