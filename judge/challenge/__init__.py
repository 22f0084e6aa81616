"""The challenge package format: discovery and validation of challenge folders, the input
cache of the performance and memory tiers, importing a package's trusted files, and the
authoring API that `test_properties.py` files import.

It never runs a submission and never decides a verdict; it knows nothing of the workspace or
the state folder (callers hand it the folders it may write).
"""
