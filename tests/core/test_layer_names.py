"""Short layer names: the last part of the path, with its parent where that part is only a number."""

from core.layer_names import short_names


def test_a_name_is_its_last_part_or_its_parent_and_number():
    paths = ["features.conv1", "features.act1", "flatten", "classifier.fc1", "classifier.act1"]
    assert short_names(paths) == ["conv1", "act1", "flatten", "fc1", "act1"]
    assert short_names(["features.incep1.branch1x1", "features.incep1"]) == ["branch1x1", "incep1"]
    assert short_names(["features.0", "classifier.3.1", "0"]) == ["features.0", "classifier.3.1", "0"]
