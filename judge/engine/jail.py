"""The worker's jail: what a submission may touch once it runs, enforced by the kernel.

Owns the last, irreversible step a worker takes before it loads untrusted code: a Landlock
ruleset (read and execute beneath the interpreter's prefixes, its file and the harness;
everything beneath its scratch folder; nothing else; no TCP), a fresh network namespace when
it can have one, no new privileges, every capability dropped (the uid stays 0 when the judge
runs as root), and a seccomp filter refusing signals, tracing, other processes' limits and
memory, namespaces, mounts, keyrings, new processes (unless the policy allows them), sockets
other than local stream sockets, and the metadata calls Landlock cannot see (chmod, chown,
utime, xattr). Also `harden_parent`, which keeps workers out of the judge's own memory, and
`probe`, which says what this machine can enforce. It must never decide a verdict, never
import the judge or a challenge, never widen what the caller already had, and never fail
silently: `apply` reports what the kernel confirms it enforces and, for everything else, one
sentence why not.

Standard library only and cheap to import (ctypes loads only inside `apply`), since every
worker runs it under `python -I`. Linux on x86_64 and aarch64; elsewhere `apply` enforces
nothing and says so. What it cannot enforce: README, "The trust boundary".
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field

__all__ = ["JailPolicy", "JailReport", "apply", "harden_parent", "probe", "python_read_paths"]


@dataclass
class JailPolicy:
    read_paths: list[str]  # readable and executable, beneath each (a file: just that file)
    write_paths: list[str]  # every file-system right beneath each: the scratch folder only
    allow_processes: bool = False  # False: fork, vfork, clone without CLONE_THREAD, exec refused
    allow_network: bool = False  # False: no TCP, no UDP/raw/netlink sockets, no connect()


@dataclass
class JailReport:
    active: dict[str, bool] = field(default_factory=dict)
    missing: dict[str, str] = field(default_factory=dict)
    landlock_abi: int = 0
    milliseconds: float = 0.0

    def to_dict(self) -> dict:
        return {
            "active": dict(self.active),
            "missing": dict(self.missing),
            "landlock_abi": self.landlock_abi,
            "milliseconds": round(self.milliseconds, 3),
        }

    def _set(self, name: str, ok: bool, why: str = "") -> None:
        self.active[name] = ok
        if ok:
            self.missing.pop(name, None)
        else:
            self.missing[name] = why or "not enforced"


PROTECTIONS = (
    "no_new_privs",
    "filesystem",
    "network",
    "network_namespace",
    "capabilities",
    "seccomp",
    "signals",
    "signal_scope",
    "unix_socket_scope",
    "processes",
)

# -- Landlock (include/uapi/linux/landlock.h; checked against the kernel's own header, its
#    documentation, and by probing this kernel's masks in test_jail.py) -------------------
SYS_LANDLOCK_CREATE_RULESET, SYS_LANDLOCK_ADD_RULE, SYS_LANDLOCK_RESTRICT_SELF = 444, 445, 446
LANDLOCK_CREATE_RULESET_VERSION = 1 << 0
LANDLOCK_RULE_PATH_BENEATH = 1
# The file-system rights, bit 0 upwards, in the header's order; REFER came with ABI 2,
# TRUNCATE with 3, IOCTL_DEV with 5, RESOLVE_UNIX (connecting to pathname sockets) with 9.
(
    FS_EXECUTE, FS_WRITE_FILE, FS_READ_FILE, FS_READ_DIR, FS_REMOVE_DIR, FS_REMOVE_FILE,
    FS_MAKE_CHAR, FS_MAKE_DIR, FS_MAKE_REG, FS_MAKE_SOCK, FS_MAKE_FIFO, FS_MAKE_BLOCK,
    FS_MAKE_SYM, FS_REFER, FS_TRUNCATE, FS_IOCTL_DEV, FS_RESOLVE_UNIX,
) = (1 << bit for bit in range(17))  # fmt: skip
NET_BIND_TCP = 1 << 0  # ABI 4
NET_CONNECT_TCP = 1 << 1  # ABI 4
SCOPE_ABSTRACT_UNIX_SOCKET = 1 << 0  # ABI 6
SCOPE_SIGNAL = 1 << 1  # ABI 6
# The only rights a rule on a single file (not a directory) may carry.
FS_FILE_RIGHTS = FS_EXECUTE | FS_WRITE_FILE | FS_READ_FILE | FS_TRUNCATE | FS_IOCTL_DEV
FS_READ_RIGHTS = FS_EXECUTE | FS_READ_FILE | FS_READ_DIR


def _fs_rights(abi: int) -> int:
    """Every file-system right the kernel's ABI knows, all handled (denied unless granted)."""
    if abi < 1:
        return 0
    rights = (1 << 13) - 1  # ABI 1: EXECUTE .. MAKE_SYM
    if abi >= 2:
        rights |= FS_REFER
    if abi >= 3:
        rights |= FS_TRUNCATE
    if abi >= 5:
        rights |= FS_IOCTL_DEV
    if abi >= 9:
        rights |= FS_RESOLVE_UNIX
    return rights


