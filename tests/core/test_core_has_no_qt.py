import subprocess
import sys


def test_core_imports_no_qt():
    code = ("import sys, core.trainer, core.cli, core.cli_commands, core.presets, core.checkpoint, core.archs, core.summary, core.data; "
            "assert not any(m.startswith(('PySide6', 'pyqtgraph')) for m in sys.modules), 'core imported Qt'")
    subprocess.run([sys.executable, "-c", code], check=True)
