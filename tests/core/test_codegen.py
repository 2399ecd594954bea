"""The code behind a run: the standalone script of three recipes (a preset, your own network with a residual block,
an augmented run) trains on real MNIST / Fashion-MNIST in a subprocess, without this project, to within one
point of the app's run with the same settings (same seed, split and subset, one thread)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import torch

from core.archs.network_file import NetworkFile, make_layer
from core.codegen import CodeError, script
from core.codegen_knobs import changes_code
from core.config import TrainConfig
from core.presets import PRESETS
from core.trainer import Trainer
from core.events import RunFinished
from core.knobs import Augment, Dropout, KnobChange, LearningRate, Momentum

ROOT = Path(__file__).resolve().parents[2]
ONE_EPOCH = dict(epochs=1, train_subset=2000, threads=1, device="cpu")
RESIDUAL_NET = NetworkFile(
    (
        make_layer("conv", channels=8, kernel=3, padding=1),
        make_layer("relu"),
        make_layer("maxpool"),
        make_layer("residual"),
        make_layer("maxpool"),
        make_layer("flatten"),
        make_layer("linear", units=32),
        make_layer("relu"),
        make_layer("linear"),
    ),
    "A small residual net",
)
# Run with the project's packages made unimportable: the script must need only torch and torchvision.
WITHOUT_PROJECT = (
    "import runpy, sys; sys.modules.update(core=None, gui=None); sys.argv = sys.argv[1:]; "
    "runpy.run_path(sys.argv[0], run_name='__main__')"
)


def app_run(cfg: TrainConfig, data_root: Path, runs: Path) -> tuple[float, Path]:
    final = Trainer(cfg, data_root=data_root, runs_root=runs).run()
    assert isinstance(final, RunFinished), final
    return final.history[-1].test_acc, final.run_dir


def script_accuracy(path: Path, data_root: Path, cwd: Path) -> float:
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            WITHOUT_PROJECT,
            str(path),
            "--data",
            str(data_root),
            "--device",
            "cpu",
            "--threads",
            "1",
        ],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    last = done.stdout.strip().splitlines()[-1]
    assert last.startswith("epoch 1/1  loss "), done.stdout[-2000:]
    return float(re.search(r"test acc (\S+)", last).group(1))


def main_py(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, capture_output=True, text=True, timeout=600)


RECIPES = {
    "preset": PRESETS.get("simplecnn-mnist").apply(**ONE_EPOCH),
    "own network": TrainConfig(
        arch="custom", network=RESIDUAL_NET.canonical(), dataset="fashion-mnist", batch_size=64, **ONE_EPOCH
    ),
    "augmented": PRESETS.get("lenet-fashion").apply(augment="handwriting", batch_size=64, **ONE_EPOCH),
}


@pytest.mark.usefixtures("one_torch_thread")
@pytest.mark.parametrize("recipe", list(RECIPES))
def test_the_script_trains_like_the_app(recipe, data_root, tmp_path):
    cfg = RECIPES[recipe]
    app_accuracy, run_dir = app_run(cfg, data_root, tmp_path / "runs")
    path = tmp_path / "train.py"
    if recipe == "preset":  # from the run folder, on the command line
        done = main_py("code", str(run_dir), "-o", str(path))
        assert done.returncode == 0, done.stderr
        assert path.read_text() == script(cfg)
    else:
        path.write_text(script(cfg))
    text = path.read_text()
    assert "import core" not in text and "from core" not in text
    if recipe == "augmented":
        assert "def random_affine(x, gen):" in text and "def vary_thickness(x, gen):" in text
    if recipe == "own network":
        assert "class ResidualBlock(nn.Module):" in text and "self.residual1 = ResidualBlock(8)" in text
    accuracy = script_accuracy(path, data_root, tmp_path)
    print(f"{recipe}: script test accuracy {accuracy:.4f}, app {app_accuracy:.4f}")  # shown with pytest -s
    assert 0.2 < app_accuracy and abs(accuracy - app_accuracy) <= 0.01, (recipe, accuracy, app_accuracy)


def test_code_for_settings_not_yet_trained_and_what_cannot_be_written(tmp_path):
    path = tmp_path / "train.py"
    done = main_py("code", "--preset", "inception-mnist", "--epochs", "2", "--seed", "7", "-o", str(path))
    assert done.returncode == 0, done.stderr
    text = path.read_text()
    assert text == script(PRESETS.get("inception-mnist").apply(epochs=2, seed=7))
    assert "class InceptionA(nn.Module):" in text and "EPOCHS = 2" in text and "SEED = 7" in text
    compile(text, "train.py", "exec")
    styles = script(PRESETS.get("digits-styles").apply())
    assert "NOT WRITTEN OUT: the app also draws writing styles" in styles
    with pytest.raises(CodeError, match="torchvision's datasets"):
        script(TrainConfig(dataset="shapes"))
    torchvision_net = script(TrainConfig(arch="resnet18", dataset="cifar10"))
    assert "from torchvision.models.resnet import BasicBlock, conv1x1" in torchvision_net
    assert "draws its starting weights its own way" in torchvision_net
    compile(torchvision_net, "train.py", "exec")


@pytest.mark.usefixtures("one_torch_thread")
def test_a_runs_live_changes_are_applied_at_their_step_in_its_code():
    cfg = PRESETS.get("simplecnn-mnist").apply(augment="shift", **ONE_EPOCH)
    changes = (
        KnobChange(30, LearningRate(0.05)),
        KnobChange(30, Momentum(0.9)),
        KnobChange(60, Augment("none")),
        KnobChange(90, Augment("affine")),  # another augmentation than the run's own: named, not written out
        KnobChange(95, Dropout(0.3)),
    )
    text = script(cfg, changes)
    section, loop = changes_code(cfg, changes)
    assert section in text and loop in text and "for b in range(batches_per_epoch):\n" + loop in text
    assert "(30, 'lr', 0.05),\n    (30, 'momentum', 0.9),\n    (60, 'augment', 'none')," in text
    assert "after 90 batches the run switched to augmentation 'affine'" in text and "(90, 'augment'" not in text
    compile(text, "train.py", "exec")
    run_augment = lambda x, gen: x + 1  # noqa: E731 - the script's own augment(), defined before the section
    namespace: dict = {"nn": torch.nn, "augment": run_augment}
    exec(section, namespace)
    model = torch.nn.Sequential(torch.nn.Linear(4, 4), torch.nn.Dropout(0.1))
    optimizer = torch.optim.SGD(model.parameters(), lr=cfg.lr, momentum=cfg.momentum)
    factor = lambda step: 0.99**step  # noqa: E731 - a schedule
    scheduler = torch.optim.lr_scheduler.LambdaLR(optimizer, factor)
    for _ in range(30):
        optimizer.step()
        scheduler.step()
    for at, setting, value in namespace["KNOB_CHANGES"]:
        if at == 30:
            namespace["apply_change"](setting, value, model, optimizer, scheduler)
    group = optimizer.param_groups[0]
    assert group["lr"] == pytest.approx(0.05 * factor(30)) and group["momentum"] == 0.9
    scheduler.step()
    assert optimizer.param_groups[0]["lr"] == pytest.approx(0.05 * factor(31))  # the schedule goes on from 0.05
    namespace["apply_change"]("dropout", 0.3, model, optimizer, scheduler)
    assert model[1].p == 0.3
    x = torch.zeros(2)
    namespace["apply_change"]("augment", "none", model, optimizer, scheduler)
    assert namespace["augment"](x, None) is x
    namespace["apply_change"]("augment", cfg.augment, model, optimizer, scheduler)
    assert namespace["augment"] is run_augment
    assert script(cfg) == script(cfg, ()) and "KNOB_CHANGES" not in script(cfg)
