"""Closing the window in the middle of things, as a user would, in fresh processes: the quit test and
``bench/bench_quit.py`` both run it.

    python -m tests.gui.close_cases --case training --repeat 20 --out DIR

The parent imports torch and the window's modules once, then forks one child per repetition (no thread and no
QApplication exist before the fork). Each child opens the window, gets into position (a run training past its
first epoch, a sweep's trial training, a fine-tune under way, or every tab shown once), closes the window the way
``gui.app.run_app`` does and leaves the way it does (``gui.app.leave``). The parent records the child's exit code, its
stderr, how long the window took to go and the process to end, and prints one JSON line per child.
"""

from __future__ import annotations

import argparse
import json
import os
import time
import traceback
from pathlib import Path

import torch  # noqa: F401  -- before Qt, as in the app

from PySide6.QtCore import QTimer  # noqa: E402

RUN = dict(dataset="mnist", arch="lenet", epochs=50, batch_size=64, train_subset=640, val_fraction=0.1, threads=1)
CASES = ("training", "sweep", "finetune", "tour")
CRASH_TEXT = (
    "Fatal Python error",
    "terminate called",
    "QThread: Destroyed",
    "Segmentation fault",
    "Traceback",
    "Abort",
)
LIMIT_S = 90  # a child still in the way after this long is stuck: the parent kills it and says so


def _position(window, case: str):
    """A generator the child's timer steps: yields while the case is not yet in position."""
    state = window.state
    deadline = time.monotonic() + LIMIT_S / 2
    while state.model is None and time.monotonic() < deadline:  # the bundled model: the app is up
        yield
    if case == "training":
        window.config_panel.set_values(RUN)
        epochs = []
        state.epochEnded.connect(epochs.append)
        window.train.start()
        while not epochs and time.monotonic() < deadline:
            yield  # an epoch is saved; the next one is under way when the window closes
    elif case == "sweep":
        window.config_panel.set_values({**RUN, "epochs": 2})
        trials = []
        state.sweep.trialStarted.connect(trials.append)
        window.tune.how.set_values("random", "none", 3, None)
        window.tune.start()
        while not trials and time.monotonic() < deadline:
            yield
    elif case == "finetune":
        steps = []
        panel = window.predict.collect_panel.teach
        panel.progress.valueChanged.connect(steps.append)
        panel.toggle()
        while not any(steps) and time.monotonic() < deadline:
            yield
    else:  # every tab shown once: each starts its jobs
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            shown = time.monotonic()
            while time.monotonic() - shown < 0.3:
                yield


def child(case: str, out: Path) -> None:
    """One window, one close; writes out/result.json; exits like the app does."""
    from gui.app import create_app, leave
    from gui.main_window import MainWindow

    app = create_app([])
    window = MainWindow()
    window.show()
    steps = _position(window, case)
    result = {"case": case}

    def tick() -> None:
        try:
            next(steps)
        except StopIteration:
            timer.stop()
            result["in_position"] = _in_position(window, case)
            result["closed_at"] = time.time()
            start = time.perf_counter()
            window.close()
            result["window_s"] = time.perf_counter() - start
            result["visible_after_close"] = window.isVisible()

    timer = QTimer(interval=20, timeout=tick)
    timer.start()
    code = app.exec()  # ends when the last window closes
    result["tasks_ended"] = window.wait_for_tasks()
    result["tasks_s"] = time.time() - result["closed_at"]  # the rest of exit_s is the process ending
    (out / "result.json").write_text(json.dumps(result))
    leave(code)


def _in_position(window, case: str) -> bool:
    state = window.state
    return {
        "training": state.run_active and state.session.last_epoch is not None,
        "sweep": state.sweep.running,
        "finetune": window.predict.collect_panel.teach.running,
        "tour": window.tabs.currentIndex() == window.tabs.count() - 1,
    }[case]


def _own_data(out: Path) -> Path:
    """A data folder of the child's own: the shared datasets linked in, read only, and 40 collected digits (4 of
    each class, canvas-drawn: tests/fixtures/canvas_styles.npz) for "teach it my handwriting" to save beside them,
    never into the shared folder."""
    import numpy as np

    from core.data import my_digits

    root = out / "data"
    root.mkdir(parents=True, exist_ok=True)
    shared = Path(os.environ["CNN_PLAYGROUND_DATA"])
    for name in ("MNIST", "FashionMNIST"):
        if (shared / name).is_dir() and not (root / name).exists():
            (root / name).symlink_to(shared / name)
    fixture = np.load(Path(__file__).parents[1] / "fixtures" / "canvas_styles.npz")
    for digit in range(10):
        for i in np.flatnonzero(fixture["labels"] == digit)[:4]:
            my_digits.save_sample(root, digit, fixture["images"][i] / 255.0)
    return root


def start_one(case: str, out: Path) -> int:
    """Fork a child for one close; returns its pid (``finish_one`` waits for it and reports)."""
    out.mkdir(parents=True, exist_ok=True)
    env = {
        "CNN_PLAYGROUND_DATA": str(_own_data(out)),
        "XDG_CONFIG_HOME": str(out / "config"),
        "CNN_PLAYGROUND_RUNS": str(out / "runs"),
        "CNN_PLAYGROUND_NO_CONFIRM": "1",
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
    }
    pid = os.fork()
    if pid == 0:  # the child: gui.app.leave ends it, as it ends the app
        os.environ.update(env)
        fd = os.open(out / "stderr.txt", os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
        os.dup2(fd, 2)
        os.dup2(fd, 1)
        try:
            child(case, out)
        except Exception:
            traceback.print_exc()
            os._exit(3)
    return pid


def finish_one(case: str, out: Path, pid: int) -> dict:
    """Wait for the child ``pid`` (killed after LIMIT_S) and report how its close went."""
    started = time.monotonic()
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        if time.monotonic() - started > LIMIT_S:
            os.kill(pid, 9)
            os.waitpid(pid, 0)
            status = -9
            break
        time.sleep(0.005)
    ended = time.time()
    result = json.loads((out / "result.json").read_text()) if (out / "result.json").is_file() else {"case": case}
    result["exit_code"] = os.waitstatus_to_exitcode(status) if status != -9 else "killed"
    result["exit_s"] = ended - result["closed_at"] if "closed_at" in result else None
    result["stderr"] = (out / "stderr.txt").read_text(errors="replace")[-3000:]
    result["runs"] = str(out / "runs")
    return result


def run_one(case: str, out: Path) -> dict:
    """One child, one close, on its own (the timings ``bench/bench_quit.py`` reports)."""
    return finish_one(case, out, start_one(case, out))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--case", choices=CASES, required=True)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--parallel", type=int, default=1, help="children at once (the test: 2; timings: 1)")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    import gui.main_window  # noqa: F401  -- imported once here, so every child starts warm

    for first in range(0, args.repeat, args.parallel):
        batch = [(i, args.out / f"{args.case}-{i}") for i in range(first, min(first + args.parallel, args.repeat))]
        pids = [start_one(args.case, out) for _, out in batch]
        for (_, out), pid in zip(batch, pids):
            print(json.dumps(finish_one(args.case, out, pid)), flush=True)


if __name__ == "__main__":
    main()
