"""Downloads: progress in bytes, cancel, offline and timeout errors, md5 checks; loopback servers only."""

from __future__ import annotations

import gzip
import hashlib
import pickle
import socket
import tarfile
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import numpy as np
import pytest
import torch
from torchvision import datasets as tvd

from core.data import CorruptDataset, DatasetUnavailable, DownloadCancelled, availability, load
from core.data import download

CLOSED = "http://127.0.0.1:9/"  # the discard port: nothing listens there


def _idx(array: np.ndarray) -> bytes:
    magic = 0x0800 + array.ndim
    header = magic.to_bytes(4, "big") + b"".join(int(n).to_bytes(4, "big") for n in array.shape)
    return header + array.astype(np.uint8).tobytes()


@pytest.fixture
def fake_mnist(tmp_path):
    """Tiny MNIST-format files of noise (incompressible, so each download spans several chunks)."""
    rng = np.random.default_rng(0)
    arrays = {
        "train-images-idx3-ubyte": rng.integers(0, 256, (300, 28, 28)),
        "train-labels-idx1-ubyte": rng.integers(0, 10, 300),
        "t10k-images-idx3-ubyte": rng.integers(0, 256, (60, 28, 28)),
        "t10k-labels-idx1-ubyte": rng.integers(0, 10, 60),
    }
    served = tmp_path / "served"
    served.mkdir()
    resources = []
    for name, array in arrays.items():
        blob = gzip.compress(_idx(array))
        (served / f"{name}.gz").write_bytes(blob)
        resources.append((f"{name}.gz", hashlib.md5(blob).hexdigest()))
    return served, resources, arrays


@pytest.fixture
def server(fake_mnist):
    served = fake_mnist[0]

    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), partial(Quiet, directory=str(served)))
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()
    httpd.server_close()
    thread.join(5)


@pytest.fixture
def patched(monkeypatch, fake_mnist, server):
    monkeypatch.setattr(download, "TIMEOUT_S", 2.0)
    monkeypatch.setattr(tvd.MNIST, "resources", fake_mnist[1])
    monkeypatch.setattr(tvd.MNIST, "mirrors", [CLOSED, server])  # the first mirror fails, the second works
    return fake_mnist


def _leftovers(root: Path) -> list[str]:
    return sorted(p.name for p in root.rglob("*") if p.name.endswith((".part", ".gz")) or p.name.startswith(".extract"))


def test_download_from_local_server_reports_progress(tmp_path, patched):
    _, resources, arrays = patched
    root = tmp_path / "root"
    assert availability("mnist", root) == "needs download"
    events = []
    data = load("mnist", root, progress=lambda message, done, total, unit: events.append((message, done, total)))
    assert torch.equal(data.train_x[:, 0], torch.from_numpy(arrays["train-images-idx3-ubyte"]).to(torch.uint8))
    assert data.test_y.tolist() == arrays["t10k-labels-idx1-ubyte"].tolist()
    assert availability("mnist", root) == "on disk"
    assert _leftovers(root) == []
    sizes = {name: (tmp_path / "served" / name).stat().st_size for name, _ in resources}
    for i, (name, _) in enumerate(resources, 1):
        mine = [(done, total) for message, done, total in events if f"file {i} of 4 ({name})" in str(message)]
        assert mine[0][0] == 0 and mine[-1] == (sizes[name], sizes[name]), mine
        assert all(b[0] >= a[0] for a, b in zip(mine, mine[1:])), "bytes only grow"
    assert any(0 < done < total for _, done, total in events), "progress during, not just before and after"


def test_cancel_mid_download_leaves_no_partial_files(tmp_path, patched, monkeypatch):
    monkeypatch.setattr(download, "REPORT_EVERY_S", 0.0)
    root = tmp_path / "root"
    cancel = threading.Event()
    seen = []

    def progress(message, done, total, unit):
        seen.append(done)
        if done > 0:
            cancel.set()  # as if the user pressed Cancel after the first chunk

    with pytest.raises(DownloadCancelled, match="cancelled"):
        load("mnist", root, progress=progress, cancel=cancel)
    assert 0 < max(seen) < (tmp_path / "served" / "train-images-idx3-ubyte.gz").stat().st_size
    assert _leftovers(root) == [] and not (root / "MNIST/raw/train-images-idx3-ubyte").exists()
    assert availability("mnist", root) == "needs download"
    # a later try without cancel completes
    assert len(load("mnist", root).train_x) == 300


def test_cancel_set_before_start(tmp_path, patched):
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(DownloadCancelled):
        load("mnist", tmp_path, cancel=cancel)
    assert not (tmp_path / "MNIST").exists()


