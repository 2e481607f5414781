"""The OpenBLAS kernel HearMe names (bot/numeric.py): Haswell where it can run, the
user's choice where one is set, nothing elsewhere; and training's fingerprints follow it."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from bot.numeric import KERNEL, VARIABLE, kernel_setting, pinned_kernels
from scripts import model

AVX2 = "processor\t: 0\nflags\t\t: fpu sse sse2 avx avx2 fma\n"
NO_AVX2 = "processor\t: 0\nflags\t\t: fpu sse sse2 avx\n"


def _cpuinfo(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "cpuinfo"
    path.write_text(text, "utf-8")
    return path


def test_haswell_on_x86_64_with_avx2(tmp_path: Path) -> None:
    assert pinned_kernels({}, "x86_64", _cpuinfo(tmp_path, AVX2)) == {VARIABLE: KERNEL}


@pytest.mark.parametrize(
    ("environ", "machine", "flags"),
    [
        ({VARIABLE: "SkylakeX"}, "x86_64", AVX2),  # the user's choice stands
        ({VARIABLE: ""}, "x86_64", AVX2),  # even an empty one
        ({}, "x86_64", NO_AVX2),  # the Haswell kernel would not run
        ({}, "aarch64", AVX2),  # not an x86 CPU
        ({}, "x86_64", "processor\t: 0\nflags\t\t: avx2x\n"),  # a flag that only looks like it
    ],
)
def test_nothing_pinned_otherwise(
    tmp_path: Path, environ: dict[str, str], machine: str, flags: str
) -> None:
    assert pinned_kernels(environ, machine, _cpuinfo(tmp_path, flags)) == {}


def test_nothing_pinned_when_the_flags_cannot_be_read(tmp_path: Path) -> None:
    assert pinned_kernels({}, "x86_64", tmp_path / "missing") == {}


def test_kernel_setting_names_the_kernel_a_process_would_use() -> None:
    assert kernel_setting({VARIABLE: "Sandybridge"}) == "Sandybridge"
    assert kernel_setting({VARIABLE: ""}) == "detected"


def test_training_fingerprints_follow_the_kernel(monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.safety.classifier import training_fingerprint

    monkeypatch.setenv(VARIABLE, "Haswell")
    fingerprint, content = training_fingerprint({}), model.content_hash()
    monkeypatch.setenv(VARIABLE, "Sandybridge")
    assert training_fingerprint({}) != fingerprint
    assert model.content_hash() != content


def test_make_exports_the_kernel_on_this_machine() -> None:
    """``make`` passes the same choice as :func:`pinned_kernels` to every target."""
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run(
        ["make", "-s", "-p", "-n", "help"],
        cwd=root,
        env={"PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    exported = any(line == f"{VARIABLE} := {KERNEL}" for line in out.splitlines())
    assert exported == bool(pinned_kernels({}))
