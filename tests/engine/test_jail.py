"""Each protection of the worker's jail (judge/engine/jail.py) proved the only way that
counts: a child Python applies the jail, then tries the attack, and reports what the kernel
said (errno names, or "ok"). The hostile submissions (tests/hostile/) try the same holes
through the whole judge."""

from __future__ import annotations

import errno
import json
import os
import signal
import socket
import struct
import subprocess
import sys
import sysconfig
import textwrap
import time
from pathlib import Path

import pytest

from judge.engine import jail

# The children load jail.py as a plain module from its folder, the way a worker can use it
# under -I without the package.
HERE = Path(jail.__file__).resolve().parent

LINUX = sys.platform.startswith("linux") and os.uname().machine in jail.SYSCALLS
pytestmark = pytest.mark.skipif(not LINUX, reason="the jail enforces only on Linux")


def _abi() -> int:
    return jail._landlock_abi(jail._Libc()) if LINUX else 0


ABI = _abi()
ROOT = LINUX and os.geteuid() == 0


def needs_abi(version: int) -> pytest.MarkDecorator:
    return pytest.mark.skipif(version > ABI, reason=f"needs Landlock ABI {version}")


needs_root = pytest.mark.skipif(not ROOT, reason="needs to run as root")
DENIED = {"EACCES", "EPERM"}

CHILD = r'''
import ctypes, errno, json, os, sys
sys.path.insert(0, {jail_dir!r})
import jail
libc = ctypes.CDLL(None, use_errno=True)
libc.syscall.restype = ctypes.c_long
NR = jail.SYSCALLS[os.uname().machine]
results = {{}}

def attempt(name, action):
    try:
        value = action()
        results[name] = value if isinstance(value, str) else "ok"
    except OSError as exc:
        results[name] = errno.errorcode.get(exc.errno, str(exc.errno))
    except BaseException as exc:
        results[name] = type(exc).__name__ + ": " + str(exc)

def sys_call(name, *args):
    """A raw syscall; raises OSError like the os module would."""
    number = NR[name] if isinstance(name, str) else name
    args = [ctypes.c_long(a) if isinstance(a, int) else a for a in args]
    result = libc.syscall(ctypes.c_long(number), *args)
    if result < 0:
        code = ctypes.get_errno()
        raise OSError(code, os.strerror(code))
    return None

def read(path):
    with open(path, "rb") as handle:
        handle.read(1)

def write(path):
    with open(path, "w") as handle:
        handle.write("x")

{setup}
policy = jail.JailPolicy(read_paths={read_paths!r}, write_paths={write_paths!r},
                         allow_processes={allow_processes!r}, allow_network={allow_network!r})
report = jail.apply(policy, layers=frozenset({layers!r}))
results["__report__"] = report.to_dict()
{body}
with open({out!r}, "w") as handle:
    json.dump(results, handle)
'''


class Jailed:
    """Runs one child: setup (before the jail), then body (after it)."""

    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.scratch = tmp / "scratch"
        self.scratch.mkdir(exist_ok=True)
        self.submission = tmp / "submissions" / "solution.py"
        self.submission.parent.mkdir(exist_ok=True)
        self.submission.write_text("def solve():\n    return 42\n")
        (self.submission.parent / "someone_else.py").write_text("SECRET = 1\n")
        self.harness = tmp / "challenge" / "harness.py"
        self.harness.parent.mkdir(exist_ok=True)
        self.harness.write_text("HOOKS = {}\n")
        (self.harness.parent / "reference.py").write_text("def solve():\n    return 42\n")
        self.secret = tmp / "secret.txt"
        self.secret.write_text("the reference answer\n")

    def run(
        self,
        body: str,
        setup: str = "",
        allow_processes: bool = False,
        allow_network: bool = False,
        layers: frozenset[str] = jail.LAYERS,
        extra_read: tuple[str, ...] = (),
        expect_exit: int = 0,
    ) -> dict:
        out = self.tmp / f"out-{time.monotonic_ns()}.json"
        read_paths = [*jail.python_read_paths(), str(self.submission), str(self.harness)]
        read_paths += list(extra_read)
        code = CHILD.format(
            jail_dir=str(HERE), setup=textwrap.dedent(setup), body=textwrap.dedent(body),
            read_paths=read_paths, write_paths=[str(self.scratch)], layers=sorted(layers),
            allow_processes=allow_processes, allow_network=allow_network,
            out=str(self.scratch / out.name),
        )  # fmt: skip
        run = subprocess.run(
            [sys.executable, "-I", "-c", code], cwd=self.scratch, capture_output=True,
            timeout=120, env={"PATH": "/usr/bin:/bin", "TMPDIR": str(self.scratch)},
            stdin=subprocess.DEVNULL,
        )  # fmt: skip
        assert run.returncode == expect_exit, run.stderr.decode()[-3000:]
        if expect_exit:
            return {}
        return json.loads((self.scratch / out.name).read_text())


