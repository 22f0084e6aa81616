"""The trust boundary, tier-agnostic: spawning, limiting, timing and killing workers; the
worker script in which a submission runs; the canonical encoding of values that cross the
boundary; the default harness.

It never imports a challenge's reference, a property test or anything that decides a verdict:
it runs code and reports what happened, and the layers above judge it.
"""
