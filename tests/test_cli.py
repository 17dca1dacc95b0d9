"""The command line: extract (formats, selection, bad input, exit status) and plugins."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from bri_corpus.cli import main


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_extract_seeds_jsonl_keeps_the_contract(capsys: pytest.CaptureFixture[str], seeds_dir: Path) -> None:
    """Every line is a spec object whose offsets give back its text from the raw file."""
    status, out, err = _run(capsys, "extract", str(seeds_dir))
    assert status == 0, err
    raw = {p.stem: p.read_text(encoding="utf-8") for p in seeds_dir.glob("*.txt")}
    lines = [json.loads(line) for line in out.splitlines()]
    assert lines, "the built-in extractors found nothing in the seeds"
    for fact in lines:
        assert set(fact) >= {"doc", "kind", "start", "end", "text", "value", "extractor"}
        assert raw[fact["doc"]][fact["start"] : fact["end"]] == fact["text"]
    keys = [(f["doc"], f["start"]) for f in lines]
    assert keys == sorted(keys)


def test_output_file_and_csv(capsys: pytest.CaptureFixture[str], seeds_dir: Path, tmp_path: Path) -> None:
    out_file = tmp_path / "facts.csv"
    seed = str(seeds_dir / "000_80fff1d66f96a4b1.txt")
    status, out, _ = _run(capsys, "extract", seed, "-o", str(out_file), "--format", "csv")
    assert status == 0 and out == ""
    rows = list(csv.DictReader(io.StringIO(out_file.read_text(encoding="utf-8"))))
    assert rows and rows[0]["doc"] == "000_80fff1d66f96a4b1"
    assert list(rows[0]) == ["doc", "kind", "start", "end", "text", "value", "extractor", "confidence"]


def test_table_format(capsys: pytest.CaptureFixture[str], seeds_dir: Path) -> None:
    status, out, _ = _run(capsys, "extract", str(seeds_dir / "000_80fff1d66f96a4b1.txt"), "--format", "table")
    assert status == 0
    header, rule, *rows = out.splitlines()
    assert header.split() == ["doc", "kind", "start", "end", "text", "value"]
    assert set(rule) == {"-"}
    assert rows


def test_only_selects_extractors(capsys: pytest.CaptureFixture[str], seeds_dir: Path) -> None:
    status, out, _ = _run(capsys, "extract", str(seeds_dir), "--only", "date")
    assert status == 0
    assert {json.loads(line)["extractor"] for line in out.splitlines()} == {"date"}


def test_unknown_extractor_is_a_usage_error(capsys: pytest.CaptureFixture[str], seeds_dir: Path) -> None:
    status, out, err = _run(capsys, "extract", str(seeds_dir), "--only", "nope")
    assert status == 2
    assert err.startswith("bri-corpus: --only names unknown extractor(s) nope; available extractors: ")
    assert "Traceback" not in err


def test_bad_inputs_are_one_line_each_and_do_not_stop_the_run(
    capsys: pytest.CaptureFixture[str], seeds_dir: Path, tmp_path: Path
) -> None:
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\x00\x00")
    (tmp_path / "latin1.txt").write_bytes(b"Signed in Astana on 3 May 2024 for \xa3300 million.")
    empty_dir = tmp_path / "nothing"
    empty_dir.mkdir()
    seed = seeds_dir / "000_80fff1d66f96a4b1.txt"
    status, out, err = _run(capsys, "extract", str(tmp_path), str(tmp_path / "missing.txt"), str(empty_dir), str(seed))
    assert status == 1
    messages = err.splitlines()
    assert messages == [
        f"bri-corpus: {tmp_path / 'binary.txt'}: looks binary (NUL byte at byte 4); only UTF-8 text files are read",
        f"bri-corpus: {tmp_path / 'empty.txt'}: is empty",
        f"bri-corpus: {tmp_path / 'latin1.txt'}: not UTF-8 at byte 35 "
        "(use --encoding-errors replace to read it anyway)",
        f"bri-corpus: {tmp_path / 'missing.txt'}: no such file or folder",
        f"bri-corpus: {empty_dir}: folder has no .txt files",
    ]
    assert {json.loads(line)["doc"] for line in out.splitlines()} == {"000_80fff1d66f96a4b1"}


def test_encoding_errors_replace(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "latin1.txt").write_bytes(b"Signed in Astana on 3 May 2024 for \xa3300 million.")
    status, _, err = _run(capsys, "extract", str(tmp_path), "--encoding-errors", "replace")
    assert status == 0, err


def test_workers_match_single_process(capsys: pytest.CaptureFixture[str], seeds_dir: Path) -> None:
    _, one, _ = _run(capsys, "extract", str(seeds_dir))
    _, two, _ = _run(capsys, "extract", str(seeds_dir), "--workers", "2")
    assert one == two


def test_plugins_lists_builtins(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(capsys, "plugins", "--format", "json")
    assert status == 0
    rows = json.loads(out)
    assert all(row["source"] == "builtin" for row in rows)
    kinds = {kind for row in rows for e in row["extractors"] for kind in e["kinds"]}
    assert "date" in kinds


def test_python_dash_m_entry_point(seeds_dir: Path) -> None:
    """`python -m bri_corpus extract FILE` works and writes JSONL to stdout."""
    seed = seeds_dir / "000_80fff1d66f96a4b1.txt"
    result = subprocess.run(
        [sys.executable, "-m", "bri_corpus", "extract", str(seed), "--only", "date"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.splitlines()[0])["doc"] == seed.stem