# Always allowed, whatever the policy says: what any Python needs.
DEVICE_RULES = {  # path -> rights (files)
    "/dev/null": FS_READ_FILE | FS_WRITE_FILE | FS_TRUNCATE,
    "/dev/zero": FS_READ_FILE,
    "/dev/urandom": FS_READ_FILE,
    "/dev/random": FS_READ_FILE,
}
# The process's own /proc entries (resolved to /proc/<pid>/..., so a forked child has none).
PROC_SELF_FILES = ("status", "stat", "statm", "limits", "maps")
PROC_SELF_DIRS = ("fd",)

# -- prctl, capabilities, seccomp (include/uapi/linux/{prctl,capability,seccomp,filter}.h) -
PR_GET_DUMPABLE, PR_SET_DUMPABLE = 3, 4
PR_GET_SECCOMP, PR_SET_SECCOMP = 21, 22
PR_CAPBSET_READ, PR_CAPBSET_DROP = 23, 24
PR_SET_SECUREBITS = 28
PR_SET_NO_NEW_PRIVS, PR_GET_NO_NEW_PRIVS = 38, 39
PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL = 47, 4
# NOROOT | NOROOT_LOCKED | NO_CAP_AMBIENT_RAISE | NO_CAP_AMBIENT_RAISE_LOCKED
SECUREBITS = (1 << 0) | (1 << 1) | (1 << 6) | (1 << 7)
LINUX_CAPABILITY_VERSION_3 = 0x20080522
CAP_SYS_ADMIN = 21
CLONE_NEWNET = 0x40000000
CLONE_THREAD = 0x00010000
CLONE_NEW_ANY = 0x7E020000  # NEWNS | NEWCGROUP | NEWUTS | NEWIPC | NEWUSER | NEWPID | NEWNET
SECCOMP_SET_MODE_FILTER, SECCOMP_FILTER_FLAG_TSYNC, SECCOMP_MODE_FILTER = 1, 1, 2
RET_KILL_PROCESS, RET_ALLOW, RET_ERRNO = 0x80000000, 0x7FFF0000, 0x00050000
EPERM, ENOSYS = 1, 38
AUDIT_ARCH = {"x86_64": 0xC000003E, "aarch64": 0xC00000B7}
X32_SYSCALL_BIT = 0x40000000
# classic BPF opcodes
BPF_LD_W_ABS = 0x00 | 0x00 | 0x20
BPF_JEQ_K = 0x05 | 0x10
BPF_JGE_K = 0x05 | 0x30
BPF_JSET_K = 0x05 | 0x40
BPF_AND_K = 0x04 | 0x50
BPF_RET_K = 0x06
AF_UNIX, SOCK_STREAM, SOCK_SEQPACKET, SOCK_TYPE_MASK = 1, 1, 5, 0xF
F_SETOWN, F_SETSIG, F_SETOWN_EX = 8, 10, 15
TIOCSTI, TIOCLINUX = 0x5412, 0x541C
FS_IOC_SETFLAGS, FS_IOC_FSSETXATTR = 0x40086602, 0x401C5820
PRIO_PROCESS, IOPRIO_WHO_PROCESS = 0, 1

