"""Where the labelled safeguarding sets live, and which are tuned on and which are held out.

Every dev set is tuned on. dev4 onwards were each written by a helper who read no code or data and were
measured once as a held-out set before their errors were read; the classifier is trained on them too.
The held-out sets are for one-off measurements: never tune or train on them.
"""

from __future__ import annotations

from assistant.settings import PROJECT_ROOT

EVAL_DIR = PROJECT_ROOT / "data" / "eval" / "safeguarding"
TRAIN_DIR = PROJECT_ROOT / "data" / "safeguarding"  # written training sets, never held out
LAST_DEV_SET = 33  # a held-out set, once read, becomes dev34: raise this and drop it from HELD_OUT_SETS
DEV_SETS = tuple(EVAL_DIR / (f"dev{n}.jsonl" if n > 1 else "dev.jsonl") for n in range(1, LAST_DEV_SET + 1))
HELD_ONCE_DEV_SETS = DEV_SETS[3:]  # dev4 onwards
# heldout11, 14-19 and 21-28, the fifteen oldest, were read at stop 25 and are now dev19-dev33 (chosen by age,
# before any of their errors were read); heldout47-54 were written then to take their place.
HELD_OUT_SETS = tuple(EVAL_DIR / f"heldout{n}.jsonl" for n in (*range(29, 36), 38, *range(40, 55)))
