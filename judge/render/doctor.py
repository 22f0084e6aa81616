"""`judge doctor` as text: which protections a worker gets on this machine, and which not."""

from __future__ import annotations

from typing import Any

PROTECTIONS = {
    "filesystem": "file-system jail (Landlock): reads only Python, its file, the harness",
    "network": "no network (Landlock TCP rules and a socket filter)",
    "network_namespace": "a network namespace of its own, with no interface",
    "capabilities": "no capabilities, even as root",
    "no_new_privs": "no new privileges (setuid binaries do not elevate)",
    "seccomp": "system-call filter (signals, ptrace, process_vm_*, mounts, bpf, ...)",
    "signals": "cannot signal any process (the judge, the reference's worker)",
    "signal_scope": "Landlock signal scope: no signal outside its own domain",
    "unix_socket_scope": "Landlock scope: no abstract UNIX socket outside its domain",
    "processes": "cannot start processes (fork, exec)",
    "drop_to_nobody": "runs as nobody (when the judge runs as root)",
    "output_cap": "output drained through a 64 KiB cap",
    "cpu_and_wall_limits": "CPU and wall-clock limits measured from outside",
}


def doctor_text(report: dict[str, Any]) -> str:
    active, missing = report.get("active", {}), report.get("missing", {})
    lines = ["Protections of a worker on this machine:"]
    for name, ok in sorted(active.items(), key=lambda item: (not item[1], item[0])):
        what = PROTECTIONS.get(name, name.replace("_", " "))
        lines.append(f"  {'yes' if ok else 'no ':<3}  {what}")
        if not ok and name in missing:
            lines.append(f"       {missing[name]}")
    for name, why in sorted(missing.items()):
        if name not in active:
            lines.append(f"  no   {PROTECTIONS.get(name, name)}\n       {why}")
    if report.get("landlock_abi"):
        lines.append(f"Landlock ABI {report['landlock_abi']}; the jail takes about "
                     f"{report.get('milliseconds', 0):.0f} ms per worker.")  # fmt: skip
    essential = ("filesystem", "network", "capabilities", "seccomp", "processes")
    if all(active.get(name) for name in essential):
        lines.append("Safe to grade other people's files here.")
    else:
        lines.append(
            "The jail is incomplete here: fine for your own code, not for strangers' files."
        )
    return "\n".join(lines)