# Syscall numbers, name: (x86_64, aarch64), from arch/x86/entry/syscalls/syscall_64.tbl and
# asm-generic/unistd.h (aarch64's table; None where it lacks the call); numbers from 424 on
# are the same on both (COMMON_SYSCALLS).
SYSCALL_NUMBERS: dict[str, tuple[int | None, int | None]] = {
    "kill": (62, 129), "tkill": (200, 130), "tgkill": (234, 131), "rt_sigqueueinfo": (129, 138),
    "rt_tgsigqueueinfo": (297, 240), "ptrace": (101, 117), "process_vm_readv": (310, 270),
    "process_vm_writev": (311, 271), "kcmp": (312, 272), "prlimit64": (302, 261),
    "fcntl": (72, 25), "ioctl": (16, 29), "keyctl": (250, 219), "add_key": (248, 217),
    "request_key": (249, 218), "bpf": (321, 280), "perf_event_open": (298, 241),
    "userfaultfd": (323, 282), "mount": (165, 40), "umount2": (166, 39), "unshare": (272, 97),
    "setns": (308, 268), "chroot": (161, 51), "pivot_root": (155, 41), "swapon": (167, 224),
    "swapoff": (168, 225), "reboot": (169, 142), "kexec_load": (246, 104),
    "kexec_file_load": (320, 294), "init_module": (175, 105), "finit_module": (313, 273),
    "delete_module": (176, 106), "open_by_handle_at": (304, 265), "name_to_handle_at": (303, 264),
    "clock_settime": (227, 112), "settimeofday": (164, 170), "adjtimex": (159, 171),
    "clock_adjtime": (305, 266), "personality": (135, 92), "acct": (163, 89),
    "quotactl": (179, 60), "syslog": (103, 116), "sethostname": (170, 161),
    "setdomainname": (171, 162), "vhangup": (153, 58), "fanotify_init": (300, 262),
    "get_robust_list": (274, 100), "migrate_pages": (256, 238), "move_pages": (279, 239),
    "inotify_add_watch": (254, 27), "fanotify_mark": (301, 263), "setpriority": (141, 140),
    "sched_setparam": (142, 118), "sched_setscheduler": (144, 119),
    "sched_setaffinity": (203, 122), "sched_setattr": (314, 274), "ioprio_set": (251, 30),
    "uselib": (134, None), "iopl": (172, None), "ioperm": (173, None), "chmod": (90, None),
    "fchmod": (91, 52), "fchmodat": (268, 53), "chown": (92, None), "fchown": (93, 55),
    "lchown": (94, None), "fchownat": (260, 54), "utime": (132, None), "utimes": (235, None),
    "utimensat": (280, 88), "futimesat": (261, None), "setxattr": (188, 5), "lsetxattr": (189, 6),
    "fsetxattr": (190, 7), "removexattr": (197, 14), "lremovexattr": (198, 15),
    "fremovexattr": (199, 16), "shmget": (29, 194), "shmat": (30, 196), "shmctl": (31, 195),
    "semget": (64, 190), "semop": (65, 193), "semctl": (66, 191), "semtimedop": (220, 192),
    "msgget": (68, 186), "msgsnd": (69, 189), "msgrcv": (70, 188), "msgctl": (71, 187),
    "mq_open": (240, 180), "mq_unlink": (241, 181), "mq_timedsend": (242, 182),
    "mq_timedreceive": (243, 183), "mq_notify": (244, 184), "mq_getsetattr": (245, 185),
    "fork": (57, None), "vfork": (58, None), "clone": (56, 220), "execve": (59, 221),
    "execveat": (322, 281), "socket": (41, 198), "socketpair": (53, 199), "connect": (42, 203),
    "seccomp": (317, 277),
}  # fmt: skip
SYSCALLS: dict[str, dict[str, int]] = {
    machine: {name: pair[i] for name, pair in SYSCALL_NUMBERS.items() if pair[i] is not None}
    for i, machine in enumerate(("x86_64", "aarch64"))
}
COMMON_SYSCALLS = {
    "pidfd_send_signal": 424, "io_uring_setup": 425, "io_uring_enter": 426,
    "io_uring_register": 427, "open_tree": 428, "move_mount": 429, "fsopen": 430,
    "fsconfig": 431, "fsmount": 432, "fspick": 433, "pidfd_open": 434, "clone3": 435,
    "pidfd_getfd": 438, "process_madvise": 440, "mount_setattr": 442, "quotactl_fd": 443,
    "process_mrelease": 448, "fchmodat2": 452, "setxattrat": 463, "removexattrat": 466,
    "open_tree_attr": 467, "file_setattr": 469,
}  # fmt: skip
for _table in SYSCALLS.values():
    _table.update(COMMON_SYSCALLS)

# Refused outright (EPERM), whatever the policy.
DENIED = (
    # signalling and reaching into other processes
    "kill", "tkill", "tgkill", "rt_sigqueueinfo", "rt_tgsigqueueinfo", "pidfd_send_signal",
    "pidfd_open", "pidfd_getfd", "ptrace", "process_vm_readv", "process_vm_writev", "kcmp",
    "process_madvise", "process_mrelease", "get_robust_list",
    # kernel keyrings, eBPF, perf, userfaultfd, io_uring (which would bypass this filter)
    "keyctl", "add_key", "request_key", "bpf", "perf_event_open", "userfaultfd",
    "io_uring_setup", "io_uring_enter", "io_uring_register",
    # namespaces and mounts
    "mount", "umount2", "unshare", "setns", "chroot", "pivot_root", "open_tree",
    "open_tree_attr", "move_mount", "fsopen", "fsconfig", "fsmount", "fspick",
    "mount_setattr",
    # the machine itself
    "swapon", "swapoff", "reboot", "kexec_load", "kexec_file_load", "init_module",
    "finit_module", "delete_module", "open_by_handle_at", "name_to_handle_at",
    "clock_settime", "settimeofday", "adjtimex", "clock_adjtime", "acct", "quotactl",
    "quotactl_fd", "syslog", "sethostname", "setdomainname", "vhangup", "fanotify_init",
    "uselib", "iopl", "ioperm",
    # watching files outside the jail (Landlock does not gate inotify): when is a file read?
    "inotify_add_watch", "fanotify_mark",
    # file metadata, which Landlock does not govern: as uid 0 these work on every root file
    "chmod", "fchmod", "fchmodat", "fchmodat2", "chown", "fchown", "lchown", "fchownat",
    "utime", "utimes", "utimensat", "futimesat", "setxattr", "lsetxattr", "fsetxattr",
    "removexattr", "lremovexattr", "fremovexattr", "setxattrat", "removexattrat",
    "file_setattr",
    # System V IPC and POSIX message queues (shared with every other root process)
    "shmget", "shmat", "shmctl", "semget", "semop", "semctl", "semtimedop", "msgget",
    "msgsnd", "msgrcv", "msgctl", "mq_open", "mq_unlink", "mq_timedsend",
    "mq_timedreceive", "mq_notify", "mq_getsetattr",
)  # fmt: skip
# Allowed only on the calling process itself: (argument index, required value) pairs.
SELF_ONLY = {
    "prlimit64": ((0, 0),),
    "sched_setparam": ((0, 0),),
    "sched_setscheduler": ((0, 0),),
    "sched_setaffinity": ((0, 0),),
    "sched_setattr": ((0, 0),),
    "migrate_pages": ((0, 0),),
    "move_pages": ((0, 0),),
    "setpriority": ((0, PRIO_PROCESS), (1, 0)),
    "ioprio_set": ((0, IOPRIO_WHO_PROCESS), (1, 0)),
}


