"""Hostile and broken inputs, batches, byte-identical reruns, CI mode."""

import csv
import hashlib
import os
from pathlib import Path

import pytest

from conftest import SEED, seed_text, seeded, write
from figaudit.cli import main

pytestmark = pytest.mark.slow


def run(tmp_path, *args):
    return main(["run", *map(str, args), "--out", str(tmp_path / "out"), "--clean-dir", str(tmp_path / "clean")])


def outputs(tmp_path) -> list[str]:
    found = []
    for root in (tmp_path / "out", tmp_path / "clean"):
        if root.exists():
            found += sorted(str(p.relative_to(tmp_path)) for p in root.rglob("*"))
    return found


def one_line_error(capsys, path, problem):
    err = [ln for ln in capsys.readouterr().err.splitlines() if ln.strip()]
    assert len(err) == 1, err
    assert str(path) in err[0] and problem in err[0], err[0]
    assert "Traceback" not in err[0]


BAD = [
    ("empty.txt", b"", "file is empty"),
    ("blank.txt", b" \n\t \r\n", "only whitespace"),
    ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "is a PNG image"),
    ("latin.txt", b"Ki\xe3m tra 115 \xf0\xe3ng vi\xean", "not valid UTF-8"),
    ("report.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "save it as .docx"),
    ("notes.xyz", b"hello", "unsupported file type"),
]


@pytest.mark.parametrize("name,content,problem", BAD, ids=[b[0] for b in BAD])
def test_bad_input_exit_2_one_line_no_output(tmp_path, capsys, name, content, problem):
    p = tmp_path / name
    p.write_bytes(content)
    assert run(tmp_path, p) == 2
    one_line_error(capsys, p, problem)
    assert outputs(tmp_path) == []


def test_nonexistent_and_directory(tmp_path, capsys):
    assert run(tmp_path, tmp_path / "missing.txt") == 2
    one_line_error(capsys, tmp_path / "missing.txt", "no such file")
    d = tmp_path / "folder"
    d.mkdir()
    assert run(tmp_path, d) == 2
    one_line_error(capsys, d, "is a directory")
    assert outputs(tmp_path) == []


def test_utf16_with_bom_is_audited(tmp_path):
    p = tmp_path / "utf16.txt"
    p.write_bytes(seed_text().encode("utf-16"))
    assert run(tmp_path, p) == 0
    rows = list(csv.DictReader(open(tmp_path / "out" / "utf16" / "findings.csv", encoding="utf-8")))
    assert len([r for r in rows if r["check"] == "footnote_breakdown" and r["status"] == "pass"]) == 8


def test_50_mb_text_is_refused_by_the_documented_limit(tmp_path, capsys):
    p = tmp_path / "huge.txt"
    with open(p, "wb") as f:
        line = ("Kiểm tra 115 đảng viên, 39 tổ chức đảng. " * 20 + "\n").encode()
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            f.write(line)
    assert p.stat().st_size >= 50 * 1024 * 1024
    assert run(tmp_path, p) == 2
    one_line_error(capsys, p, "over the 20 MiB limit")
    assert outputs(tmp_path) == []


def test_report_without_footnotes_is_audited(tmp_path):
    p = write(tmp_path, "BÁO CÁO năm 2023\n\nTổng số 23 vụ việc (cũ 05; mới 18).\n", "nofn.txt")
    assert run(tmp_path, p) == 0
    rows = list(csv.DictReader(open(tmp_path / "out" / "nofn" / "findings.csv", encoding="utf-8")))
    assert {(r["check"], r["status"]) for r in rows} >= {("text_breakdown", "pass"), ("footnote_integrity", "pass")}


@pytest.mark.parametrize("case,text,note,number", [
    ("marker without footnote", "BÁO CÁO năm 2023\n\nKiểm tra 5 đảng viên¹ và 3 tổ chức².\n\n¹ Cấp huyện 2; cấp cơ sở 3.\n", "marker_without_footnote", 2),
    ("footnote without marker", "BÁO CÁO năm 2023\n\nKiểm tra 5 đảng viên¹.\n\n¹ Cấp huyện 2; cấp cơ sở 3.\n\n² Thừa.\n", "footnote_without_marker", 2),
    ("duplicate footnote", "BÁO CÁO năm 2023\n\nKiểm tra 5 đảng viên¹.\n\n¹ Cấp huyện 2; cấp cơ sở 3.\n\n¹ Lặp lại.\n", "duplicate_footnote", 1),
    ("numbering gap", "BÁO CÁO năm 2023\n\nKiểm tra 5 đảng viên¹ và 3 tổ chức³.\n\n¹ Cấp huyện 2; cấp cơ sở 3.\n\n³ Cấp tỉnh 3.\n", "numbering_gap", 3),
])
def test_structural_problems_are_findings_not_crashes(tmp_path, case, text, note, number):
    p = write(tmp_path, text, "s.txt")
    assert run(tmp_path, p) == 1
    rows = list(csv.DictReader(open(tmp_path / "out" / "s" / "findings.csv", encoding="utf-8")))
    integ = [r for r in rows if r["check"] == "footnote_integrity" and r["status"] == "fail"]
    assert (note, str(number)) in {(r["check_id"].split(":")[1], r["footnote"]) for r in integ}