@pytest.fixture(scope="module")
def jailed(tmp_path_factory) -> Jailed:
    return Jailed(tmp_path_factory.mktemp("jail"))


# -- what the kernel accepts: the constants, checked against this kernel -------------------
@needs_abi(5)
def test_landlock_masks_match_this_kernel():
    """Every bit we handle is known to the kernel, and the next one is not: a wrong
    constant would show up here instead of silently weakening the jail."""
    libc = jail._Libc()
    c, struct_ = libc.ctypes, libc.struct

    def create(fs: int, net: int = 0, scoped: int = 0) -> int:
        attr = c.create_string_buffer(struct_.pack("=QQQ", fs, net, scoped), 24)
        fd = libc.syscall(444, attr, 24 if ABI >= 6 else 16, 0)
        if fd >= 0:
            os.close(fd)
            return 0
        return libc.errno()

    fs = jail._fs_rights(ABI)
    assert fs == (1 << 16) - 1 or ABI >= 9
    assert create(fs) == 0
    if ABI <= 8:
        assert create(fs | (1 << 16)) == errno.EINVAL
        assert create(fs, jail.NET_BIND_TCP | jail.NET_CONNECT_TCP) == 0
        assert create(fs, 1 << 2) == errno.EINVAL
    if 6 <= ABI <= 8:
        assert create(fs, 0, jail.SCOPE_SIGNAL | jail.SCOPE_ABSTRACT_UNIX_SOCKET) == 0
        assert create(fs, 0, 1 << 2) == errno.EINVAL


def _run_bpf(program, nr, arch, args=(0,) * 6):
    """A tiny classic-BPF interpreter over struct seccomp_data, to check both programs."""
    data = struct.pack("=iIQ6Q", nr, arch, 0, *args)
    acc, pc = 0, 0
    while True:
        code, jt, jf, k = program[pc]
        if code == jail.BPF_LD_W_ABS:
            acc = struct.unpack_from("=I", data, k)[0]
        elif code == jail.BPF_AND_K:
            acc &= k
        elif code == jail.BPF_RET_K:
            return k
        elif code in (jail.BPF_JEQ_K, jail.BPF_JGE_K, jail.BPF_JSET_K):
            hit = {jail.BPF_JEQ_K: acc == k, jail.BPF_JGE_K: acc >= k, jail.BPF_JSET_K: acc & k}
            pc += jt if hit[code] else jf
        else:
            raise AssertionError(f"unknown opcode {code:#x}")
        pc += 1


EPERM_RET = jail.RET_ERRNO | errno.EPERM


@pytest.mark.parametrize("machine", sorted(jail.SYSCALLS))
@pytest.mark.parametrize("processes", [False, True])
@pytest.mark.parametrize("network", [False, True])
def test_seccomp_program_decides_as_documented(machine, processes, network):
    program = jail.seccomp_program(machine, processes, network)
    arch = jail.AUDIT_ARCH[machine]
    nr = jail.SYSCALLS[machine]
    run = lambda name, *args: _run_bpf(program, nr[name], arch, (*args, 0, 0, 0, 0, 0, 0)[:6])  # noqa: E731
    assert len(program) < 400
    assert _run_bpf(program, nr["kill"], 0x40000003) == jail.RET_KILL_PROCESS  # i386 ABI
    for name in jail.DENIED:
        if name in nr:
            assert run(name) == EPERM_RET, name
    for harmless in ("read", "write", "mmap", "futex", "getpid", "openat"):
        number = {"x86_64": {"read": 0, "write": 1, "mmap": 9, "futex": 202, "getpid": 39,
                             "openat": 257},
                  "aarch64": {"read": 63, "write": 64, "mmap": 222, "futex": 98, "getpid": 172,
                              "openat": 56}}[machine][harmless]  # fmt: skip
        assert _run_bpf(program, number, arch) == jail.RET_ALLOW, harmless
    assert run("prlimit64", 0) == jail.RET_ALLOW
    assert run("prlimit64", 1234) == EPERM_RET
    assert run("setpriority", 0, 0) == jail.RET_ALLOW
    assert run("setpriority", 2, 0) == EPERM_RET  # PRIO_USER 0: every root process
    assert run("personality", 0xFFFFFFFF) == jail.RET_ALLOW
    assert run("personality", 0x0040000) == EPERM_RET
    assert run("fcntl", 3, 3) == jail.RET_ALLOW  # F_GETFL
    assert run("fcntl", 3, jail.F_SETOWN) == EPERM_RET
    assert run("ioctl", 0, jail.TIOCSTI) == EPERM_RET
    assert run("ioctl", 0, 0x5401) == jail.RET_ALLOW  # TCGETS
    assert run("clone3") == jail.RET_ERRNO | errno.ENOSYS
    thread = 0x3D0F00  # what glibc's pthread_create passes
    assert run("clone", thread) == jail.RET_ALLOW
    assert run("clone", thread | 0x10000000) == EPERM_RET  # CLONE_NEWUSER
    fork = 0x01200011  # CLONE_CHILD_SETTID | CLONE_CHILD_CLEARTID | SIGCHLD
    assert run("clone", fork) == (jail.RET_ALLOW if processes else EPERM_RET)
    assert run("clone", 0x4111) == (jail.RET_ALLOW if processes else EPERM_RET)  # vfork
    assert run("execve") == (jail.RET_ALLOW if processes else EPERM_RET)
    if machine == "x86_64":
        assert _run_bpf(program, 0x40000000 | 39, arch) == jail.RET_KILL_PROCESS  # x32
        assert run("fork") == (jail.RET_ALLOW if processes else EPERM_RET)
    unix_stream = run("socket", 1, 1 | 0o2000000)  # AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC
    assert unix_stream == jail.RET_ALLOW
    for family, kind in ((2, 1), (2, 2), (10, 1), (10, 2), (17, 3), (16, 3), (1, 2)):
        expected = jail.RET_ALLOW if network else EPERM_RET
        assert run("socket", family, kind) == expected, (family, kind)
        assert run("socketpair", family, kind) == expected
    assert run("connect") == (jail.RET_ALLOW if network else EPERM_RET)


