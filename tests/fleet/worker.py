"""One Python process of the fleet test (tests/fleet/run.py): waits for the common start
time, makes its calls from a few threads, prints one JSON line {"ok", "failed", "first_error"}.

    worker.py URL CALLS START_AT DURATION_MS THREADS VIA [STORE]

VIA says how the token store is given: "none", "init_sdk" (the option) or "env"
(EXSITED_TOKEN_STORE, set here before the SDK is built).
"""

import json
import os
import sys
import threading
import time


def main(argv):
    url, calls, start_at, duration_ms, threads, via = argv[:6]
    store = argv[6] if len(argv) > 6 else ""
    calls, threads = int(calls), int(threads)
    if via == "env":
        os.environ["EXSITED_TOKEN_STORE"] = store
    import exsited as ex
    from exsited.exsited.auth.dto.token_dto import RequestTokenDTO

    dto = RequestTokenDTO(grantType="client_credentials", clientId="sandbox-client", clientSecret="sandbox-secret",
                          redirectUri="https://fleet.example/callback", exsitedUrl=url)
    options = {"timeout": 10.0}
    if via == "init_sdk":
        options["token_store"] = store
    sdk = ex.ExsitedSDK().init_sdk(request_token_dto=dto, **options)

    per_thread = [calls // threads + (1 if i < calls % threads else 0) for i in range(threads)]
    results = {"ok": 0, "failed": 0, "first_error": None}
    lock = threading.Lock()

    def run(n):
        pause = (float(duration_ms) / 1000.0) / max(n, 1)
        for _ in range(n):
            try:
                sdk.account.list(limit=1)
                with lock:
                    results["ok"] += 1
            except Exception as e:  # noqa: BLE001 - every failure is counted, whatever its class
                with lock:
                    results["failed"] += 1
                    if results["first_error"] is None:
                        results["first_error"] = f"{type(e).__name__}: {e}"
            if pause:
                time.sleep(pause)

    time.sleep(max(0.0, float(start_at) - time.time()))
    workers = [threading.Thread(target=run, args=(n,)) for n in per_thread]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print(json.dumps(results), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