class JailError(RuntimeError):
    pass


# -- the seccomp program ------------------------------------------------------------------
class _Assembler:
    """Classic BPF with forward labels (every cBPF jump is forward and at most 255 long)."""

    def __init__(self) -> None:
        self.items: list[tuple] = []
        self.count = 0

    def label(self, name: str) -> None:
        self.items.append(("label", name))

    def op(self, code: int, k: int, jt: int | str = 0, jf: int | str = 0) -> None:
        self.items.append(("op", code, jt, jf, k & 0xFFFFFFFF))

    def fresh(self, stem: str) -> str:
        self.count += 1
        return f"{stem}.{self.count}"

    def assemble(self) -> list[tuple[int, int, int, int]]:
        where, index = {}, 0
        for item in self.items:
            if item[0] == "label":
                where[item[1]] = index
            else:
                index += 1
        program, index = [], 0
        for item in self.items:
            if item[0] == "label":
                continue
            _, code, jt, jf, k = item
            offsets = []
            for target in (jt, jf):
                offset = where[target] - index - 1 if isinstance(target, str) else target
                if not 0 <= offset <= 255:
                    raise JailError(f"seccomp program: jump of {offset} at {index}")
                offsets.append(offset)
            program.append((code, offsets[0], offsets[1], k))
            index += 1
        return program


def _arg_low(index: int) -> int:
    """Offset of the low 32 bits of argument `index` in struct seccomp_data (little endian)."""
    return 16 + 8 * index


def syscall_rules(machine: str, allow_processes: bool, allow_network: bool) -> dict[int, tuple]:
    """syscall number -> ("errno", n) or ("check", kind, data): what the filter does."""
    table = SYSCALLS[machine]
    rules: dict[int, tuple] = {table[name]: ("errno", EPERM) for name in DENIED if name in table}
    for name, pairs in SELF_ONLY.items():
        rules[table[name]] = ("check", "equal", pairs)
    rules[table["fcntl"]] = ("check", "deny_arg", (1, (F_SETOWN, F_SETSIG, F_SETOWN_EX)))
    rules[table["ioctl"]] = (
        "check", "deny_arg", (1, (TIOCSTI, TIOCLINUX, FS_IOC_SETFLAGS, FS_IOC_FSSETXATTR)),
    )  # fmt: skip
    rules[table["personality"]] = ("check", "equal", ((0, 0xFFFFFFFF),))  # query only
    # clone3 passes its flags in memory, which a filter cannot read: ENOSYS makes glibc fall
    # back to clone(), whose flags (argument 0 on both architectures) are checked.
    rules[table["clone3"]] = ("errno", ENOSYS)
    rules[table["clone"]] = ("check", "clone", allow_processes)
    if not allow_processes:
        for name in ("fork", "vfork", "execve", "execveat"):
            if name in table:
                rules[table[name]] = ("errno", EPERM)
    if not allow_network:
        rules[table["socket"]] = ("check", "unix_stream", None)
        rules[table["socketpair"]] = ("check", "unix_stream", None)
        rules[table["connect"]] = ("errno", EPERM)
    return rules


def _emit_check(asm: _Assembler, rule: tuple) -> None:
    """The body behind one syscall's label; it always ends in a return."""
    if rule[0] == "errno":
        asm.op(BPF_RET_K, RET_ERRNO | rule[1])
        return
    _, kind, data = rule
    deny = asm.fresh("deny")
    if kind == "equal":
        for index, value in data:
            asm.op(BPF_LD_W_ABS, _arg_low(index))
            asm.op(BPF_JEQ_K, value, 0, deny)
        asm.op(BPF_RET_K, RET_ALLOW)
    elif kind == "deny_arg":
        index, values = data
        asm.op(BPF_LD_W_ABS, _arg_low(index))
        for value in values:
            asm.op(BPF_JEQ_K, value, deny, 0)
        asm.op(BPF_RET_K, RET_ALLOW)
    elif kind == "clone":
        asm.op(BPF_LD_W_ABS, _arg_low(0))
        asm.op(BPF_JSET_K, CLONE_NEW_ANY, deny, 0)
        if not data:  # processes refused: only threads
            asm.op(BPF_JSET_K, CLONE_THREAD, 0, deny)
        asm.op(BPF_RET_K, RET_ALLOW)
    elif kind == "unix_stream":
        allow = asm.fresh("allow")
        asm.op(BPF_LD_W_ABS, _arg_low(0))
        asm.op(BPF_JEQ_K, AF_UNIX, 0, deny)
        asm.op(BPF_LD_W_ABS, _arg_low(1))
        asm.op(BPF_AND_K, SOCK_TYPE_MASK)
        asm.op(BPF_JEQ_K, SOCK_STREAM, allow, 0)
        asm.op(BPF_JEQ_K, SOCK_SEQPACKET, allow, deny)
        asm.label(allow)
        asm.op(BPF_RET_K, RET_ALLOW)
    else:  # pragma: no cover
        raise JailError(kind)
    asm.label(deny)
    asm.op(BPF_RET_K, RET_ERRNO | EPERM)


