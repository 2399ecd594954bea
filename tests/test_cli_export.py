"""`main.py export` in a subprocess: ONNX of a real short run with its parity figure; a bad folder is refused."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from core.export_check import PARITY_TOLERANCE
from tests.helpers import short_run

ROOT = Path(__file__).resolve().parents[1]


def main_py(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "main.py", "export", *args], cwd=ROOT, capture_output=True, text=True, timeout=300
    )


@pytest.fixture(scope="module")
def run_dir(mnist, tmp_path_factory):
    return short_run(mnist, tmp_path_factory.mktemp("runs"))


def test_export_onnx_exits_0_and_prints_the_parity_figure(run_dir, tmp_path):
    pytest.importorskip("onnxruntime")
    out = tmp_path / "model.onnx"
    done = main_py(str(run_dir), "--format", "onnx", "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert out.is_file()
    assert "Checked with onnxruntime on 64 MNIST test images: same answers on" in done.stdout, done.stdout
    figure = re.search(r"largest difference of probabilities (\S+) ", done.stdout)
    assert figure and 0 <= float(figure.group(1)) <= PARITY_TOLERANCE, done.stdout


def test_export_csv_of_two_runs_and_refusals(run_dir, tmp_path):
    out = tmp_path / "m.csv"
    done = main_py(str(run_dir), str(run_dir), "--format", "csv", "-o", str(out), "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["rows"] == 2
    assert out.read_text().startswith("run,folder,epoch")
    for args in ([str(tmp_path / "gone"), "--format", "onnx"], [str(tmp_path), "--format", "csv"]):
        done = main_py(*args, "-o", str(tmp_path / "x.out"))
        assert done.returncode != 0 and done.stderr.startswith("error: "), done.stderr
        assert "Traceback" not in done.stderr
    (tmp_path / "best.pt").write_text("not weights")
    done = main_py(str(tmp_path / "best.pt"), "--format", "pt2", "-o", str(tmp_path / "x.pt2"))
    assert done.returncode != 0 and "best.pt" in done.stderr and "Traceback" not in done.stderr, done.stderr


def test_missing_extra_says_how_to_get_it(run_dir, tmp_path):
    """With onnxruntime not importable, the error names the extra and nothing is written."""
    out = tmp_path / "m.onnx"
    block = (
        "import runpy, sys; sys.modules['onnxruntime'] = None; "
        f"sys.argv = ['main.py', 'export', {str(run_dir)!r}, '--format', 'onnx', '-o', {str(out)!r}]; "
        "runpy.run_path('main.py', run_name='__main__')"
    )
    done = subprocess.run([sys.executable, "-c", block], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 1, done.stderr
    assert "needs the packages onnxruntime" in done.stderr and "uv run --extra onnx main.py" in done.stderr
    assert not out.exists()
