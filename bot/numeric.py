"""Which numeric kernels NumPy's and SciPy's OpenBLAS use, so their share of training repeats
across CPUs.

OpenBLAS picks a kernel per CPU family at start-up, and different kernels add numbers in
a different order: the same inputs trained on an Intel Sapphire Rapids machine and on an
AMD EPYC (Zen 4) machine gave safety classifiers a few messages apart. Measured with
``bench/training_determinism.py`` (docs/benchmarks.md, 28th and 29th sessions): the
study's stand-in for the classifier's meaning network learns the same weights on both
machines when OpenBLAS uses its Haswell (AVX2) kernel — the kernel it already picks on
Zen 4 — and its TensorFlow stand-in learns the same weights on both as it is. Whole
models still differed on the two machines (29th session), so this removes one source of
difference, not all of them. HearMe names that kernel wherever the CPU
can run it (x86-64 with AVX2), unless ``OPENBLAS_CORETYPE`` is already set. The variable
must be in the environment before NumPy is imported: ``make`` exports what this module
prints when run as a script, and training (``scripts/model.py``) passes it to its
``rasa train`` process.
"""

from __future__ import annotations

import os
import platform
from collections.abc import Mapping
from pathlib import Path
from typing import Final

VARIABLE: Final = "OPENBLAS_CORETYPE"
KERNEL: Final = "Haswell"


def _has_avx2(cpuinfo: Path) -> bool:
    try:
        text = cpuinfo.read_text("utf-8", errors="replace")
    except OSError:
        return False
    return any(
        line.startswith("flags") and "avx2" in line.split(":", 1)[-1].split()
        for line in text.splitlines()
    )


def pinned_kernels(
    environ: Mapping[str, str] | None = None,
    machine: str | None = None,
    cpuinfo: Path = Path("/proc/cpuinfo"),
) -> dict[str, str]:
    """The variables to add to a process's environment: ``{OPENBLAS_CORETYPE: Haswell}``
    on an x86-64 CPU with AVX2 when the variable is unset; nothing when it is set (the
    user's choice stands), on other CPUs (the Haswell kernel would not run there), or
    where the CPU's flags cannot be read."""
    environ = os.environ if environ is None else environ
    if VARIABLE in environ:
        return {}
    machine = platform.machine() if machine is None else machine
    if machine.lower() not in {"x86_64", "amd64"} or not _has_avx2(cpuinfo):
        return {}
    return {VARIABLE: KERNEL}


def kernel_setting(environ: Mapping[str, str] | None = None) -> str:
    """The OpenBLAS kernel a process started with ``environ`` plus
    :func:`pinned_kernels` uses: a name, or ``detected`` (OpenBLAS chooses)."""
    environ = os.environ if environ is None else environ
    return {**environ, **pinned_kernels(environ)}.get(VARIABLE) or "detected"


if __name__ == "__main__":
    # ``make`` asks here (bot/numeric.py run as a script, standard library only) which
    # kernel to export, so the rule lives in one place.
    print(pinned_kernels().get(VARIABLE, ""))
