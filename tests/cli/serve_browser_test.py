#!/usr/bin/env python3
"""Real-browser test of samizdat-serve: headless Chromium driven through
chromedriver's WebDriver HTTP protocol (standard library only).

Indexes a small corpus, starts samizdat-serve on a free loopback port, types a
phrase into the search box, submits, clicks a facet link and a timeline bar,
opens a document, checks its comments and quotations, and saves screenshots.
Exits 77 (ctest SKIP_RETURN_CODE) when chromium or chromedriver is missing.
"""

import argparse
import base64
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request

SKIP = 77
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage",
]

ARTICLES = [
    {
        "title": "All Power to the Soviets", "date": "1917-04-07", "author": "V. I. Lenin",
        "publication": "Pravda", "language": "en",
        "text": [
            "The workers of Petrograd demand bread, peace and land from the provisional government.",
            "As Lenin told the congress, \"all power to the soviets is the only slogan that can save "
            "the revolution now\" (Collected Works, vol. 24). The soviets must take power.",
        ],
        "comments": [
            {"author": "A worker", "date": "1917-04-08", "text": "The soviets speak for the factories."},
            {"author": "A soldier", "text": "Bread and peace, now."},
        ],
    },
    {
        "title": "Bread and Peace", "date": "1918-03-03", "author": "Editorial",
        "publication": "Izvestia", "language": "en",
        "text": "The peace signed at Brest leaves the soviets breathing space, and bread remains short.",
    },
    {
        "title": "The Kronstadt Soviet", "date": "1921-03-01", "author": "Emma Goldman",
        "publication": "Mother Earth", "language": "en",
        "text": "The sailors demanded free soviets and bread for the workers of Petrograd.",
    },
]