# -- the whole jail, attack by attack ------------------------------------------------------
@pytest.fixture(scope="module")
def fs_results(jailed: Jailed) -> dict:
    reference = Path(__file__).resolve().parent.parent / "challenges" / "max_subarray"
    reference = str(reference / "reference.py")
    beside_harness = str(jailed.harness.parent / "reference.py")
    other = str(jailed.submission.parent / "someone_else.py")
    purelib = sysconfig.get_paths()["purelib"]
    body = f"""
    attempt("read_own_submission", lambda: read({str(jailed.submission)!r}))
    attempt("read_harness", lambda: read({str(jailed.harness)!r}))
    attempt("read_reference_beside_harness", lambda: read({beside_harness!r}))
    attempt("read_other_submission", lambda: read({other!r}))
    attempt("read_secret_in_tmp", lambda: read({str(jailed.secret)!r}))
    exists = os.path.exists({reference!r})
    attempt("read_project_reference", lambda: read({reference!r}) if exists else "absent")
    attempt("read_jail_source", lambda: read({str(HERE / "jail.py")!r}))
    attempt("read_etc_passwd", lambda: read("/etc/passwd"))
    attempt("list_root", lambda: os.listdir("/"))
    attempt("list_tmp", lambda: os.listdir({str(jailed.tmp)!r}))
    attempt("list_scratch", lambda: os.listdir("."))
    attempt("write_tmp", lambda: write({str(jailed.tmp / "dropped.txt")!r}))
    attempt("write_site_packages", lambda: write(os.path.join({purelib!r}, "x")))
    attempt("write_submission", lambda: write({str(jailed.submission)!r}))
    attempt("truncate_submission", lambda: os.truncate({str(jailed.submission)!r}, 0))
    attempt("write_scratch", lambda: write("mine.txt"))
    attempt("mkdir_scratch", lambda: os.makedirs("sub/deeper"))
    attempt("rename_in_scratch", lambda: os.rename("mine.txt", "sub/deeper/mine.txt"))
    outside = {str(jailed.tmp / "out.txt")!r}
    attempt("rename_out_of_scratch", lambda: os.rename("sub/deeper/mine.txt", outside))
    attempt("hardlink_secret_in", lambda: os.link({str(jailed.secret)!r}, "secret-link"))
    os.symlink({str(jailed.secret)!r}, "secret-sym")
    attempt("symlink_then_read", lambda: read("secret-sym"))
    attempt("read_via_proc_root", lambda: read("/proc/self/root" + {str(jailed.secret)!r}))
    attempt("read_parent_environ", lambda: read(f"/proc/{{os.getppid()}}/environ"))
    attempt("read_parent_mem", lambda: read(f"/proc/{{os.getppid()}}/mem"))
    attempt("read_init_cmdline", lambda: read("/proc/1/cmdline"))
    attempt("read_proc_self_status", lambda: read("/proc/self/status"))
    attempt("list_proc_self_fd", lambda: os.listdir("/proc/self/fd"))
    attempt("write_dev_null", lambda: write("/dev/null"))
    attempt("read_dev_urandom", lambda: read("/dev/urandom"))
    attempt("chmod_secret", lambda: os.chmod({str(jailed.secret)!r}, 0o777))
    attempt("chmod_scratch_file", lambda: os.chmod("sub", 0o700))
    attempt("utime_secret", lambda: os.utime({str(jailed.secret)!r}, (0, 0)))
    attempt("setxattr_secret", lambda: os.setxattr({str(jailed.secret)!r}, "user.x", b"1"))
    attempt("exec_true", lambda: os.execv("/bin/true", ["true"]))
    def imports():
        import json, heapq, collections, random, bisect, math, fractions, statistics, decimal
        import itertools, functools, array, string, re, dataclasses, typing, copy, tracemalloc
        import numpy, scipy.optimize
        assert numpy.arange(10).sum() == 45
        assert float(decimal.Decimal(1) / 4) == 0.25 and random.random() < 1
        return f"ok cpus={{os.cpu_count()}}"
    attempt("imports", imports)
    """
    return jailed.run(body)