@pytest.mark.parametrize(
    "name, attribute, value", [("mnist", "mirrors", [CLOSED]), ("cifar10", "url", CLOSED + "cifar-10-python.tar.gz")]
)
def test_offline_is_unavailable_quickly(tmp_path, monkeypatch, name, attribute, value):
    monkeypatch.setattr(download, "TIMEOUT_S", 2.0)
    monkeypatch.setattr(tvd.MNIST if name == "mnist" else tvd.CIFAR10, attribute, value)
    with pytest.raises(DatasetUnavailable) as info:
        load(name, tmp_path)
    message = str(info.value)
    assert "could not connect" in message and "try again" in message and "'shapes'" in message
    assert _leftovers(tmp_path) == []


def test_silent_server_times_out(tmp_path, monkeypatch):
    """A server that accepts the connection but never answers: the timeout ends the wait."""
    monkeypatch.setattr(download, "TIMEOUT_S", 0.5)
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(4)  # never accept(): connects succeed, reads hang
        monkeypatch.setattr(tvd.MNIST, "mirrors", [f"http://127.0.0.1:{listener.getsockname()[1]}/"])
        with pytest.raises(DatasetUnavailable, match="did not answer in time"):  # the timeout ended the wait
            load("mnist", tmp_path)
    assert _leftovers(tmp_path) == []


def test_bad_checksum_and_404(tmp_path, patched, monkeypatch, server):
    _, resources, _ = patched
    monkeypatch.setattr(tvd.MNIST, "resources", [(resources[0][0], "0" * 32)] + resources[1:])
    monkeypatch.setattr(tvd.MNIST, "mirrors", [server])
    root = tmp_path / "root"
    with pytest.raises(DatasetUnavailable, match="checksum mismatch"):
        load("mnist", root)
    assert _leftovers(root) == []
    monkeypatch.setattr(tvd.MNIST, "resources", [("missing.gz", "0" * 32)])
    with pytest.raises(DatasetUnavailable, match="answered 404"):
        load("mnist", tmp_path / "other")


def test_cifar_download_extract_and_corrupt_batch(tmp_path, fake_mnist, server, monkeypatch):
    """A tiny CIFAR-10 in torchvision's pickled layout, served as the .tar.gz torchvision expects."""
    served = fake_mnist[0]
    rng = np.random.default_rng(1)
    batches = tmp_path / "build" / "cifar-10-batches-py"
    batches.mkdir(parents=True)
    listed = {}
    for name in [f"data_batch_{i}" for i in range(1, 6)] + ["test_batch"]:
        entry = {"data": rng.integers(0, 256, (20, 3072)).astype(np.uint8), "labels": rng.integers(0, 10, 20).tolist()}
        (batches / name).write_bytes(pickle.dumps(entry))
        listed[name] = [name, hashlib.md5((batches / name).read_bytes()).hexdigest()]
    (batches / "batches.meta").write_bytes(pickle.dumps({"label_names": ["a"] * 10}))
    with tarfile.open(served / "cifar.tar.gz", "w:gz") as tar:
        tar.add(batches, arcname="cifar-10-batches-py")
    monkeypatch.setattr(tvd.CIFAR10, "url", server + "cifar.tar.gz")
    monkeypatch.setattr(tvd.CIFAR10, "tgz_md5", hashlib.md5((served / "cifar.tar.gz").read_bytes()).hexdigest())
    monkeypatch.setattr(tvd.CIFAR10, "train_list", [listed[f"data_batch_{i}"] for i in range(1, 6)])
    monkeypatch.setattr(tvd.CIFAR10, "test_list", [listed["test_batch"]])
    monkeypatch.setattr(
        tvd.CIFAR10,
        "meta",
        {**tvd.CIFAR10.meta, "md5": hashlib.md5((batches / "batches.meta").read_bytes()).hexdigest()},
    )
    root = tmp_path / "root"
    events = []
    data = load("cifar10", root, progress=lambda *e: events.append(e))
    assert data.train_x.shape == (100, 3, 32, 32) and data.test_x.shape == (20, 3, 32, 32)
    assert data.train_x.is_contiguous() and data.train_y.dtype == torch.int64
    first = pickle.loads((batches / "data_batch_1").read_bytes())
    assert torch.equal(data.train_x[0].flatten(), torch.from_numpy(first["data"][0]))  # CHW order kept
    assert data.train_y[:20].tolist() == first["labels"]
    assert any(str(e[0]).startswith("Downloading CIFAR-10") and e[1] == e[2] > 0 for e in events)
    assert availability("cifar10", root) == "on disk" and _leftovers(root) == []
    (root / "cifar-10-batches-py" / "data_batch_3").write_bytes(b"garbage")
    with pytest.raises(CorruptDataset, match="data_batch_3"):
        load("cifar10", root, download=False)
