"""Held-out evaluation of the human-version aligner (see ``bench/alignment_heldout.py``).

``corpus`` loads WMT23 / NTREX-128 documents as paired units and decides the tuning / held-out
split; ``edits`` edits each human version the way a newsroom does and keeps the gold pairing;
``gold`` turns what the pipeline segmented into gold links; ``score`` counts and bootstraps.
"""
