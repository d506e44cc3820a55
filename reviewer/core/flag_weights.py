"""The flag model's coefficients, written by ``bench/fit_flags.py`` (do not edit).

Fitted on the tuning split by ``uv run python bench/fit_flags.py``; see :mod:`reviewer.core.flags`
for what they weigh.
"""

#: Coefficients of :func:`reviewer.core.flags.features`, in order.
WEIGHTS = (0.019, -0.281, 1.2, -0.115, -0.336, 1.257, 0.377, 1.282, 1.597, 0.729, 1.093)
INTERCEPT = -3.299
#: The features' means over right links: a reason is what lies furthest above them.
RIGHT_MEANS = (-3.514, 5.675, 0.024, 6.268, -0.023, 0.241, 0.534, 0.055, 0.007, 0.225, 0.001)
#: A two-sided link whose score is above this is flagged.
THRESHOLD = -1.966
