"""The index's place filter in a real browser: headless Chromium opens an index of 400
places (a typed fixture, no build), the test types part of a name into the search box
through the DevTools protocol, key by key as a reader does, and reads which places and
Länder are still displayed.

Chromium is installed by `.ci/run` where it is missing; outside CI a machine without it
skips this test, saying so."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import time
import urllib.request

import index_fixture as fx
import pytest

pytestmark = pytest.mark.slow  # starts a browser (seconds): `make test` runs it, `make test-fast` not

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def _browser() -> str:
    found = next((shutil.which(b) for b in BROWSERS if shutil.which(b)), None)
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("no Chromium on this CI machine (.ci/run installs it)")
        pytest.skip("no Chromium found (chromium, google-chrome): the browser test needs one")
    return found


class DevTools:
    """A minimal DevTools-protocol client over one page's websocket."""

    def __init__(self, url: str) -> None:
        import websocket

        self.ws = websocket.create_connection(url, timeout=30)
        self.next_id = 0

    def call(self, method: str, **params):
        self.next_id += 1
        self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.recv())
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})

    def evaluate(self, expression: str):
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        return result["result"].get("value")

    def retype(self, text: str) -> None:
        """Select what the search box holds and type `text` over it."""
        self.evaluate('var box = document.getElementById("place-filter"); box.focus(); box.select()')
        self.type(text)

    def type(self, text: str) -> None:
        for char in text:  # one key at a time: each fires an input event
            self.call("Input.dispatchKeyEvent", type="keyDown", text=char, unmodifiedText=char, key=char)
            self.call("Input.dispatchKeyEvent", type="keyUp", key=char)


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    browser = _browser()
    tmp_path = tmp_path_factory.mktemp("index-browser")
    places = fx.register_names(360, 40)
    index = fx.write(tmp_path / "reports", places)
    profile = tmp_path / "profile"
    proc = subprocess.Popen(
        [
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--remote-debugging-port=0",
            f"--user-data-dir={profile}",
            index.as_uri(),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        port_file = profile / "DevToolsActivePort"
        deadline = time.monotonic() + 60
        while not (port_file.exists() and port_file.read_text().strip()):
            if time.monotonic() > deadline or proc.poll() is not None:
                pytest.fail(f"{browser} did not open its DevTools port")
            time.sleep(0.1)
        port = port_file.read_text().split()[0]
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=30) as r:
            targets = [t for t in json.load(r) if t["type"] == "page" and t["url"].endswith("index.html")]
        tab = DevTools(targets[0]["webSocketDebuggerUrl"])
        # The tab may still show about:blank at first: wait for the index itself, parsed to
        # its end (its script has run once and written the count).
        while not tab.evaluate(LOADED):
            if time.monotonic() > deadline:
                pytest.fail("the index did not load in the browser")
            time.sleep(0.05)
        yield tab, places
    finally:
        proc.terminate()
        proc.wait(timeout=30)


LOADED = """document.readyState === "complete" && location.href.endsWith("index.html")
  && !!document.getElementById("place-filter-count")
  && document.getElementById("place-filter-count").textContent.length > 0"""
SHOWN_PLACES = """Array.from(document.querySelectorAll("tbody[data-place]"))
  .filter(b => b.getClientRects().length > 0).map(b => b.dataset.place)"""
SHOWN_LANDS = """Array.from(document.querySelectorAll("section.land"))
  .filter(s => s.getClientRects().length > 0).map(s => s.querySelector("h3").textContent)"""


def test_typing_part_of_a_name_shows_only_the_places_that_contain_it(page):
    tab, places = page
    assert len(places) == 400
    assert len(tab.evaluate(SHOWN_PLACES)) == 400  # the box starts empty: everything shown
    assert tab.evaluate('getComputedStyle(document.querySelector("p.place-filter")).display') != "none"

    tab.retype("kirch")
    shown = tab.evaluate(SHOWN_PLACES)
    expected = [p for p in places if "kirch" in p.lower()]
    assert expected and sorted(shown) == sorted(expected)  # "Gelsenkirchen", "Kirchheim unter Teck" …
    lands = tab.evaluate(SHOWN_LANDS)
    from analysis.dataset.places import place_facts

    assert sorted(lands) == sorted({place_facts(p).state for p in expected})  # empty Länder hidden
    assert tab.evaluate('document.getElementById("place-filter-count").textContent') == (
        f"{len(expected)} of 400 places shown"
    )


def test_umlauts_may_be_typed_plain_or_spelled_out(page):
    tab, places = page
    assert "Münster" in places
    tab.retype("muenst")
    assert "Münster" in tab.evaluate(SHOWN_PLACES)
    tab.retype("MUNST")
    assert "Münster" in tab.evaluate(SHOWN_PLACES)
    tab.type("erxyz")
    assert tab.evaluate(SHOWN_PLACES) == [] and tab.evaluate(SHOWN_LANDS) == []