class WebDriver:
    """The few WebDriver commands the test needs."""

    def __init__(self, port, chromium, window):
        self.base = f"http://127.0.0.1:{port}"
        self.profile = tempfile.mkdtemp(prefix="samizdat-chromium-")
        options = {"binary": chromium,
                   "args": CHROMIUM_FLAGS + [f"--user-data-dir={self.profile}",
                                             f"--window-size={window}"]}
        capabilities = {"capabilities": {"alwaysMatch": {
            "browserName": "chrome", "goog:chromeOptions": options}}}
        self.session = self.call("POST", "/session", capabilities)["sessionId"]

    def call(self, method, path, body=None):
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(self.base + path, data=data, method=method,
                                         headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                return json.load(response)["value"]
        except urllib.error.HTTPError as error:
            raise AssertionError(f"{method} {path}: {error.read().decode()[:500]}") from None

    def command(self, method, path, body=None):
        return self.call(method, f"/session/{self.session}{path}", body)

    def go(self, url):
        self.command("POST", "/url", {"url": url})

    def url(self):
        return self.command("GET", "/url")

    def ready(self):
        script = {"script": "return document.readyState", "args": []}
        return self.command("POST", "/execute/sync", script) == "complete"

    def find(self, css, many=False):
        found = self.command("POST", "/elements" if many else "/element",
                             {"using": "css selector", "value": css})
        key = "element-6066-11e4-a52e-4f735466cecf"
        return [item[key] for item in found] if many else found[key]

    def text(self, element):
        return self.command("GET", f"/element/{element}/text")

    def attribute(self, element, name):
        return self.command("GET", f"/element/{element}/attribute/{name}")

    def click(self, element):
        self.command("POST", f"/element/{element}/click", {})

    def type(self, element, text):
        self.command("POST", f"/element/{element}/clear", {})
        self.command("POST", f"/element/{element}/value", {"text": text})

    def screenshot(self, path):
        with open(path, "wb") as out:
            out.write(base64.b64decode(self.command("GET", "/screenshot")))

    def quit(self):
        try:
            self.command("DELETE", "")
        finally:
            shutil.rmtree(self.profile, ignore_errors=True)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for_port(port, process, what):
    for _ in range(200):
        if process.poll() is not None:
            raise AssertionError(f"{what} exited with status {process.returncode}")
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise AssertionError(f"{what} did not listen on port {port}")


def build_archive(index, scratch):
    corpus = os.path.join(scratch, "corpus")
    os.makedirs(os.path.join(corpus, "1917"))
    with open(os.path.join(corpus, "1917", "press.json"), "w", encoding="utf-8") as out:
        json.dump(ARTICLES, out)
    archive = os.path.join(scratch, "archive")
    subprocess.run([index, "--db", archive, corpus], check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    return archive


def start_server(serve, archive):
    server = subprocess.Popen([serve, "--db", archive, "--listen", "127.0.0.1:0", "--threads", "4"],
                              stderr=subprocess.PIPE, text=True)
    line = server.stderr.readline()
    prefix = "samizdat-serve: listening on "
    if not line.startswith(prefix):
        server.kill()
        raise AssertionError(f"unexpected first line from samizdat-serve: {line!r}")
    # Keep reading its request log so a full pipe never blocks the server.
    threading.Thread(target=lambda: server.stderr.read(), daemon=True).start()
    return server, line[len(prefix):].strip().rstrip("/")


def check(condition, message):
    if not condition:
        raise AssertionError(message)


def wait_for_url(driver, fragment, what):
    """A click returns before the browser has navigated: poll for the new URL."""
    for _ in range(200):
        if fragment in driver.url() and driver.ready():
            return
        time.sleep(0.05)
    raise AssertionError(f"{what} went to {driver.url()}")


def search_flow(driver, site, out):
    """Types a phrase, submits, narrows by a facet and a year, opens a document."""
    driver.go(site + "/")
    box = driver.find("#q")
    driver.type(box, "soviets bread")
    driver.click(driver.find(".search-form button[type=submit]"))
    wait_for_url(driver, "/search?q=soviets+bread", "the search form")
    titles = [driver.text(e) for e in driver.find(".hit h3 a", many=True)]
    check("All Power to the Soviets" in titles, f"results: {titles}")
    check(driver.attribute(driver.find("#q"), "value") == "soviets bread", "the box lost the query")
    driver.screenshot(os.path.join(out, "search.png"))

    pravda = [e for e in driver.find(".facet a", many=True) if driver.text(e) == "Pravda"]
    check(pravda, "no facet link for Pravda")
    driver.click(pravda[0])
    wait_for_url(driver, "filter=publication%3DPravda", "the facet link")
    check(driver.text(driver.find(".active-filters")).startswith("Publication: Pravda"),
          "the active filter is not shown")

    driver.go(site + "/search?q=soviets")
    bar = driver.find(".timeline a[href*='year%3D1921']")
    driver.click(bar)
    wait_for_url(driver, "filter=year%3D1921", "the timeline bar")
    titles = [driver.text(e) for e in driver.find(".hit h3 a", many=True)]
    check(titles == ["The Kronstadt Soviet"], f"results for 1921: {titles}")

    driver.go(site + "/search?q=soviets&filter=publication%3DPravda")
    driver.click(driver.find(".hit h3 a"))
    wait_for_url(driver, "/doc/1917/press", "the document link")
    comments = driver.text(driver.find(".comments"))
    check("The soviets speak for the factories." in comments, f"comments: {comments}")
    check("A soldier" in comments, f"comments: {comments}")
    quotations = driver.text(driver.find(".quotations"))
    check("Collected Works, vol. 24" in quotations, f"quotations: {quotations}")
    marks = [driver.text(e) for e in driver.find(".text mark", many=True)]
    check("soviets" in marks, f"highlighted: {marks}")
    driver.screenshot(os.path.join(out, "document.png"))
    driver.click(driver.find(".back a"))
    wait_for_url(driver, "/search?q=soviets&filter=publication%3DPravda", "the back link")


def run(args):
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    chromedriver = shutil.which("chromedriver")
    if not chromium or not chromedriver:
        print("SKIP: chromium and chromedriver are needed (apt-get install chromium chromium-driver)")
        return SKIP
    os.makedirs(args.out, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="samizdat-browser-") as scratch:
        archive = build_archive(args.index, scratch)
        server, site = start_server(args.serve, archive)
        port = free_port()
        driver_process = subprocess.Popen([chromedriver, f"--port={port}"],
                                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            wait_for_port(port, driver_process, "chromedriver")
            driver = WebDriver(port, chromium, "1280,1000")
            try:
                search_flow(driver, site, args.out)
            finally:
                driver.quit()
            phone = WebDriver(port, chromium, "390,844")
            try:
                phone.go(site + "/search?q=soviets")
                phone.screenshot(os.path.join(args.out, "phone.png"))
            finally:
                phone.quit()
        finally:
            driver_process.terminate()
            server.terminate()
            driver_process.wait(10)
            server.wait(10)
    print(f"PASS: screenshots in {args.out}")
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--serve", required=True, help="the samizdat-serve executable")
    parser.add_argument("--index", required=True, help="the samizdat-index executable")
    parser.add_argument("--out", required=True, help="folder for the screenshots")
    return run(parser.parse_args())


if __name__ == "__main__":
    sys.exit(main())