def _emit_dispatch(asm: _Assembler, rules: list[tuple[int, tuple]]) -> None:
    """A binary search on the syscall number; each leaf holds its own checks, so no jump
    is long and a syscall costs about ten comparisons."""
    if len(rules) > 6:
        middle = len(rules) // 2
        upper = asm.fresh("upper")
        asm.op(BPF_JGE_K, rules[middle][0], upper, 0)
        _emit_dispatch(asm, rules[:middle])
        asm.label(upper)
        _emit_dispatch(asm, rules[middle:])
        return
    targets = [asm.fresh(f"nr{number}") for number, _ in rules]
    for (number, _), target in zip(rules, targets, strict=True):
        asm.op(BPF_JEQ_K, number, target, 0)
    asm.op(BPF_RET_K, RET_ALLOW)
    for (_, rule), target in zip(rules, targets, strict=True):
        asm.label(target)
        _emit_check(asm, rule)


def seccomp_program(machine: str, allow_processes: bool, allow_network: bool) -> list[tuple]:
    """The filter as (code, jt, jf, k) tuples."""
    asm = _Assembler()
    asm.op(BPF_LD_W_ABS, 4)  # seccomp_data.arch
    asm.op(BPF_JEQ_K, AUDIT_ARCH[machine], 1, 0)
    asm.op(BPF_RET_K, RET_KILL_PROCESS)  # another ABI (i386 int 0x80, arm32): kill
    asm.op(BPF_LD_W_ABS, 0)  # seccomp_data.nr
    if machine == "x86_64":  # x32 syscalls carry the x86_64 audit arch: kill them too
        asm.op(BPF_JGE_K, X32_SYSCALL_BIT, 0, 1)
        asm.op(BPF_RET_K, RET_KILL_PROCESS)
    rules = sorted(syscall_rules(machine, allow_processes, allow_network).items())
    _emit_dispatch(asm, rules)
    return asm.assemble()


# -- small ctypes layer -------------------------------------------------------------------
class _Libc:
    def __init__(self) -> None:
        import ctypes
        import struct

        self.ctypes, self.struct = ctypes, struct
        self.lib = ctypes.CDLL(None, use_errno=True)
        self.lib.syscall.restype = ctypes.c_long

    def errno(self) -> int:
        return self.ctypes.get_errno()

    def why(self) -> str:
        code = self.errno()
        return f"{os.strerror(code)} (errno {code})"

    def prctl(self, option: int, *args: int) -> int:
        c = self.ctypes
        values = [c.c_ulong(a) for a in (*args, 0, 0, 0, 0)[:4]]
        return self.lib.prctl(c.c_int(option), *values)

    def syscall(self, number: int, *args) -> int:
        c = self.ctypes
        values = [a if isinstance(a, (c.Array, c._Pointer)) else c.c_long(a) for a in args]
        return self.lib.syscall(c.c_long(number), *values)


def _machine() -> str:
    return os.uname().machine if hasattr(os, "uname") else ""


def _landlock_abi(libc: _Libc) -> int:
    version = libc.syscall(SYS_LANDLOCK_CREATE_RULESET, 0, 0, LANDLOCK_CREATE_RULESET_VERSION)
    return max(int(version), 0)


def _status_fields() -> dict[str, str]:
    fields = {}
    with open("/proc/self/status") as handle:
        for line in handle:
            key, _, value = line.partition(":")
            fields[key] = value.strip()
    return fields


def _real(path: str) -> str:
    return os.path.realpath(path)


