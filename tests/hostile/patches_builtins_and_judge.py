# expect: RE
# Tries to make every comparison succeed inside the worker. The parent compares, not the
# worker, so at best it breaks the worker itself: a runtime error, never a pass.
import builtins
import sys

builtins.isinstance = lambda *args: True
for name, module in list(sys.modules.items()):
    if name.startswith("judge"):
        for attr in ("strict_equal", "results_match"):
            if hasattr(module, attr):
                setattr(module, attr, lambda *args: True)


def has_zero_sum_pair(nums):
    return True
