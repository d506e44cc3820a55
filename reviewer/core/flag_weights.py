"""The flag model's coefficients, written by ``bench/fit_flags.py`` (do not edit).

Fitted on the tuning split by ``uv run python bench/fit_flags.py``; see :mod:`reviewer.core.flags`
for what they weigh.
"""

#: Coefficients of :func:`reviewer.core.flags.features`, in order.
WEIGHTS = (0.023, -0.31, 1.05, -0.113, -0.369, 1.199, 0.336, 1.497, 1.53, 0.69)
INTERCEPT = -3.084
#: The features' means over right links: a reason is what lies furthest above them.
RIGHT_MEANS = (-3.52, 5.679, 0.024, 6.278, -0.022, 0.242, 0.534, 0.055, 0.007, 0.225)
#: A two-sided link whose score is above this is flagged.
THRESHOLD = -1.881