def python_read_paths() -> list[str]:
    """What a Python worker must be able to read after the jail: the interpreter's prefixes
    (a venv's and its base interpreter's), the standard library, site-packages (numpy,
    scipy), and the system's shared libraries that extension modules link against. Call it
    in the parent (or anywhere the interpreter is the worker's); never includes sys.path
    entries such as the current folder or a project checkout."""
    import sysconfig

    found: list[str] = []
    candidates = [sys.prefix, sys.base_prefix, sys.exec_prefix, sys.base_exec_prefix]
    paths = sysconfig.get_paths()
    candidates += [paths.get(key, "") for key in ("stdlib", "platstdlib", "purelib", "platlib")]
    try:
        import site

        candidates += site.getsitepackages()
    except (ImportError, AttributeError):  # an embedded or -S interpreter
        pass
    candidates.append(os.path.dirname(_real(sys.executable)))
    multiarch = sysconfig.get_config_var("MULTIARCH") or ""
    for root in ("/lib", "/usr/lib"):
        if multiarch:
            candidates.append(os.path.join(root, multiarch))
    candidates += ["/lib64", "/usr/lib64", "/etc/ld.so.cache"]
    for path in candidates:
        if not path or not os.path.exists(path):
            continue
        for variant in (os.path.abspath(path), _real(path)):
            if variant != "/" and variant not in found:
                found.append(variant)
    return found


def _inside(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def without(paths: list[str], hidden: list[str]) -> list[str]:
    """`paths` with the folders `hidden` cut out of them. Landlock only grants (it cannot
    grant a folder but one of its subfolders), so a path that holds a hidden folder is
    replaced by its entries, level by level down to the hidden one, which is left out. An
    installed judge lives in site-packages, which a worker must read: this keeps the judge's
    own package and the challenge packages (references, tests) out of its reach."""
    hidden = [_real(folder) for folder in hidden]
    kept: list[str] = []
    for path in paths:
        real = _real(path)
        inner = [folder for folder in hidden if _inside(folder, real)]
        if not inner:
            kept.append(path)
        elif real not in inner and os.path.isdir(real):
            try:
                entries = sorted(entry.path for entry in os.scandir(real))
            except OSError:
                continue
            kept.extend(without(entries, inner))
    return [path for path in kept if not any(_inside(_real(path), f) for f in hidden)]


# -- the steps of apply() -----------------------------------------------------------------
def _open_rules(policy: JailPolicy, report: JailReport) -> tuple[list, list[int]]:
    """Open every path with O_PATH while we still may; (fd, rights-or-None, is_dir)."""
    opened: list[tuple[int, int | None, bool]] = []
    pinned: list[int] = []

    def add(path: str, rights: int | None, pin: bool = False) -> None:
        try:
            fd = os.open(path, os.O_PATH | os.O_CLOEXEC)
        except OSError:
            return  # a path that does not exist grants nothing
        try:
            is_dir = _is_dir(fd)
        except OSError:
            is_dir = False
        opened.append((fd, rights, is_dir))
        if pin:
            pinned.append(fd)

    for path in policy.read_paths:
        add(path, FS_READ_RIGHTS)
    for path in policy.write_paths:
        add(path, None)  # None: every handled right
    for path, rights in DEVICE_RULES.items():
        add(path, rights)
    # Pinned (kept open) because a procfs dentry can otherwise be dropped and re-made with a
    # new inode, which the rule would no longer match.
    pid = os.getpid()
    for name in PROC_SELF_FILES:
        add(f"/proc/{pid}/{name}", FS_READ_FILE, pin=True)
    for name in PROC_SELF_DIRS:
        add(f"/proc/{pid}/{name}", FS_READ_RIGHTS, pin=True)
    return opened, pinned


def _is_dir(fd: int) -> bool:
    import stat

    return stat.S_ISDIR(os.fstat(fd).st_mode)


def _landlock(libc: _Libc, abi: int, opened: list, policy: JailPolicy, report: JailReport):
    if abi < 1:
        for name in ("filesystem", "signal_scope", "unix_socket_scope"):
            report._set(name, False, "the kernel has no Landlock (needs 5.13+, enabled at boot)")
        return False, False
    c, struct = libc.ctypes, libc.struct
    handled_fs = _fs_rights(abi)
    handled_net = 0 if policy.allow_network or abi < 4 else NET_BIND_TCP | NET_CONNECT_TCP
    scoped = SCOPE_SIGNAL | SCOPE_ABSTRACT_UNIX_SOCKET if abi >= 6 else 0
    size = 8 if abi < 4 else 16 if abi < 6 else 24
    attr = c.create_string_buffer(struct.pack("=QQQ", handled_fs, handled_net, scoped)[:size])
    ruleset = libc.syscall(SYS_LANDLOCK_CREATE_RULESET, attr, size, 0)
    if ruleset < 0:
        why = f"landlock_create_ruleset failed: {libc.why()}"
        for name in ("filesystem", "signal_scope", "unix_socket_scope"):
            report._set(name, False, why)
        return False, False
    try:
        for fd, rights, is_dir in opened:
            allowed = handled_fs if rights is None else rights & handled_fs
            if not is_dir:
                allowed &= FS_FILE_RIGHTS
            rule = c.create_string_buffer(struct.pack("=Qi", allowed, fd), 12)
            if libc.syscall(SYS_LANDLOCK_ADD_RULE, ruleset, LANDLOCK_RULE_PATH_BENEATH, rule, 0):
                raise JailError(f"landlock_add_rule failed: {libc.why()}")
        if libc.syscall(SYS_LANDLOCK_RESTRICT_SELF, ruleset, 0):
            raise JailError(f"landlock_restrict_self failed: {libc.why()}")
    except JailError as exc:
        for name in ("filesystem", "signal_scope", "unix_socket_scope"):
            report._set(name, False, str(exc))
        return False, False
    finally:
        os.close(ruleset)
    report._set("filesystem", True)
    if scoped:
        report._set("signal_scope", True)
        report._set("unix_socket_scope", True)
    else:
        why = f"Landlock ABI {abi} has no scopes (needs ABI 6, Linux 6.12)"
        report._set("signal_scope", False, why)
        report._set("unix_socket_scope", False, why)
    return True, bool(handled_net)


def _drop_capabilities(libc: _Libc) -> str:
    """Empty the bounding, ambient, effective, permitted and inheritable sets; lock root out
    of regaining them on exec. Returns "" or why something could not be dropped."""
    c = libc.ctypes
    problems = []
    for cap in range(64):
        if libc.prctl(PR_CAPBSET_READ, cap) < 0:
            break  # past CAP_LAST_CAP
        if libc.prctl(PR_CAPBSET_READ, cap) == 1 and libc.prctl(PR_CAPBSET_DROP, cap) != 0:
            problems.append(f"bounding set: {libc.why()}")
            break
    libc.prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL)
    libc.prctl(PR_SET_SECUREBITS, SECUREBITS)  # needs CAP_SETPCAP: best effort
    header = (c.c_uint32 * 2)(LINUX_CAPABILITY_VERSION_3, 0)
    data = (c.c_uint32 * 6)()
    if libc.lib.capset(header, data) != 0:
        problems.append(f"capset: {libc.why()}")
    return "; ".join(problems)


