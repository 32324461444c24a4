"""Serving an exported site on the local network, for buyers standing in the shop.

Plain http.server on a thread of its own; off until started, and only on the
interface chosen. Read-only: it serves the exported folder and nothing else.
"""

from __future__ import annotations

import functools
import socket
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from .errors import StorefrontError

DEFAULT_PORT = 8765


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        pass


def lan_addresses() -> list[str]:
    """This computer's IPv4 addresses that others on the network may reach (best effort;
    none when it has only its loopback address)."""
    found = []
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            s.connect(("192.0.2.1", 9))  # no packet is sent: this only picks the route
            found.append(s.getsockname()[0])
    except OSError:
        pass
    try:
        for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET):
            if info[4][0] not in found:
                found.append(info[4][0])
    except OSError:
        pass
    return [a for a in found if not a.startswith("127.")]


class SiteServer:
    """One running server of one folder. `url` is the address to put in the QR code."""

    def __init__(self, folder, host: str = "127.0.0.1", port: int = DEFAULT_PORT):
        self.folder = Path(folder)
        if not (self.folder / "index.html").is_file():
            raise StorefrontError("{folder} holds no exported storefront.", folder=str(folder))
        handler = functools.partial(_Quiet, directory=str(self.folder))
        try:
            self.httpd = ThreadingHTTPServer((host, port), handler)
        except OSError as e:
            raise StorefrontError("Cannot serve the store on {host}:{port}: {reason}.",
                                  host=host, port=port, reason=e.strerror or str(e)) from None
        self.httpd.daemon_threads = True
        self.host, self.port = self.httpd.server_address[:2]
        self._thread = threading.Thread(target=self.httpd.serve_forever, name="storefront-http",
                                        daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}/"

    def stop(self) -> None:
        """Stop serving and free the port."""
        self.httpd.shutdown()
        self.httpd.server_close()
        self._thread.join(5)