def test_path_with_spaces_and_vietnamese_letters(tmp_path):
    d = tmp_path / "Báo cáo tỉnh Hải Dương"
    d.mkdir()
    p = d / "báo cáo năm 2023 (bản cuối).txt"
    p.write_bytes(SEED.read_bytes())
    assert run(tmp_path, p) == 0
    made = [x.name for x in (tmp_path / "out").iterdir()]
    assert len(made) == 1 and (tmp_path / "out" / made[0] / "audit.html").is_file()
    assert "/" not in made[0] and " " not in made[0]


def test_file_names_cannot_escape_the_output_folder(tmp_path, monkeypatch):
    work = tmp_path / "work"
    work.mkdir()
    (tmp_path / "x.txt").write_bytes(SEED.read_bytes())
    monkeypatch.chdir(work)
    assert main(["run", "../x.txt", "--out", "out", "--clean-dir", "clean"]) == 0
    assert (work / "out" / "x" / "audit.html").is_file()
    assert sorted(p.name for p in work.iterdir()) == ["clean", "out"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["work", "x.txt"]


def test_no_title_no_year_is_audited_with_one_warning(tmp_path, capsys):
    p = write(tmp_path, "Tổ chức sơ kết 5 năm thực hiện Nghị quyết số 12-NQ/TU, ngày 10/10/2019; kiểm tra 10 đảng viên (tăng 2).\n", "short.txt")
    assert run(tmp_path, p) == 0
    err = [ln for ln in capsys.readouterr().err.splitlines() if ln.strip()]
    assert len(err) == 1 and "--year" in err[0] and str(p) in err[0]
    rows = {r["check"]: r for r in csv.DictReader(open(tmp_path / "out" / "short" / "findings.csv", encoding="utf-8"))}
    assert rows["year_arithmetic"]["status"] == "unverifiable"
    # --year settles it
    assert main(["run", str(p), "--year", "2024", "--out", str(tmp_path / "o2"), "--clean-dir", str(tmp_path / "c2")]) == 0
    rows = {r["check"]: r for r in csv.DictReader(open(tmp_path / "o2" / "short" / "findings.csv", encoding="utf-8"))}
    assert rows["year_arithmetic"]["status"] == "pass"


def test_batch_isolates_a_broken_report(tmp_path, capsys):
    a = write(tmp_path, "BÁO CÁO năm 2023\n\nKiểm tra 5 đảng viên¹.\n\n¹ Cấp huyện 2; cấp cơ sở 3.\n", "a.txt")
    broken = tmp_path / "broken.bin"
    broken.write_bytes(b"\x00\x01\x02binary")
    c = write(tmp_path, "# BÁO CÁO năm 2023\n\nKiểm tra 6 đảng viên[^1].\n\n[^1]: Cấp huyện 2; cấp cơ sở 4.\n", "c.md")
    assert run(tmp_path, a, broken, c) == 2
    cap = capsys.readouterr()
    assert "✓ a.txt" in cap.out and "✓ c.md" in cap.out
    assert f"✗ {broken}: unsupported file type '.bin'" in cap.err
    assert "2 of 3 reports audited, 1 failed" in cap.err
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["a", "c"]


def _digest(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file() and p.suffix in (".csv", ".json") and p.name != "manifest.json"}


def test_reruns_are_byte_identical(tmp_path):
    first, second = tmp_path / "1", tmp_path / "2"
    for d in (first, second):
        assert main(["run", str(SEED), "--out", str(d / "out"), "--clean-dir", str(d / "clean")]) == 0
    a, b = _digest(first), _digest(second)
    assert a == b and any(k.endswith("findings.csv") for k in a) and any(k.endswith("figures.csv") for k in a)
    text = (first / "out" / SEED.stem / "findings.csv").read_text(encoding="utf-8")
    assert str(tmp_path) not in text and "2026-" not in text


def test_fail_on(tmp_path):
    p = seeded(tmp_path, "Cấp tỉnh 1; cấp huyện 16; cấp cơ sở 22;", "Cấp tỉnh 1; cấp huyện 17; cấp cơ sở 22;")
    assert run(tmp_path, p, "--fail-on", "never") == 0
    assert run(tmp_path, p, "--fail-on", "fail") == 1
    assert run(tmp_path, SEED, "--fail-on", "fail") == 0
    assert run(tmp_path, SEED, "--fail-on", "warn") == 1  # the seed has two warnings


def test_tool_error_is_not_a_finding(tmp_path, capsys):
    import json
    import shutil

    from conftest import ROOT

    suites = tmp_path / "suites"
    shutil.copytree(ROOT / "expectations", suites)
    data = json.loads((suites / "relations.json").read_text(encoding="utf-8"))
    data["expectations"][1]["kwargs"]["column_A"] = "no_such_column"
    (suites / "relations.json").write_text(json.dumps(data), encoding="utf-8")
    assert run(tmp_path, SEED, "--suites", suites) == 2
    err = capsys.readouterr().err
    assert "could not run" in err and "Traceback" not in err
    assert outputs(tmp_path) == [] or all(".tmp-" not in o for o in outputs(tmp_path))
    assert not (tmp_path / "out" / SEED.stem).exists()


def test_a_reader_crash_on_one_report_is_named_and_the_batch_goes_on(tmp_path, capsys, monkeypatch):
    import figaudit.readers as readers

    real = readers.read

    def read(path, *a, **k):
        if Path(path).name == "crash.txt":
            raise ValueError("a reader bug\nover two lines")
        return real(path, *a, **k)

    monkeypatch.setattr(readers, "read", read)
    a = write(tmp_path, "BÁO CÁO năm 2023\n\nKiểm tra 5 đảng viên¹.\n\n¹ Cấp huyện 2; cấp cơ sở 3.\n", "a.txt")
    crash = write(tmp_path, "BÁO CÁO năm 2023\n\nKiểm tra 5 đảng viên.\n", "crash.txt")
    assert run(tmp_path, crash, a) == 2
    cap = capsys.readouterr()
    assert "✓ a.txt" in cap.out
    line = [ln for ln in cap.err.splitlines() if "crash.txt" in ln]
    assert len(line) == 1 and "cannot be read (ValueError: a reader bug over two lines)" in line[0], cap.err
    assert "internal error" not in cap.err
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["a"]
    assert not [o for o in outputs(tmp_path) if ".tmp-" in o or ".old-" in o]


def test_a_missing_prior_leaves_no_temporary_folder(tmp_path, capsys):
    a = write(tmp_path, "BÁO CÁO năm 2023\n\nKiểm tra 5 đảng viên¹.\n\n¹ Cấp huyện 2; cấp cơ sở 3.\n", "a.txt")
    assert run(tmp_path, a, "--prior", tmp_path / "no-such-2022.txt") == 2
    assert "no such" in capsys.readouterr().err
    assert not [o for o in outputs(tmp_path) if ".tmp-" in o or ".old-" in o]


def test_a_file_name_with_a_newline_and_an_escape_code_stays_one_safe_line(tmp_path, capsys):
    p = tmp_path / "bad\nname\x1b[31m.txt"
    p.write_bytes(b"")
    assert run(tmp_path, p) == 2
    err = [ln for ln in capsys.readouterr().err.splitlines() if ln.strip()]
    assert len(err) == 1 and "\x1b" not in err[0], err
    assert "bad\\nname\\x1b[31m.txt" in err[0] and "file is empty" in err[0]
    assert outputs(tmp_path) == []


@pytest.mark.parametrize("content,problem", [(b"r.txt,\xff\xfe\n", "is not UTF-8 text"),
                                             (b"r.txt,\n", "line 1 names no prior report"),
                                             (b"r.txt\n", "line 1 needs 'current,prior'")])
def test_a_bad_pairing_file_is_one_line_and_nothing_is_written(tmp_path, capsys, content, problem):
    (tmp_path / "r.txt").write_text("BÁO CÁO năm 2024\n\nKiểm tra 12 đảng viên.\n", encoding="utf-8")
    (tmp_path / "s.txt").write_text("BÁO CÁO năm 2024\n\nKiểm tra 14 đảng viên.\n", encoding="utf-8")
    pairs = tmp_path / "pairs.csv"
    pairs.write_bytes(content)
    assert run(tmp_path, tmp_path / "r.txt", tmp_path / "s.txt", "--pairs", pairs) == 2
    one_line_error(capsys, pairs, problem)
    assert outputs(tmp_path) == []


@pytest.mark.parametrize("option,value", [("--chunk", v) for v in ("0", "-3", "x", "1e9")]
                         + [("--timeout", v) for v in ("-1", "nan", "x", "1e9")])
def test_chunk_and_timeout_must_be_sensible_numbers(tmp_path, capsys, option, value):
    (tmp_path / "r.txt").write_text("BÁO CÁO năm 2024\n\nKiểm tra 12 đảng viên.\n", encoding="utf-8")
    with pytest.raises(SystemExit) as exc:
        run(tmp_path, tmp_path / "r.txt", option, value)
    assert exc.value.code == 2 and option in capsys.readouterr().err
    assert outputs(tmp_path) == []


def test_a_pipe_or_a_device_is_refused_not_read_forever(tmp_path, capsys):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert run(tmp_path, fifo) == 2  # (reading a pipe with no writer would block the run)
    one_line_error(capsys, fifo, "is not a regular file")
    dev = tmp_path / "zeros.txt"
    dev.symlink_to("/dev/zero")
    assert run(tmp_path, dev) == 2  # (an endless device)
    one_line_error(capsys, dev, "is not a regular file")
    assert outputs(tmp_path) == []


def test_a_long_file_name_gets_a_short_unique_folder_name():
    from figaudit.execute import MAX_NAME_BYTES, unique_stems

    long_a = Path("/x") / ("báo cáo tổng kết công tác kiểm tra giám sát " * 6 + "bản A.txt")
    long_b = Path("/x") / ("báo cáo tổng kết công tác kiểm tra giám sát " * 6 + "bản B.txt")
    names = unique_stems([long_a, long_b, Path("/y/ngắn.txt")])
    assert len(long_a.name.encode("utf-8")) > 255  # too long for a folder, and for .NAME.tmp-PID beside it
    assert all(len(n.encode("utf-8")) <= MAX_NAME_BYTES for n in names)
    assert len(set(names)) == 3 and names[2] == "ngắn"
    assert names[0].startswith("báo-cáo-tổng-kết")


def _kernels_of(pid: int) -> list[str]:
    """The pids of the ipykernel processes whose parent is ``pid`` (from /proc)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            ppid = int(stat.read_text().rsplit(")", 1)[1].split()[1])
            if ppid == pid and b"ipykernel" in (stat.parent / "cmdline").read_bytes():
                found.append(stat.parent.name)
        except (OSError, ValueError, IndexError):  # (a process that ended meanwhile)
            pass
    return found


@pytest.mark.parametrize("signame", ["SIGTERM", "SIGINT"])
def test_an_interrupted_batch_ends_its_kernel_and_leaves_no_temporary_folder(tmp_path, signame):
    import signal
    import subprocess
    import sys
    import time

    batch = []
    for k in range(6):
        batch.append(tmp_path / f"r{k}.txt")
        batch[-1].write_bytes(SEED.read_bytes())
    cmd = [sys.executable, "-m", "figaudit", "run", *map(str, batch), "--out", str(tmp_path / "out"),
           "--clean-dir", str(tmp_path / "clean"), "--no-notebooks", "--chunk", "3"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while not list((tmp_path / "out").glob(".run-*")) and time.monotonic() < deadline:  # the notebooks are running
        time.sleep(0.1)
    kernels = _kernels_of(proc.pid)
    assert len(kernels) == 1 and proc.poll() is None
    proc.send_signal(getattr(signal, signame))
    out, err = proc.communicate(timeout=120)  # (a guard against a hang; how promptly it ends is `make bench`'s)
    assert proc.returncode == 128 + getattr(signal, signame), err
    assert err.strip().splitlines()[-1] == f"figaudit: interrupted by {signame}; unfinished reports were not written"
    left = [o for o in outputs(tmp_path) if ".tmp-" in o or ".old-" in o or ".run-" in o]
    assert left == []
    time.sleep(0.5)
    assert not Path(f"/proc/{kernels[0]}/cmdline").exists() or b"ipykernel" not in Path(f"/proc/{kernels[0]}/cmdline").read_bytes(), \
        "the kernel outlived the run"


def test_the_kernel_keeps_no_history_in_the_users_ipython_folder(tmp_path, monkeypatch):
    ipython = tmp_path / "ipython"
    monkeypatch.setenv("IPYTHONDIR", str(ipython))
    assert run(tmp_path, SEED) == 0
    # (IPython, imported by the exporter in this process, may make the empty folder; the kernel writes nothing there)
    assert not ipython.exists() or list(ipython.iterdir()) == []
