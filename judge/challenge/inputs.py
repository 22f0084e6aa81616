"""Large inputs for the performance and memory tiers, generated once and cached.

A challenge's `perf.py` defines `generate(size, rng, folder, **params) -> list` (the call's
arguments as plain data; file-based challenges write their files into `folder` and return
paths). `params` are the keywords the asking tier gives in challenge.toml (`params`,
`size_params`): what shape of input that tier wants, said by the tier rather than guessed
by the generator from the size; a tier without them calls `generate(size, rng, folder)`.
The result is pickled under the cache folder, keyed by challenge, version, the generator's
own source, seed, size and params, with a manifest of every file's size and SHA-256, keyed
with the salt (HMAC): an entry whose content changed since it was written is rebuilt
instead of trusted, and without the salt no writer can forge a manifest that matches. (What
keeps submissions away from the cache is the jail; this catches what got past it.) Only
the judge writes here; workers get copies. With a salt (a secret of
the installation, kept in the state folder where no worker can read it), the seed a package
names is mixed with it, so a submission cannot know the inputs beforehand (and answer from a
table).
"""

from __future__ import annotations

import fcntl
import hashlib
import hmac
import json
import pickle
import random
import shutil
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from judge.challenge.catalog import Challenge
from judge.challenge.code import load_generator

MANIFEST = "manifest.json"


def _file_digest(path: Path, key: str) -> str:
    """SHA-256 of the content, keyed with the salt (HMAC): where the cache is salted, a writer
    that could reach it cannot forge a matching manifest without the salt."""
    digest = hmac.new(key.encode(), digestmod=hashlib.sha256)
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _manifest(folder: Path, key: str) -> dict[str, list]:
    return {
        entry.name: [entry.stat().st_size, _file_digest(entry, key)]
        for entry in sorted(folder.iterdir(), key=lambda e: e.name)
        if entry.name != MANIFEST and entry.is_file() and not entry.is_symlink()
    }


def _valid(folder: Path, key: str) -> bool:
    try:
        recorded = json.loads((folder / MANIFEST).read_text())
        return recorded == _manifest(folder, key)
    except (OSError, ValueError):
        return False


def _generator_hash(challenge: Challenge) -> str:
    """Part of the cache key: editing perf.py or harness.py invalidates what they made."""
    digest = hashlib.sha256()
    for path in (challenge.path("perf.py"), challenge.harness_file):
        if path is not None:
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def salted_seed(seed: int, salt: str) -> int:
    """The seed inputs are generated from: the package's, mixed with the salt if any."""
    if not salt:
        return seed
    return int(hashlib.sha256(f"{salt}:{seed}".encode()).hexdigest()[:15], 16)


def input_file(
    challenge: Challenge,
    size: int,
    seed: int,
    cache: Path,
    params: Mapping[str, Any] | None = None,
    salt: str = "",
) -> Path:
    """The pickled arguments for one size (and the tier's params) under the cache folder
    `cache`, generating them if needed."""
    params = dict(params or {})
    seed = salted_seed(seed, salt)
    key = f"v{challenge.version}-{_generator_hash(challenge)}-seed{seed}-n{size}"
    if params:  # without params the key stays as it was: existing caches remain valid
        text = json.dumps(params, sort_keys=True, ensure_ascii=False)
        key += "-p" + hashlib.sha256(text.encode()).hexdigest()[:12]
    folder = cache / challenge.module_name / key
    folder.parent.mkdir(parents=True, exist_ok=True)
    # One writer at a time per entry; the manifest, written last, marks it complete.
    with open(folder.with_name(folder.name + ".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not _valid(folder, salt):
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir()
            data = load_generator(challenge).generate(size, random.Random(seed), folder, **params)
            with open(folder / "input.pkl", "wb") as handle:
                pickle.dump(data, handle, protocol=pickle.HIGHEST_PROTOCOL)
            for entry in folder.iterdir():  # readable by a worker that dropped privileges
                entry.chmod(0o644)
            (folder / MANIFEST).write_text(json.dumps(_manifest(folder, salt)))
    return folder / "input.pkl"