FS_EXPECTED = {
    "read_own_submission": {"ok"},
    "read_harness": {"ok"},
    "read_reference_beside_harness": {"EACCES"},
    "read_other_submission": {"EACCES"},
    "read_secret_in_tmp": {"EACCES"},
    "read_project_reference": {"EACCES", "absent"},
    "read_jail_source": {"EACCES"},
    "read_etc_passwd": {"EACCES"},
    "list_root": {"EACCES"},
    "list_tmp": {"EACCES"},
    "list_scratch": {"ok"},
    "write_tmp": {"EACCES"},
    "write_site_packages": {"EACCES"},
    "write_submission": {"EACCES"},
    "truncate_submission": {"EACCES"},
    "write_scratch": {"ok"},
    "mkdir_scratch": {"ok"},
    "rename_in_scratch": {"ok"},
    "rename_out_of_scratch": {"EACCES", "EXDEV"},
    "hardlink_secret_in": {"EACCES", "EXDEV"},
    "symlink_then_read": {"EACCES"},
    "read_via_proc_root": {"EACCES"},
    "read_parent_environ": {"EACCES"},
    "read_parent_mem": {"EACCES"},
    "read_init_cmdline": {"EACCES"},
    "read_proc_self_status": {"ok"},
    "list_proc_self_fd": {"ok"},
    "write_dev_null": {"ok"},
    "read_dev_urandom": {"ok"},
    "chmod_secret": {"EPERM"},
    "chmod_scratch_file": {"EPERM"},
    "utime_secret": {"EPERM"},
    "setxattr_secret": {"EPERM"},
    "exec_true": {"EPERM", "EACCES"},
}


@needs_abi(3)
@pytest.mark.parametrize("attack", sorted(FS_EXPECTED))
def test_filesystem(fs_results, attack):
    assert fs_results[attack] in FS_EXPECTED[attack], fs_results[attack]


@needs_abi(3)
def test_python_still_works_after_the_jail(fs_results):
    assert fs_results["imports"].startswith("ok"), fs_results["imports"]
    report = fs_results["__report__"]
    assert report["active"]["filesystem"] and report["missing"] == {}, report


@pytest.fixture(scope="module")
def listeners(jailed: Jailed):
    """A TCP and a UDP socket on loopback and a UNIX socket in the test's folder."""
    tcp = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    tcp.bind(("127.0.0.1", 0))
    tcp.listen(8)
    tcp.setblocking(False)
    udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    udp.bind(("127.0.0.1", 0))
    udp.setblocking(False)
    unix_path = str(jailed.tmp / "service.sock")
    unix = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    unix.bind(unix_path)
    unix.listen(8)
    unix.setblocking(False)
    yield {"tcp": tcp.getsockname()[1], "udp": udp.getsockname()[1], "unix": unix_path,
           "sockets": (tcp, udp, unix)}  # fmt: skip
    for s in (tcp, udp, unix):
        s.close()


NET_BODY = """
import socket
def tcp():
    with socket.create_connection(("127.0.0.1", {tcp}), timeout=2):
        pass
def udp():
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.sendto(b"hello", ("127.0.0.1", {udp}))
def raw_socket(family, kind, proto=0):
    socket.socket(family, kind, proto).close()
def unix_connect():
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
        s.settimeout(2)
        s.connect({unix!r})
def loop():
    import asyncio
    asyncio.new_event_loop().close()
attempt("tcp_connect_loopback", tcp)
attempt("udp_sendto_loopback", udp)
attempt("socket_inet_stream", lambda: raw_socket(socket.AF_INET, socket.SOCK_STREAM))
attempt("socket_inet_dgram", lambda: raw_socket(socket.AF_INET, socket.SOCK_DGRAM))
attempt("socket_inet6", lambda: raw_socket(socket.AF_INET6, socket.SOCK_STREAM))
attempt("socket_packet", lambda: raw_socket(17, socket.SOCK_RAW))
attempt("socket_netlink", lambda: raw_socket(16, socket.SOCK_RAW))
attempt("socket_unix_dgram", lambda: raw_socket(socket.AF_UNIX, socket.SOCK_DGRAM))
attempt("socket_unix_stream", lambda: raw_socket(socket.AF_UNIX, socket.SOCK_STREAM))
attempt("socketpair", lambda: [s.close() for s in socket.socketpair()] and None)
attempt("asyncio_loop", loop)
attempt("unix_connect_outside", unix_connect)
"""


def _accepted(listeners) -> bool:
    tcp = listeners["sockets"][0]
    try:
        tcp.accept()[0].close()
        return True
    except BlockingIOError:
        return False


