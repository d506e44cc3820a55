"""The flag model's coefficients, written by ``bench/fit_flags.py`` (do not edit).

Fitted on the tuning split by ``uv run python bench/fit_flags.py``; see :mod:`reviewer.core.flags`
for what they weigh.
"""

#: Coefficients of :func:`reviewer.core.flags.features`, in order.
WEIGHTS = (0.022, -0.291, 1.029, -0.109, -0.371, 1.235, 0.362, 1.34, 1.569, 0.714, 1.563)
INTERCEPT = -3.229
#: The features' means over right links: a reason is what lies furthest above them.
RIGHT_MEANS = (-3.52, 5.679, 0.024, 6.278, -0.022, 0.242, 0.534, 0.055, 0.007, 0.225, 0.001)
#: A two-sided link whose score is above this is flagged.
THRESHOLD = -1.92
