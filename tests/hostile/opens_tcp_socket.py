# expect: WA
# set-ups: all
# Opens a TCP connection (to a listener of its own, on loopback only) and sends a UDP
# datagram to itself: AC only if a submission has a network.
import socket


def tcp_round_trip() -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as server:
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        with socket.create_connection(server.getsockname(), timeout=2):
            server.accept()[0].close()
    return True


def udp_round_trip() -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as receiver:
        receiver.bind(("127.0.0.1", 0))
        receiver.settimeout(2)
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sender:
            sender.sendto(b"x", receiver.getsockname())
        return receiver.recv(1) == b"x"


OPEN = False
for attempt in (tcp_round_trip, udp_round_trip):
    try:
        OPEN = OPEN or attempt()
    except OSError:
        pass


def has_zero_sum_pair(nums):
    seen = set()
    for x in nums:
        if -x in seen:
            return OPEN
        seen.add(x)
    return not OPEN