def test_network_refused(jailed, listeners):
    results = jailed.run(NET_BODY.format(**listeners))
    for name in ("tcp_connect_loopback", "udp_sendto_loopback", "socket_inet_stream",
                 "socket_inet_dgram", "socket_inet6", "socket_packet", "socket_netlink",
                 "socket_unix_dgram", "unix_connect_outside"):  # fmt: skip
        assert results[name] in DENIED, (name, results[name])
    for name in ("socket_unix_stream", "socketpair", "asyncio_loop"):
        assert results[name] == "ok", (name, results[name])
    assert not _accepted(listeners)
    assert results["__report__"]["active"]["network"]


def test_network_allowed_by_policy_really_works(jailed, listeners):
    """The control: the same probe gets through when the policy allows the network."""
    results = jailed.run(NET_BODY.format(**listeners), allow_network=True)
    assert results["tcp_connect_loopback"] == "ok", results
    assert _accepted(listeners)


@needs_abi(4)
def test_landlock_alone_refuses_tcp(jailed, listeners):
    results = jailed.run(NET_BODY.format(**listeners), layers=frozenset({"landlock"}))
    assert results["tcp_connect_loopback"] == "EACCES", results
    assert not _accepted(listeners)


@needs_root
def test_network_namespace_alone_has_no_loopback(jailed, listeners):
    results = jailed.run(NET_BODY.format(**listeners), layers=frozenset({"netns"}))
    assert results["tcp_connect_loopback"] in {"ENETUNREACH", "ECONNREFUSED"}, results
    assert results["udp_sendto_loopback"] == "ENETUNREACH", results
    assert results["__report__"]["active"]["network_namespace"]
    assert not _accepted(listeners)


def test_seccomp_alone_refuses_sockets(jailed, listeners):
    results = jailed.run(NET_BODY.format(**listeners), layers=frozenset({"seccomp"}))
    for name in ("tcp_connect_loopback", "udp_sendto_loopback", "socket_packet",
                 "socket_netlink", "unix_connect_outside"):  # fmt: skip
        assert results[name] == "EPERM", (name, results[name])


CAPS_SETUP = """
with open("root-only.txt", "w") as handle:
    handle.write("for root's eyes")
os.chmod("root-only.txt", 0)
"""
CAPS_BODY = """
status = dict(line.split(":", 1) for line in open("/proc/self/status").read().splitlines())
for key in ("CapInh", "CapPrm", "CapEff", "CapBnd", "CapAmb", "NoNewPrivs", "Seccomp"):
    results[key] = status[key].strip()
attempt("setuid_other", lambda: os.setuid(1000))
attempt("read_chmod_000", lambda: read("root-only.txt"))
attempt("chown", lambda: os.chown("root-only.txt", 1000, 1000))
attempt("mount_tmpfs", lambda: sys_call("mount", ctypes.c_char_p(b"none"), ctypes.c_char_p(b"."),
        ctypes.c_char_p(b"tmpfs"), 0, 0))
attempt("unshare_mount_ns", lambda: sys_call("unshare", 0x00020000))
attempt("unshare_user_ns", lambda: sys_call("unshare", 0x10000000))  # last: it succeeds alone
"""


@needs_root
def test_capabilities_all_dropped(jailed):
    results = jailed.run(CAPS_BODY, setup=CAPS_SETUP)
    for key in ("CapInh", "CapPrm", "CapEff", "CapBnd", "CapAmb"):
        assert int(results[key], 16) == 0, (key, results[key])
    assert results["NoNewPrivs"] == "1" and results["Seccomp"] == "2"
    for attack in ("read_chmod_000", "chown", "mount_tmpfs", "unshare_mount_ns",
                   "unshare_user_ns", "setuid_other"):  # fmt: skip
        assert results[attack] in DENIED, (attack, results[attack])
    assert results["__report__"]["active"]["capabilities"]


@needs_root
def test_capabilities_alone_stop_root(jailed):
    """Without Landlock or seccomp: uid 0 with no capabilities is an ordinary user."""
    results = jailed.run(CAPS_BODY, setup=CAPS_SETUP, layers=frozenset({"capabilities"}))
    assert int(results["CapEff"], 16) == 0 and int(results["CapBnd"], 16) == 0
    assert results["Seccomp"] == "0"
    for attack in ("read_chmod_000", "chown", "mount_tmpfs", "unshare_mount_ns", "setuid_other"):
        assert results[attack] in DENIED, (attack, results[attack])


