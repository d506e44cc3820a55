"""Mutation testing of chosen modules with mutmut, each against the fast tests that cover it.

    uv run python tools/mutation.py reviewer/core/edits.py [MODULE ...]
    uv run python tools/mutation.py --list          # the modules it knows and their tests
    uv run python tools/mutation.py --all           # every known module, one after the other

For each module a scratch copy of the project is made in a temporary folder (the repository is
never touched) with a ``[tool.mutmut]`` section that mutates only that module and runs only the
test files listed for it in ``TESTS`` below; ``mutmut run`` then runs there with at most
``--max-children`` (default 2) workers. It prints, per module, the number of mutants, how many the
tests killed, and the survivors with their names (``--show`` prints each survivor's diff). A
mutant that only changes the letter case of SQL text is counted apart as equivalent (SQLite reads
keywords and names in any case). Exit status: 0 when every module reaches ``--goal`` percent of
the other mutants killed (default 90), 1 otherwise.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# The fast tests that pin each module's behaviour (no Qt, no network, no shared corpora).
TESTS: dict[str, list[str]] = {
    "reviewer/core/edits.py": ["tests/core/test_edits.py"],
    "reviewer/storage/edits.py": ["tests/storage/test_store_edits.py",
                                  "tests/storage/test_translation_versions.py"],
    "reviewer/core/diff.py": ["tests/core/test_diff.py"],
    "reviewer/storage/translations.py": [
        "tests/storage/test_store.py", "tests/storage/test_store_edits.py",
        "tests/storage/test_fetch_error_rows.py", "tests/storage/test_history_index.py",
        "tests/services/test_review_service.py", "tests/storage/test_translations.py",
        "tests/storage/test_translation_versions.py", "tests/storage/test_team.py",
    ],
    "reviewer/formats/tmx.py": [
        "tests/formats/test_tmx.py",
        "tests/formats/test_export_xml.py", "tests/formats/test_tm_export.py",
    ],
    "reviewer/formats/xliff12.py": [
        "tests/formats/test_export_xml.py", "tests/formats/test_xliff12.py",
    ],
    "reviewer/formats/xliff2.py": [
        "tests/formats/test_export_xml.py", "tests/formats/test_xliff2.py",
    ],
    "reviewer/core/anchors.py": [
        "tests/core/test_anchors.py", "tests/core/test_alignment_evidence.py",
        "tests/core/test_alignment.py",
    ],
    "reviewer/core/alignment.py": [
        "tests/core/test_alignment_evidence.py", "tests/core/test_alignment.py",
        "tests/core/test_scoring_shared.py",
    ],
    "reviewer/core/flags.py": [
        "tests/core/test_flags.py", "tests/core/test_flags_mutants.py",
        "tests/core/test_alignment_evidence.py", "tests/core/test_alignment.py",
    ],
    "reviewer/core/flag_evidence.py": [
        "tests/core/test_flags.py", "tests/core/test_flag_evidence.py",
        "tests/core/test_flag_weights.py",
        "tests/core/test_alignment_evidence.py", "tests/core/test_alignment.py",
    ],
    "reviewer/core/editions.py": ["tests/core/test_alignment_evidence.py",
                                  "tests/core/test_editions_swap.py"],
    "reviewer/core/realign.py": [
        "tests/core/test_realign.py", "tests/core/test_realign_parts.py",
        "tests/core/test_realign_costs.py", "tests/core/test_realign_mutants.py",
        "tests/core/test_realign_chance.py", "tests/core/test_realign_beta.py",
    ],
    "reviewer/core/encoder_check.py": ["tests/core/test_encoder_check.py"],
    "reviewer/core/realign_chance.py": [
        "tests/core/test_realign.py", "tests/core/test_realign_chance.py",
        "tests/core/test_realign_chance_levels.py",
        "tests/core/test_realign_beta.py",
    ],
    "reviewer/core/realign_evidence.py": [
        "tests/core/test_realign.py", "tests/core/test_realign_evidence.py",
    ],
    "reviewer/core/banded_dp.py": ["tests/core/test_banded_dp.py"],
    "reviewer/core/cognates.py": [
        "tests/core/test_alignment_evidence.py", "tests/core/test_cognates.py",
    ],
    "reviewer/core/merge3.py": ["tests/core/test_merge3.py"],
    "reviewer/core/replace.py": ["tests/core/test_replace.py"],
    "reviewer/core/segmentation.py": [
        "tests/core/test_segmentation.py", "tests/core/test_segmentation_fidelity.py",
    ],
    "reviewer/core/tm.py": ["tests/core/test_tm.py"],
    "reviewer/core/versions.py": ["tests/core/test_versions.py"],
    "reviewer/core/wordcount.py": ["tests/core/test_wordcount.py"],
    "reviewer/core/qa/numbers.py": [
        "tests/core/test_qa_numbers.py", "tests/core/test_qa_number_words.py",
    ],
    "reviewer/core/qa/number_check.py": [
        "tests/core/test_qa_numbers.py", "tests/core/test_qa_number_words.py",
    ],
    "reviewer/core/effort_measures.py": ["tests/core/test_effort_measures.py"],
    "reviewer/core/matching.py": ["tests/core/test_matching.py"],
    "reviewer/core/qa/form.py": [
        "tests/core/test_qa_form.py", "tests/core/test_qa_form_mutants.py",
    ],
    "reviewer/core/qa/glossary.py": [
        "tests/core/test_qa_glossary.py", "tests/core/test_qa_glossary_mutants.py",
    ],
    "reviewer/core/repeats.py": ["tests/core/test_repeats.py"],
    "reviewer/core/filters.py": ["tests/core/test_filters.py", "tests/core/test_filter_flags.py"],
    "reviewer/core/suggestions.py": ["tests/core/test_suggestions.py"],
    "reviewer/core/concordance.py": ["tests/core/test_concordance.py"],
    "reviewer/engines/splitting.py": [
        "tests/engines/test_engine_errors.py", "tests/engines/test_splitting.py",
    ],
}

# What the scratch copy needs besides the package and the tests.
COPY = ["reviewer", "tests", "resources", "pyproject.toml", "README.md"]


def mutmut_section(module: str, tests: list[str]) -> str:
    """The ``[tool.mutmut]`` table that mutates ``module`` and runs only ``tests``."""
    quoted = ", ".join(f'"{t}"' for t in tests)
    return (
        "\n[tool.mutmut]\n"
        'source_paths = ["reviewer"]\n'
        f'only_mutate = ["{module}"]\n'
        f"pytest_add_cli_args_test_selection = [{quoted}]\n"
        'pytest_add_cli_args = ["-p", "no:cacheprovider", "-q"]\n'
        "use_git_change_detection = false\n"
    )


def scratch_copy(dest: Path, module: str, tests: list[str]) -> None:
    """A copy of the project in ``dest`` configured for one module."""
    for name in COPY:
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, dest / name,
                            ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        elif src.exists():
            shutil.copy2(src, dest / name)
    pyproject = dest / "pyproject.toml"
    text = re.sub(r"\n\[tool\.mutmut\].*?(?=\n\[|\Z)", "", pyproject.read_text(), flags=re.S)
    pyproject.write_text(text + mutmut_section(module, tests))


# SQL as the modules write it: keywords in capitals, or an upsert's ``name = excluded.name``.
_SQL = re.compile(r"\b(SELECT|INSERT|DELETE|UPDATE|FROM|WHERE|AND|VALUES|ORDER BY|CONFLICT|SET"
                  r"|NULL)\b|\bexcluded\.\w")


def sql_case_only(diff: str) -> bool:
    """Whether a mutant only changes the letter case of SQL text: SQLite reads keywords and
    identifiers case-insensitively, so such a mutant is equivalent."""
    removed = [line[1:] for line in diff.splitlines()
               if line.startswith("-") and not line.startswith("---")]
    added = [line[1:] for line in diff.splitlines()
             if line.startswith("+") and not line.startswith("+++")]
    return (len(removed) == len(added) > 0 and removed != added
            and all(r.lower() == a.lower() and _SQL.search(r) for r, a in zip(removed, added,
                                                                              strict=True)))


class Result:
    """One module's mutants: how many, how many killed, the SQL-case equivalents, the rest."""

    def __init__(self, total: int, killed: int, equivalent: list[str],
                 survivors: list[tuple[str, str]]) -> None:
        self.total, self.killed = total, killed
        self.equivalent, self.survivors = equivalent, survivors

    @property
    def score(self) -> float:
        """Percent killed of the mutants that can be killed (SQL-case equivalents left out)."""
        counted = self.total - len(self.equivalent)
        return 100.0 * self.killed / counted if counted else 100.0