def _install_seccomp(libc: _Libc, machine: str, policy: JailPolicy) -> str:
    c, struct = libc.ctypes, libc.struct
    program = seccomp_program(machine, policy.allow_processes, policy.allow_network)
    code = c.create_string_buffer(b"".join(struct.pack("=HBBI", *ins) for ins in program))

    class SockFprog(c.Structure):
        _fields_ = (("len", c.c_ushort), ("filter", c.c_void_p))

    fprog = SockFprog(len(program), c.addressof(code))
    number = SYSCALLS[machine]["seccomp"]
    pointer = c.cast(c.pointer(fprog), c.POINTER(c.c_char))
    if libc.syscall(number, SECCOMP_SET_MODE_FILTER, SECCOMP_FILTER_FLAG_TSYNC, pointer) == 0:
        return ""
    first = libc.why()
    if libc.prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, c.addressof(fprog)) == 0:
        return ""
    return f"seccomp filter refused: {first}; prctl: {libc.why()}"


def _all_missing(why: str) -> JailReport:
    report = JailReport()
    for name in PROTECTIONS:
        report._set(name, False, why)
    return report


LAYERS = frozenset({"netns", "landlock", "capabilities", "seccomp"})


def apply(policy: JailPolicy, *, layers: frozenset[str] = LAYERS) -> JailReport:
    """Jail the calling process, for good. Call it once, single-threaded, right before the
    untrusted code is loaded; everything it needs later must be beneath policy.read_paths
    (or already open, or already imported). `layers` leaves some out: only for tests that
    prove each layer holds on its own, and for diagnosis."""
    import time

    started = time.perf_counter()
    machine = _machine()
    if not sys.platform.startswith("linux") or machine not in SYSCALLS:
        return _all_missing(f"the jail needs Linux on x86_64 or aarch64 (this is "
                            f"{sys.platform} on {machine or 'an unknown machine'})")  # fmt: skip
    threads = os.listdir("/proc/self/task")
    if len(threads) != 1:  # Landlock, capabilities and no_new_privs are per thread
        raise JailError(f"jail.apply needs a single-threaded process, this one has {len(threads)}")
    libc = _Libc()
    report = JailReport()
    abi = report.landlock_abi = _landlock_abi(libc)
    opened, pinned = _open_rules(policy, report)

    netns = False
    if policy.allow_network:
        report._set("network_namespace", False, "allowed by the policy (allow_network=True)")
    elif "netns" not in layers:
        report._set("network_namespace", False, "left out (layers)")
    elif libc.prctl(PR_CAPBSET_READ, CAP_SYS_ADMIN) == 1 and os.geteuid() == 0:
        netns = libc.lib.unshare(CLONE_NEWNET) == 0
        report._set("network_namespace", netns, f"unshare(CLONE_NEWNET) failed: {libc.why()}")
    else:
        report._set("network_namespace", False, "needs CAP_SYS_ADMIN (not running as root)")

    if libc.prctl(PR_SET_NO_NEW_PRIVS, 1) != 0:
        report._set("no_new_privs", False, f"PR_SET_NO_NEW_PRIVS failed: {libc.why()}")
    tcp_denied = False
    if "landlock" in layers:
        _, tcp_denied = _landlock(libc, abi, opened, policy, report)
    else:
        for name in ("filesystem", "signal_scope", "unix_socket_scope"):
            report._set(name, False, "left out (layers)")
    for fd, _, _ in opened:
        if fd not in pinned:
            os.close(fd)

    cap_problem = _drop_capabilities(libc) if "capabilities" in layers else "left out (layers)"
    if "seccomp" in layers:
        seccomp_problem = _install_seccomp(libc, machine, policy)
    else:
        seccomp_problem = "left out (layers)"
    seccomp_ok = not seccomp_problem
    report._set("seccomp", seccomp_ok, seccomp_problem)

    # What the kernel now says about us, not what we believe we did.
    try:
        status = _status_fields()
    except OSError as exc:
        status = {}
        report._set("capabilities", False, f"could not read /proc/self/status: {exc}")
    if status:
        caps = {key: int(status.get(key, "1"), 16) for key in ("CapInh", "CapPrm", "CapEff",
                                                               "CapAmb", "CapBnd")}  # fmt: skip
        nnp = status.get("NoNewPrivs") == "1"
        report._set("no_new_privs", nnp, report.missing.get("no_new_privs", "not set"))
        held = [key for key in ("CapInh", "CapPrm", "CapEff", "CapAmb") if caps[key]]
        if caps["CapBnd"] and not nnp:
            held.append("CapBnd")
        why = f"still held: {', '.join(held)}" + (f" ({cap_problem})" if cap_problem else "")
        report._set("capabilities", not held, why)
        if seccomp_ok and status.get("Seccomp") != "2":
            report._set("seccomp", False, "the filter is not in force (Seccomp != 2)")
            seccomp_ok = False

    if seccomp_ok:
        report._set("signals", True)
    elif report.active.get("signal_scope"):
        report._set("signals", True)  # Landlock scoping alone still keeps signals inside
    else:
        report._set("signals", False, "needs the seccomp filter or Landlock ABI 6")
    if policy.allow_processes:
        report._set("processes", False, "allowed by the policy (allow_processes=True)")
    else:
        report._set("processes", seccomp_ok, "needs the seccomp filter")
    if policy.allow_network:
        report._set("network", False, "allowed by the policy (allow_network=True)")
    else:
        layers = [seccomp_ok, tcp_denied or netns]
        if all(layers):
            report._set("network", True)
        elif not seccomp_ok:
            report._set("network", False, "needs the seccomp socket filter (UDP/raw sockets)")
        else:
            report._set("network", False, f"Landlock ABI {abi} has no TCP rules (needs ABI 4)"
                        " and no network namespace could be made")  # fmt: skip
    report.milliseconds = (time.perf_counter() - started) * 1000
    return report