SIGNALS_BODY = """
import resource, signal, threading, fcntl
ppid = os.getppid()
attempt("kill_parent", lambda: os.kill(ppid, 0))
attempt("kill_self", lambda: os.kill(os.getpid(), 0))
attempt("killpg_own_group", lambda: os.killpg(0, 0))
attempt("pthread_kill_self", lambda: signal.pthread_kill(threading.main_thread().ident, 0))
info = ctypes.create_string_buffer(128)
attempt("rt_sigqueueinfo", lambda: sys_call("rt_sigqueueinfo", ppid, signal.SIGUSR1, info))
attempt("rt_tgsigqueueinfo",
        lambda: sys_call("rt_tgsigqueueinfo", ppid, ppid, signal.SIGUSR1, info))
attempt("pidfd_open", lambda: os.pidfd_open(ppid))
attempt("ptrace_attach", lambda: sys_call("ptrace", 16, ppid, 0, 0))
iov = ctypes.create_string_buffer(16)
attempt("process_vm_readv", lambda: sys_call("process_vm_readv", ppid, iov, 1, iov, 1, 0))
attempt("process_vm_writev", lambda: sys_call("process_vm_writev", ppid, iov, 1, iov, 1, 0))
attempt("kcmp", lambda: sys_call("kcmp", os.getpid(), ppid, 0, 0, 0))
attempt("prlimit_parent", lambda: resource.prlimit(ppid, resource.RLIMIT_NOFILE))
attempt("prlimit_parent_lower", lambda: resource.prlimit(ppid, resource.RLIMIT_CPU, (1, 1)))
attempt("prlimit_self", lambda: resource.prlimit(0, resource.RLIMIT_NOFILE) and None)
attempt("getrlimit", lambda: resource.getrlimit(resource.RLIMIT_AS) and None)
attempt("setrlimit_lower", lambda: resource.setrlimit(resource.RLIMIT_CORE, (0, 0)))
r, w = os.pipe()
attempt("fcntl_getfl", lambda: fcntl.fcntl(r, fcntl.F_GETFL) and None)
attempt("fcntl_setown_parent", lambda: fcntl.fcntl(r, fcntl.F_SETOWN, ppid))
attempt("fcntl_setsig", lambda: fcntl.fcntl(r, 10, signal.SIGUSR1))
attempt("ioctl_tiocsti", lambda: fcntl.ioctl(0, 0x5412, b"x"))
attempt("keyctl", lambda: sys_call("keyctl", 0, -3, 0))
text, buffer = ctypes.c_char_p, ctypes.create_string_buffer
attempt("add_key", lambda: sys_call("add_key", text(b"user"), text(b"k"), text(b"v"), 1, -3))
attempt("request_key", lambda: sys_call("request_key", text(b"user"), text(b"k"), 0, 0))
attempt("bpf", lambda: sys_call("bpf", 0, 0, 0))
attempt("perf_event_open", lambda: sys_call("perf_event_open", 0, 0, -1, -1, 0))
attempt("userfaultfd", lambda: sys_call("userfaultfd", 0))
attempt("io_uring_setup", lambda: sys_call("io_uring_setup", 8, ctypes.create_string_buffer(120)))
attempt("umount2", lambda: sys_call("umount2", ctypes.c_char_p(b"/nonexistent-jail-test"), 0))
attempt("setns", lambda: sys_call("setns", 0, 0))
attempt("chroot", lambda: os.chroot("."))
attempt("pivot_root", lambda: sys_call("pivot_root", ctypes.c_char_p(b"."), ctypes.c_char_p(b".")))
attempt("swapoff", lambda: sys_call("swapoff", ctypes.c_char_p(b"/nonexistent")))
attempt("reboot_bad_magic", lambda: sys_call("reboot", 0, 0, 0, 0))
attempt("delete_module", lambda: sys_call("delete_module", text(b"jail_test_no_module"), 0))
attempt("finit_module", lambda: sys_call("finit_module", -1, ctypes.c_char_p(b""), 0))
attempt("name_to_handle_at",
        lambda: sys_call("name_to_handle_at", -100, text(b"."), buffer(256), buffer(8), 0))
attempt("clock_settime_bad_clock", lambda: sys_call("clock_settime", 12345, buffer(16)))
attempt("settimeofday_null", lambda: sys_call("settimeofday", 0, 0))
attempt("adjtimex_query", lambda: sys_call("adjtimex", ctypes.create_string_buffer(512)))
attempt("personality_query", lambda: sys_call("personality", 0xFFFFFFFF))
attempt("personality_set", lambda: sys_call("personality", 0x0040000))
attempt("acct", lambda: sys_call("acct", 0))
attempt("quotactl", lambda: sys_call("quotactl", 0, 0, 0, 0))
attempt("syslog_read", lambda: sys_call("syslog", 3, ctypes.create_string_buffer(64), 64))
attempt("shmget", lambda: sys_call("shmget", 0, 4096, 0o1600))
attempt("mq_open", lambda: sys_call("mq_open", ctypes.c_char_p(b"jailtest"), 0o100 | 2, 0o600, 0))
attempt("inotify_watch_outside",
        lambda: sys_call("inotify_add_watch", libc.inotify_init(), text(b"/etc"), 1))
attempt("setpriority_parent", lambda: os.setpriority(os.PRIO_PROCESS, ppid, 19))
attempt("setpriority_all_root", lambda: os.setpriority(os.PRIO_USER, 0, 19))
attempt("setpriority_self", lambda: os.setpriority(os.PRIO_PROCESS, 0, 1))
attempt("sched_setaffinity_parent", lambda: os.sched_setaffinity(ppid, {0}))
attempt("sched_setaffinity_self", lambda: os.sched_setaffinity(0, os.sched_getaffinity(0)))
attempt("sched_setscheduler_parent",
        lambda: os.sched_setscheduler(ppid, os.SCHED_IDLE, os.sched_param(0)))
"""
SIGNALS_DENIED = (
    "kill_parent", "kill_self", "killpg_own_group", "pthread_kill_self", "rt_sigqueueinfo",
    "rt_tgsigqueueinfo", "pidfd_open", "ptrace_attach", "process_vm_readv",
    "process_vm_writev", "kcmp", "prlimit_parent", "prlimit_parent_lower",
    "fcntl_setown_parent", "fcntl_setsig", "ioctl_tiocsti", "keyctl", "add_key",
    "request_key", "bpf", "perf_event_open", "userfaultfd", "io_uring_setup", "umount2",
    "setns", "chroot", "pivot_root", "swapoff", "reboot_bad_magic", "delete_module",
    "finit_module", "name_to_handle_at", "clock_settime_bad_clock", "settimeofday_null",
    "adjtimex_query", "personality_set", "acct", "quotactl", "syslog_read", "shmget",
    "mq_open", "setpriority_parent", "setpriority_all_root", "sched_setaffinity_parent",
    "sched_setscheduler_parent", "inotify_watch_outside",
)  # fmt: skip
SIGNALS_ALLOWED = (
    "prlimit_self", "getrlimit", "setrlimit_lower", "fcntl_getfl", "personality_query",
    "setpriority_self", "sched_setaffinity_self",
)  # fmt: skip


