"""The sandbox's test hooks (/__sandbox__/...) and an independent checker that reads the
server through plain HTTP with a token of its own (never the SDK under test). Shared by the
fault driver (driver.py) and the Python runner's own scenarios. Standard library only."""

import json
import time
import urllib.error
import urllib.request

CLIENT_ID = "sandbox-client"
CLIENT_SECRET = "sandbox-secret"
SETTLE_LIMIT = 4.0  # seconds to wait for the sandbox to finish logging a case's requests


class Sandbox:
    def __init__(self, url):
        self.url = url.rstrip("/")
        self._token = None
        self._opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))

    def http(self, method, path, body=None, headers=None, timeout=15):
        data = None
        hdrs = dict(headers or {})
        if body is not None:
            data = json.dumps(body).encode()
            hdrs["Content-Type"] = "application/json"
        req = urllib.request.Request(self.url + path, data=data, method=method, headers=hdrs)
        try:
            with self._opener.open(req, timeout=timeout) as r:
                text = r.read()
                return r.status, (json.loads(text) if text else None)
        except urllib.error.HTTPError as e:
            text = e.read()
            try:
                return e.code, json.loads(text) if text else None
            except ValueError:
                return e.code, None

    def hook(self, method, name, body=None):
        status, data = self.http(method, "/__sandbox__/" + name, body)
        if status >= 300:
            raise RuntimeError(f"hook {name} answered {status}: {data}")
        return data

    def counters(self):
        return self.hook("GET", "counters")

    def requests(self):
        return self.hook("GET", "requests")["requests"]

    def install(self, fault):
        """A fault object (or list) -> POST faults; {"hook": [names]} -> POST each hook."""
        if "hook" in fault:
            names = fault["hook"] if isinstance(fault["hook"], list) else [fault["hook"]]
            for name in names:
                self.hook("POST", name)
        else:
            faults = fault if isinstance(fault, list) else [fault]
            self.hook("POST", "faults", {"faults": faults})

    def settle(self):
        """The request log once no entry is still open (at most SETTLE_LIMIT seconds)."""
        start = time.monotonic()
        while True:
            reqs = self.requests()
            if all(r.get("status") is not None for r in reqs) or time.monotonic() - start > SETTLE_LIMIT:
                return reqs
            time.sleep(0.025)

    def seed(self, count):
        """At least `count` accounts (SD0001...) for the cases that read fixed ids."""
        if self.counters().get("accounts", 0) < count:
            self.hook("POST", "seed", {"count": count})

    # The checker: its own token, plain GETs.
    def api_get(self, path):
        for _ in range(3):
            if self._token is None:
                status, data = self.http("POST", "/api/v1/oauth2/token", {
                    "grant_type": "client_credentials", "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET})
                if status != 200:
                    raise RuntimeError(f"checker token refused: {status}")
                self._token = data["access_token"]
            status, data = self.http("GET", path, headers={"Authorization": "Bearer " + self._token})
            if status == 401:
                self._token = None
                continue
            return status, data
        raise RuntimeError("checker kept getting 401")


def seen(reqs):
    """(data requests, token requests, statuses of the data requests) in a request log."""
    data = token = 0
    statuses = []
    for r in reqs:
        path = r.get("path", "")
        if path.startswith("/api/v2/") or path.startswith("/api/v3/"):
            data += 1
            statuses.append(r.get("status"))
        elif "oauth2/token" in path:
            token += 1
    return data, token, statuses
