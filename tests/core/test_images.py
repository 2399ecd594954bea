"""Picture files as a hostile but realistic user brings them: transparent digits, giant files, photo folders."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from core import data
from core.images import MAX_PIXELS, ImageTooLarge, read_image
from core.predict_files import predict_files
from core.preprocess import load_image_file, mnist_style

ROOT = Path(__file__).resolve().parents[2]


def transparent(digit: np.ndarray, ink: int) -> np.ndarray:
    """An MNIST digit as ink of one colour on a fully transparent background (alpha = the digit)."""
    rgba = np.zeros((*digit.shape, 4), np.uint8)
    rgba[..., :3] = ink
    rgba[..., 3] = digit
    return rgba


@pytest.fixture(scope="module")
def digits(mnist):
    """Ten real MNIST test digits (white ink on black) and their labels."""
    return mnist.test_x[:10, 0].numpy(), mnist.test_y[:10].tolist()


@pytest.fixture(scope="module")
def giant_png(tmp_path_factory) -> Path:
    """A 20000x20000 PNG (400 million pixels; 1 bit each, so it takes 50 MB to make and little disk)."""
    path = tmp_path_factory.mktemp("giant") / "giant.png"
    Image.new("1", (20000, 20000)).save(path)
    return path


@pytest.mark.parametrize("ink", [0, 255], ids=["black-on-transparent", "white-on-transparent"])
def test_transparent_digits_are_read_like_the_digit_itself(digits, ink):
    images, _ = digits
    for digit in images:
        seen = mnist_style(transparent(digit, ink))
        assert np.abs(seen - mnist_style(digit)).mean() < 0.02


@pytest.mark.parametrize("ink", [0, 255], ids=["black-on-transparent", "white-on-transparent"])
def test_transparent_png_files_are_predicted_right(digits, ink, tmp_path):
    images, labels = digits
    paths = []
    for i, digit in enumerate(images):
        paths.append(tmp_path / f"{i}.png")
        Image.fromarray(transparent(digit, ink), "RGBA").save(paths[-1])
    rows = predict_files(paths)
    assert [r.get("label") for r in rows] == [str(y) for y in labels], rows


@pytest.mark.parametrize("ink", [0, 255], ids=["black-on-transparent", "white-on-transparent"])
def test_a_training_folder_of_transparent_pngs_keeps_its_strokes(mnist, ink, tmp_path):
    for label in (0, 1):
        (tmp_path / str(label)).mkdir()
        picks = (mnist.test_y == label).nonzero()[:8, 0]
        for i in picks.tolist():
            picture = Image.fromarray(transparent(mnist.test_x[i, 0].numpy(), ink), "RGBA")
            picture.save(tmp_path / str(label) / f"{i}.png")
    loaded = data.load("folder", folder=tmp_path, image_size=28)
    x = loaded.train_x.float()
    spread = x.flatten(1).amax(1) - x.flatten(1).amin(1)
    assert (spread > 200).all(), "every image keeps its strokes against the backdrop"
    # the backdrop is the colour that is not the ink: corners are white under black ink, black under white
    corners = loaded.train_x[..., 0, 0].float().mean()
    assert (corners > 250) if ink == 0 else (corners < 5)


def test_a_giant_picture_gets_its_own_message_and_the_other_files_their_results(digits, giant_png, tmp_path):
    images, labels = digits
    good = [tmp_path / "a.png", tmp_path / "b.png"]
    for path, digit in zip(good, images):
        Image.fromarray(digit).save(path)
    rows = predict_files([good[0], giant_png, good[1]])
    assert [r["file"] for r in rows] == [str(good[0]), str(giant_png), str(good[1])]
    assert rows[0]["label"] == str(labels[0]) and rows[2]["label"] == str(labels[1])
    assert "giant.png has 400 million pixels" in rows[1]["error"] and "smaller copy" in rows[1]["error"]


def test_the_pixel_limit_is_checked_before_decoding(tmp_path):
    path = tmp_path / "wide.png"
    Image.new("1", (MAX_PIXELS // 5000 + 10, 5000)).save(path)  # just over the limit, under PIL's own
    with pytest.raises(ImageTooLarge, match=r"wide.png is 20010x5000 pixels"):
        read_image(path, 1000)


def test_a_huge_photo_is_decoded_small_and_still_read_right(digits, tmp_path):
    images, labels = digits
    photo = tmp_path / "photo.jpg"
    Image.fromarray(255 - images[0]).resize((10000, 10000), Image.Resampling.BILINEAR).save(photo, quality=90)
    code = (
        "import json, resource, sys\n"
        "from core.predict_files import predict_files\nfrom core.preprocess import load_image_file\n"
        "before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "shape = load_image_file(sys.argv[1]).shape\nrow = predict_files([sys.argv[1]])[0]\n"
        "grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before\n"
        "print(json.dumps({'shape': shape, 'label': row.get('label'), 'grown_mb': grown / 1024}))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(photo)], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert max(result["shape"]) <= 2000 and min(result["shape"]) >= 1000, result
    assert result["label"] == str(labels[0])
    assert result["grown_mb"] < 300, result  # a full decode would take 100 MB grey, 300 MB RGB, plus copies


def test_a_folder_says_which_files_it_skipped_and_why(mnist, giant_png, tmp_path):
    for label in (0, 1):
        (tmp_path / str(label)).mkdir()
        for i in (mnist.test_y == label).nonzero()[:5, 0].tolist():
            Image.fromarray(mnist.test_x[i, 0].numpy()).save(tmp_path / str(label) / f"{i}.png")
    (tmp_path / "0" / "notes.txt").write_text("junk")
    (tmp_path / "0" / "list.csv").write_text("junk")
    (tmp_path / "1" / "broken.png").write_bytes(b"\x89PNG\r\n\x1a\n truncated")
    (tmp_path / "1" / "giant.png").symlink_to(giant_png)
    loaded = data.load("folder", folder=tmp_path, image_size=28)
    assert str(data.skip_summary(loaded.skipped_files)) == "skipped 4 files: 2 not images, 1 unreadable, 1 too large"
    assert loaded.skipped == 4 and len(loaded.train_x) + len(loaded.test_x) == 10


def test_a_file_that_is_no_picture_says_so(tmp_path):
    (tmp_path / "notes.png").write_text("not an image")
    with pytest.raises(ValueError, match="Could not read notes.png as an image"):
        load_image_file(tmp_path / "notes.png")