@pytest.fixture(scope="module")
def signal_results(jailed: Jailed) -> dict:
    return jailed.run(SIGNALS_BODY)


@pytest.mark.parametrize("attack", SIGNALS_DENIED)
def test_refused_syscall(signal_results, attack):
    assert signal_results[attack] == "EPERM", signal_results[attack]


@pytest.mark.parametrize("call", SIGNALS_ALLOWED)
def test_harmless_syscall_still_works(signal_results, call):
    assert signal_results[call] == "ok", signal_results[call]


@needs_abi(6)
def test_landlock_signal_scope_alone(jailed):
    results = jailed.run(
        'attempt("kill_parent", lambda: os.kill(os.getppid(), 0))\n'
        'attempt("kill_self", lambda: os.kill(os.getpid(), 0))',
        layers=frozenset({"landlock"}),
    )
    assert results["kill_parent"] == "EPERM"
    assert results["kill_self"] == "ok"  # same domain: not Landlock's business


def test_x32_syscalls_kill_the_process(jailed):
    if os.uname().machine != "x86_64":
        pytest.skip("x32 is an x86_64 ABI")
    jailed.run("sys_call(0x40000000 | 39)", expect_exit=-signal.SIGSYS)


PROCESS_BODY = """
import subprocess, threading, multiprocessing, concurrent.futures
def thread():
    box = []
    t = threading.Thread(target=lambda: box.append(1))
    t.start(); t.join()
    assert box == [1]
def pool():
    with concurrent.futures.ThreadPoolExecutor(4) as executor:
        assert sum(executor.map(abs, range(-10, 0))) == 55
def fork():
    pid = os.fork()
    if pid == 0:
        try:
            read({secret!r})
            os._exit(0)
        except OSError:
            os._exit(3)
    return "exit=%d" % os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])
def run_python():
    out = subprocess.run([sys.executable, "-I", "-c", "print(6 * 7)"], capture_output=True)
    return out.stdout.decode().strip() or out.stderr.decode()[-300:]
def multi():
    process = multiprocessing.Process(target=abs, args=(1,))
    process.start(); process.join()
    return "exitcode=%s" % process.exitcode
attempt("thread", thread)
attempt("thread_pool", pool)
attempt("fork", fork)
attempt("subprocess_true", lambda: subprocess.run(["/bin/true"]) and None)
attempt("subprocess_python", run_python)
def spawn():
    os.waitpid(os.posix_spawn(sys.executable, [sys.executable, "-c", "0"], {{}}), 0)
attempt("posix_spawn", spawn)
attempt("os_system", lambda: "status=%d" % os.system("true"))
attempt("multiprocessing", multi)
if not policy.allow_processes:  # when allowed, it would work, and end this child
    attempt("exec", lambda: os.execv(sys.executable, [sys.executable, "-c", "0"]))
"""


