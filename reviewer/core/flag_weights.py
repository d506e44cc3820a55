"""The flag model's coefficients, written by ``bench/fit_flags.py`` (do not edit).

Fitted on the tuning split by ``uv run python bench/fit_flags.py``; see :mod:`reviewer.core.flags`
for what they weigh.
"""

#: Coefficients of :func:`reviewer.core.flags.features`, in order.
WEIGHTS = (0.063, -0.282, 1.517, -0.136, -0.298, 1.152, 0.486, 1.974, 1.193, 0.489)
INTERCEPT = -2.92
#: The features' means over right links: a reason is what lies furthest above them.
RIGHT_MEANS = (-3.602, 5.681, 0.024, 6.232, -0.024, 0.232, 0.533, 0.055, 0.012, 0.227)
#: A two-sided link whose score is above this is flagged.
THRESHOLD = -1.322
