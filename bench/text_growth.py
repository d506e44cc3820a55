"""Growth of the text algorithms on pathological repetitions: times and exponents.

For each input (the rows of the hostile battery: dots without spaces, ``Mr.`` repeated, a
numbers-and-abbreviations line repeated, a ``U.S.U.S.`` segment, ``NATO`` repeated), the
segmenter or the QA checks run on texts of growing size; the median of ``--repeat`` runs is
printed with the exponent between successive sizes (``log(t2/t1) / log(n2/n1)``): about 1 is
linear, 2 quadratic. A benchmark that prints figures; it never passes or fails.

Usage: ``uv run python bench/text_growth.py [--sizes 62500,125000,250000,500000] [--repeat 3]``
"""

from __future__ import annotations

import argparse
import math
import statistics
import time
from collections.abc import Callable

from reviewer.core.qa import check_text
from reviewer.core.qa.editions import check_editions
from reviewer.core.segmentation import split_sentences

NUMBERS = "5 million 3.5% $1,000 Feb. 29 3 p.m. "
CASES: dict[str, tuple[str, Callable[[str], object]]] = {
    "segment: dots, no spaces": (".", lambda t: split_sentences(t, "en")),
    "segment: Mr. repeated": ("Mr. ", lambda t: split_sentences(t, "en")),
    "segment: numbers line repeated": (NUMBERS, lambda t: split_sentences(t, "en")),
    "qa: U.S.U.S. segment": ("U.S.", lambda t: check_text(t, "США", "uk")),
    "qa: NATO repeated": ("NATO ", lambda t: check_text(t, "НАТО " * 10, "uk")),
    "qa editions: numbers line": (NUMBERS, lambda t: check_editions(
        t, {"uk": t.replace("Feb", "Jun"), "ru": "5 миллионов"})),
}


def _median_seconds(run: Callable[[str], object], text: str, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run(text)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="62500,125000,250000,500000",
                        help="text sizes in characters for the segmenter (QA gets a tenth)")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    print(f"{'input':34} {'chars':>8} {'median s':>9} {'exponent':>8}")
    for name, (unit, run) in CASES.items():
        run(unit * 10)  # compile the patterns once
        scale = 1 if name.startswith("segment") else 10
        previous: tuple[int, float] | None = None
        for size in sizes:
            chars = size // scale
            text = (unit * (chars // len(unit) + 1))[:chars]
            seconds = _median_seconds(run, text, args.repeat)
            exponent = ("" if previous is None or previous[1] <= 0 else
                        f"{math.log(seconds / previous[1]) / math.log(chars / previous[0]):.2f}")
            print(f"{name:34} {chars:>8} {seconds:>9.3f} {exponent:>8}")
            previous = (chars, seconds)


if __name__ == "__main__":
    main()