def test_processes_refused_threads_work(jailed):
    results = jailed.run(PROCESS_BODY.format(secret=str(jailed.secret)))
    assert results["thread"] == "ok" and results["thread_pool"] == "ok", results
    for name in ("fork", "subprocess_true", "subprocess_python", "posix_spawn", "exec",
                 "multiprocessing"):  # fmt: skip
        assert results[name] in DENIED or "PermissionError" in results[name], (name, results)
    assert results["os_system"] != "status=0"
    assert results["__report__"]["active"]["processes"]


def test_processes_allowed_stay_jailed(jailed):
    results = jailed.run(PROCESS_BODY.format(secret=str(jailed.secret)), allow_processes=True)
    assert results["fork"] == "exit=3", results  # the child forked, and could not read
    assert results["subprocess_python"] == "42", results
    assert results["multiprocessing"] == "exitcode=0", results
    assert results["subprocess_true"] in DENIED  # /bin is not readable: not in read_paths
    assert results["__report__"]["missing"]["processes"].startswith("allowed by the policy")


# -- the judge's side ----------------------------------------------------------------------
SLEEPER = """
import sys, time
sys.path.insert(0, {here!r})
import jail
policy = jail.JailPolicy(read_paths=[], write_paths=[])
jail.apply(policy, layers=frozenset({{"capabilities"}}))
{harden}
print(1, flush=True)
time.sleep(60)
"""


@needs_root
def test_harden_parent_hides_the_judge_from_a_capless_worker(jailed):
    """Two capless root processes, alike but for harden_parent(): a capless worker can read
    the plain one's environ, fd and mem, and nothing of the hardened one. (A judge running
    as root with all its capabilities is out of a capless worker's reach anyway; for a
    judge run as an ordinary user this is what keeps workers out.)"""
    started = []
    for harden in ("jail.harden_parent()", ""):
        code = SLEEPER.format(here=str(HERE), harden=harden)
        command = [sys.executable, "-I", "-c", code]
        started.append(subprocess.Popen(command, stdout=subprocess.PIPE, env={"SECRET": "x"}))
    hard, soft = started
    try:
        assert hard.stdout.readline() == b"1\n" and soft.stdout.readline() == b"1\n"
        body = ""
        for label, pid in (("hardened", hard.pid), ("plain", soft.pid)):
            body += f"""
attempt("environ_{label}", lambda: read("/proc/{pid}/environ"))
attempt("mem_{label}", lambda: open("/proc/{pid}/mem", "rb").close())
attempt("fd_{label}", lambda: os.readlink("/proc/{pid}/fd/0") and None)
"""
        results = jailed.run(body, layers=frozenset({"capabilities"}))
        for what in ("environ", "mem", "fd"):
            assert results[f"{what}_hardened"] in DENIED, results
            assert results[f"{what}_plain"] == "ok", results  # the control
    finally:
        for process in started:
            process.kill()
            process.wait()


def test_probe_reports_without_jailing_us():
    report = jail.probe()
    assert set(report.active) >= {"filesystem", "network", "capabilities", "seccomp"}
    for name, ok in report.active.items():
        assert ok or report.missing.get(name), name
    if ABI >= 6 and ROOT:
        assert all(report.active.values()), report.missing
    status = Path("/proc/self/status").read_text()
    assert "NoNewPrivs:\t0" in status and "Seccomp:\t0" in status


def test_apply_refuses_a_threaded_process(jailed):
    body = """
    import threading
    threading.Thread(target=__import__("time").sleep, args=(2,), daemon=True).start()
    """
    code = (
        CHILD.split("{setup}")[0].format(jail_dir=str(HERE))
        + textwrap.dedent(body)
        + (
            "policy = jail.JailPolicy(read_paths=[], write_paths=[])\n"
            "try:\n    jail.apply(policy)\n"
            "except jail.JailError as exc:\n    print('refused:', exc)\n"
        )
    )
    run = subprocess.run([sys.executable, "-I", "-c", code], capture_output=True, timeout=60)
    assert b"refused: jail.apply needs a single-threaded process" in run.stdout, run.stderr


def test_report_off_linux(monkeypatch):
    monkeypatch.setattr(jail.sys, "platform", "darwin")
    report = jail.apply(jail.JailPolicy(read_paths=[], write_paths=[]))
    assert not any(report.active.values())
    assert set(report.missing) == set(jail.PROTECTIONS)


def test_hidden_folders_are_cut_out_of_the_read_paths(tmp_path):
    """An installed judge (and its challenges) lives in site-packages, which workers read."""
    site = tmp_path / "site-packages"
    (site / "judge" / "challenges").mkdir(parents=True)
    (site / "numpy").mkdir()
    (site / "six.py").write_text("")
    kept = jail.without([str(tmp_path)], [str(site / "judge")])
    assert str(site / "numpy") in kept and str(site / "six.py") in kept
    # (Read below tmp_path: the temporary folder's own path may well contain "judge".)
    assert not any("judge" in Path(path).relative_to(tmp_path).parts for path in kept)
    assert jail.without([str(site / "numpy")], [str(site / "judge")]) == [str(site / "numpy")]