def run_module(module: str, children: int) -> Result:
    """Mutate ``module`` in a scratch copy and collect the verdicts."""
    tests = TESTS[module]
    with tempfile.TemporaryDirectory(prefix="mutation-") as tmp:
        work = Path(tmp)
        scratch_copy(work, module, tests)
        mutmut = [sys.executable, "-m", "mutmut"]
        run = subprocess.run([*mutmut, "run", "--max-children", str(children)], cwd=work,
                             capture_output=True, text=True)
        if run.returncode != 0:
            sys.stderr.write(run.stdout[-4000:] + run.stderr[-4000:])
            raise SystemExit(f"mutmut failed on {module} (exit {run.returncode})")
        results = subprocess.run([*mutmut, "results", "--all", "true"], cwd=work,
                                 capture_output=True, text=True, check=True).stdout
        rows = [line.strip() for line in results.splitlines() if ": " in line]
        killed = sum(1 for r in rows if r.endswith(": killed"))
        equivalent: list[str] = []
        survivors: list[tuple[str, str]] = []
        for row in rows:
            if row.endswith(": killed"):
                continue
            diff = subprocess.run([*mutmut, "show", row.split(": ")[0]], cwd=work,
                                  capture_output=True, text=True).stdout
            if sql_case_only(diff):
                equivalent.append(row)
            else:
                survivors.append((row, diff))
        return Result(len(rows), killed, equivalent, survivors)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("modules", nargs="*", help="paths such as reviewer/core/edits.py")
    parser.add_argument("--all", action="store_true", help="every module listed in TESTS")
    parser.add_argument("--list", action="store_true", help="print the modules and their tests")
    parser.add_argument("--max-children", type=int, default=2, help="parallel workers (2)")
    parser.add_argument("--goal", type=float, default=90.0, help="percent killed required (90)")
    parser.add_argument("--show", action="store_true", help="print each survivor's diff")
    args = parser.parse_args(argv)
    if args.list:
        for module, tests in TESTS.items():
            print(f"{module}: {' '.join(tests)}")
        return 0
    modules = list(TESTS) if args.all else args.modules
    unknown = [m for m in modules if m not in TESTS]
    if unknown or not modules:
        parser.error(f"name modules from --list (unknown: {' '.join(unknown) or 'none given'})")
    ok = True
    for module in modules:
        r = run_module(module, args.max_children)
        ok = ok and r.score >= args.goal
        print(f"{module}: {r.total} mutants, {r.killed} killed, {len(r.equivalent)} only change "
              f"the case of SQL (equivalent), {len(r.survivors)} others not killed: "
              f"{r.score:.1f}% of the rest killed")
        for row, diff in r.survivors:
            print(f"    {row}")
            if args.show:
                print("\n".join("        " + line for line in diff.splitlines()))
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