_PROBE_CODE = r"""
import importlib.util, json, os, sys, tempfile
spec = importlib.util.spec_from_file_location("_jail_probe", sys.argv[1])
jail = sys.modules[spec.name] = importlib.util.module_from_spec(spec)
spec.loader.exec_module(jail)
scratch = tempfile.mkdtemp(prefix="jail-probe-")
policy = jail.JailPolicy(read_paths=json.loads(sys.argv[2]), write_paths=[scratch])
report = jail.apply(policy)
print(json.dumps(report.to_dict()))
"""


def probe() -> JailReport:
    """What apply() can enforce here, found by applying it in a throwaway child process
    (this process is left as it was). For `judge doctor`."""
    machine = _machine()
    if not sys.platform.startswith("linux") or machine not in SYSCALLS:
        return _all_missing(f"the jail needs Linux on x86_64 or aarch64 (this is "
                            f"{sys.platform} on {machine or 'an unknown machine'})")  # fmt: skip
    import json
    import shutil
    import subprocess
    import tempfile

    home = tempfile.mkdtemp(prefix="jail-probe-home-")
    try:
        run = subprocess.run(
            [sys.executable, "-I", "-c", _PROBE_CODE, os.path.abspath(__file__),
             json.dumps(python_read_paths())],
            capture_output=True, timeout=30, cwd=home, env={"TMPDIR": home},
            stdin=subprocess.DEVNULL,
        )  # fmt: skip
        data = json.loads(run.stdout.decode().strip().splitlines()[-1])
    except (OSError, ValueError, IndexError, subprocess.SubprocessError) as exc:
        return _all_missing(f"the probe process failed: {exc}")
    finally:
        shutil.rmtree(home, ignore_errors=True)
    report = JailReport(data["active"], data["missing"], data["landlock_abi"],
                        data["milliseconds"])  # fmt: skip
    return report


def harden_parent() -> None:
    """For the judge process itself: not dumpable, so that no worker (same uid, no
    capabilities) can ptrace it or open its /proc/<pid>/mem, environ, fd or maps. Also
    means no core dump of the judge. Idempotent; a no-op off Linux."""
    if not sys.platform.startswith("linux"):
        return
    libc = _Libc()
    if libc.prctl(PR_SET_DUMPABLE, 0) != 0 or libc.prctl(PR_GET_DUMPABLE) != 0:
        raise JailError(f"PR_SET_DUMPABLE failed: {libc.why()}")
