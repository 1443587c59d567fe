#!/usr/bin/env python
"""Web benchmark: the start page and a long meeting page against a minimal Django view.

Builds a separate SQLite database in a temporary SAMVERKAN_VAR_DIR with 10,000
meetings (and the longest seed protocol, 001, imported through import_file),
serves it with gunicorn under production settings on 127.0.0.1, logs a member
in, and loads each page with 20 concurrent clients for a bounded time (wrk with
a Lua script for the session and CSRF cookies a browser holds after logging in;
a threaded Python client when wrk is missing). Targets: at least 50 % of the
minimal view's requests/s and a p95 latency under 100 ms. Also checks that the
pages' query counts do not grow with the number of meetings. Exit status 1 on FAIL.

Under load the pages come from the per-session page cache (samverkan/pagecache/)
after each worker's first visit: the req/s measure a cached page. The in-process
columns say what a cached page costs and what rendering it in full costs (every
worker's first visit and the first visit after any change of data); the query
counts are taken with every cache empty, and once more with the page cached.

    python bench/web_bench.py [--duration 10] [--connections 20] [--keep]
"""

from __future__ import annotations

import argparse
import http.client
import os
import re
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode

REPO = Path(__file__).resolve().parent.parent
SEED_001 = REPO / "tests" / "reader" / "fixtures" / "seeds" / "001_e1eb51f11e32d031.txt"
HOST = "127.0.0.1"
PASSWORD = "bänk-mätning-2024-lösen"
SMALL, LARGE = 100, 10_000
MIN_RATIO, MAX_P95_MS = 0.5, 100.0
MINIMAL, START = "minimal view (baseline)", "start page"
MEETING, GROUP = "meeting page (seed 001)", "group page"


# --- the database ------------------------------------------------------------


def configure(var_dir: Path) -> None:
    """Production-like settings in this process and, through the environment, in gunicorn."""
    os.environ.update(
        SAMVERKAN_VAR_DIR=str(var_dir),
        DATABASE_URL=f"sqlite:///{var_dir / 'bench.sqlite3'}",
        SAMVERKAN_ENV="production",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS=HOST,
        DEBUG="false",
        DJANGO_SETTINGS_MODULE="bench.bench_settings",
        LOG_LEVEL="ERROR",
    )
    sys.path.insert(0, str(REPO))
    import django

    django.setup()


def build_base():
    """Organisations, groups, parties, people and the benchmark user (a member)."""
    from django.contrib.auth import get_user_model

    from samverkan.organisations.models import Group, Membership, Organisation, Party, Person

    party_names = [("Arbetsgivaren", Party.Side.EMPLOYER)] + [
        (name, Party.Side.EMPLOYEE)
        for name in ["Kommunal", "Vision", "Akademikerförbundet SSR", "Sveriges Lärare", "Saco"]
    ]
    parties = [
        Party.objects.get_or_create(name=n, defaults={"slug": slug(n), "side": s})[0]
        for n, s in party_names
    ]
    org_names = [
        "Socialförvaltningen",
        "Norrmalms stadsdelsförvaltning",
        "Skärholmens stadsdelsförvaltning",
        "Hägersten-Älvsjö stadsdelsförvaltning",
        "Utbildningsförvaltningen",
        "Äldreförvaltningen",
        "Kulturförvaltningen",
        "Trafikkontoret",
    ]
    groups = []
    for name in org_names:
        org = Organisation.objects.create(name=name, slug=slug(name))
        for gname, kind in [
            ("Förvaltningsgrupp", Group.Kind.FORVALTNINGSGRUPP),
            ("Samverkansgrupp avdelning 1", Group.Kind.SAMVERKANSGRUPP),
            ("Skyddskommitté", Group.Kind.SKYDDSKOMMITTE),
        ]:
            groups.append(
                Group.objects.create(organisation=org, name=gname, slug=slug(gname), kind=kind)
            )
    people = Person.objects.bulk_create(
        [
            Person(
                name=f"Person {i} Benchsson",
                key=f"person {i} benchsson",
                party=parties[i % len(parties)],
            )
            for i in range(240)
        ]
    )
    user = get_user_model().objects.create_user("bench", password=PASSWORD, first_name="Bänk")
    person = Person.objects.create(name="Bänk Användare", party=parties[1], user=user)
    Membership.objects.create(group=groups[0], person=person, party=parties[1])
    return groups, parties, people, user


def slug(text: str) -> str:
    from django.utils.text import slugify

    return slugify(text)[:90]


def add_meetings(groups, parties, people, count: int, offset: int) -> None:
    """Bulk-create meetings; every tenth gets items, statements and attendance."""
    import datetime as dt

    from samverkan.meetings.models import AgendaItem, Attendance, Meeting, Statement

    statuses = (
        [Meeting.Status.IMPORTED] * 6 + [Meeting.Status.PUBLISHED] * 3 + [Meeting.Status.PLANNED]
    )
    start = dt.date(2012, 1, 1)
    meetings = Meeting.objects.bulk_create(
        [
            Meeting(
                group=groups[(offset + i) % len(groups)],
                date=start + dt.timedelta(days=(offset + i) % 4700),
                status=statuses[(offset + i) % len(statuses)],
                location="Mötesrum Paddan plan 10",
            )
            for i in range(count)
        ],
        batch_size=2000,
    )
    detailed = meetings[::10]
    items = AgendaItem.objects.bulk_create(
        [
            AgendaItem(meeting=m, number=str(n), title=title, text="Information lämnades.", order=n)
            for m in detailed
            for n, title in enumerate(
                [
                    "Mötets öppnande",
                    "Godkännande av dagordning",
                    "Balanslista",
                    "Facklig information",
                    "Arbetsmiljö",
                    "Övriga frågor",
                ],
                start=1,
            )
        ],
        batch_size=2000,
    )
    Statement.objects.bulk_create(
        [
            Statement(
                item=item,
                party=parties[(item.order + k) % len(parties)],
                kind=Statement.Kind.QUESTION if k == 0 else Statement.Kind.ANSWER,
                text="Frågan ställdes och besvarades.",
                order=k,
            )
            for item in items[3::6]
            for k in range(2)
        ],
        batch_size=2000,
    )
    Attendance.objects.bulk_create(
        [
            Attendance(
                meeting=m,
                person=people[(j * 37 + k) % len(people)],
                party=people[(j * 37 + k) % len(people)].party,
                order=k,
            )
            for j, m in enumerate(detailed)
            for k in range(6)
        ],
        batch_size=2000,
    )


def import_seed(group, user):
    """The longest seed protocol, through the one import path the pages use."""
    try:
        from samverkan.imports.domain import import_file
    except ImportError:
        return stand_in_for_seed(group)
    return import_file(
        group=group, filename=SEED_001.name, content=SEED_001.read_bytes(), user=user
    )


def stand_in_for_seed(group):
    """Until import_file exists: the seed's paragraphs as items, said loudly."""
    from samverkan.meetings.models import AgendaItem, Meeting

    print("WARNING: samverkan.imports.domain.import_file is missing; seed 001 stored by hand")
    meeting = Meeting.objects.create(group=group, status=Meeting.Status.IMPORTED)
    paragraphs = [p for p in SEED_001.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    AgendaItem.objects.bulk_create(
        AgendaItem(meeting=meeting, number=str(n), title=p.strip()[:60], text=p, order=n)
        for n, p in enumerate(paragraphs, start=1)
    )
    return meeting


def logged_in_client(user):
    from django.test import Client

    client = Client(HTTP_HOST=HOST)
    client.force_login(user)
    client.get("/konto/logga-in/")  # the CSRF cookie, as a browser has it from the login page
    return client


def count_queries(user, urls: dict[str, str], *, cold: bool = True) -> dict[str, str]:
    """Queries per page; cold: every cache emptied first, so the page renders in full;
    else the page's second request in a row."""
    from django.core.cache import caches
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client = logged_in_client(user)
    counts = {}
    for name, url in urls.items():
        if cold:
            for cache in caches.all():
                cache.clear()
        else:
            client.get(url)
        with CaptureQueriesContext(connection) as ctx:
            response = client.get(url)
        counts[name] = (
            str(len(ctx)) if response.status_code == 200 else f"HTTP {response.status_code}"
        )
    return counts


def time_in_process(user, urls: dict[str, str], rounds: int = 15) -> dict[str, tuple]:
    """Median milliseconds per request with one client and no HTTP: where the time goes.

    For each page (cached, uncached): the same request again, served from the
    per-session page cache; and rendered in full, every cache emptied first, which
    is what a worker's first visit and every visit after a change of data cost."""
    return {
        name: (median_ms(user, url, rounds), median_ms(user, url, rounds, empty_caches=True))
        for name, url in urls.items()
    }


def median_ms(user, url: str, rounds: int, *, empty_caches: bool = False) -> float:
    from django.core.cache import caches

    client = logged_in_client(user)
    client.get(url)
    samples = []
    for _ in range(rounds):
        if empty_caches:
            for cache in caches.all():
                cache.clear()
        began = time.perf_counter()
        client.get(url)
        samples.append((time.perf_counter() - began) * 1000)
    return statistics.median(samples)


# --- the server --------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def start_gunicorn(port: int, workers: int, threads: int) -> subprocess.Popen:
    command = [
        sys.executable,
        "-m",
        "gunicorn",
        "samverkan.wsgi:application",
        "--bind",
        f"{HOST}:{port}",
        "--workers",
        str(workers),
        "--worker-class",
        "gthread",
        "--threads",
        str(threads),
        "--chdir",
        str(REPO),
        "--log-level",
        "warning",
    ]
    server = subprocess.Popen(command, env=os.environ.copy(), start_new_session=True)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if get(port, "/bench/minimal/")[0] == 200:
                return server
        except OSError:
            time.sleep(0.2)
    stop(server)
    raise SystemExit("gunicorn did not answer within 30 s")


def stop(server: subprocess.Popen) -> None:
    os.killpg(server.pid, signal.SIGTERM)
    try:
        server.wait(10)
    except subprocess.TimeoutExpired:
        os.killpg(server.pid, signal.SIGKILL)


def get(
    port: int,
    path: str,
    cookie: str = "",
    method: str = "GET",
    body: str | None = None,
    headers: dict | None = None,
):
    conn = http.client.HTTPConnection(HOST, port, timeout=10)
    all_headers = {"Cookie": cookie} if cookie else {}
    all_headers.update(headers or {})
    conn.request(method, path, body=body, headers=all_headers)
    response = conn.getresponse()
    data = response.read().decode("utf-8", "replace")
    conn.close()
    return response.status, response.headers, data


def cookies_of(headers) -> dict[str, str]:
    jar = SimpleCookie()
    for header in headers.get_all("Set-Cookie") or []:
        jar.load(header)
    return {name: morsel.value for name, morsel in jar.items()}


def log_in(port: int, user) -> tuple[str, str]:
    """The cookies a browser holds after logging in (the session and the CSRF secret the
    login rotated): through the login form over HTTP, else a session made in the DB."""
    status, headers, page = get(port, "/konto/logga-in/")
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
    if status == 200 and token:
        csrf = cookies_of(headers).get("csrftoken", "")
        status, headers, _ = get(
            port,
            "/konto/logga-in/",
            cookie=f"csrftoken={csrf}",
            method="POST",
            body=urlencode(
                {
                    "username": user.username,
                    "password": PASSWORD,
                    "csrfmiddlewaretoken": token.group(1),
                }
            ),
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        )
        jar = cookies_of(headers)
        session, csrf = jar.get("sessionid"), jar.get("csrftoken", csrf)
        if status == 302 and session:
            return f"sessionid={session}; csrftoken={csrf}", "login form over HTTP"
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore
    from django.middleware.csrf import _get_new_csrf_string

    store = SessionStore()
    store[SESSION_KEY] = str(user.pk)
    store[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
    store[HASH_SESSION_KEY] = user.get_session_auth_hash()
    store.create()
    return (
        f"sessionid={store.session_key}; csrftoken={_get_new_csrf_string()}",
        f"session created in the DB (login form gave HTTP {status})",
    )


def check_pages(port: int, cookie: str, urls: dict[str, str]) -> None:
    """Refuse to measure a redirect to the login page or an error page."""
    for name, url in urls.items():
        status, _, body = get(port, url, cookie)
        # Every app page shows the logout form only to a logged-in user.
        logged_in = name == MINIMAL or 'action="/konto/logga-ut/"' in body
        if status != 200 or not logged_in:
            raise SystemExit(f"{name} ({url}) answered HTTP {status}, logged in: {logged_in}")


# --- the load ----------------------------------------------------------------


@dataclass
class Result:
    requests: int
    seconds: float
    p95_ms: float
    bad: int
    tool: str
    server_cpu_ms: float = float("nan")  # gunicorn's CPU time per request under the load

    @property
    def rps(self) -> float:
        return self.requests / self.seconds


def server_cpu_seconds(master_pid: int) -> float:
    """CPU time used so far by gunicorn's master and workers (Linux /proc; NaN elsewhere).

    Unlike req/s it barely changes when other processes compete for the CPUs."""
    try:
        ticks = os.sysconf("SC_CLK_TCK")
        total = 0
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue  # the process ended meanwhile
            pid, ppid = int(entry.name), int(fields[1])
            if master_pid in (pid, ppid):
                total += int(fields[11]) + int(fields[12])  # utime, stime
        return total / ticks
    except (OSError, ValueError):
        return float("nan")


WRK_SCRIPT = """
wrk.headers["Cookie"] = "%s"
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) bad = 0 end
function response(status, headers, body) if status ~= 200 then bad = bad + 1 end end
function done(summary, latency, requests)
  local total_bad = 0
  for _, t in ipairs(threads) do total_bad = total_bad + t:get("bad") end
  local e = summary.errors
  io.write(string.format("BENCH %%d %%d %%d %%d\\n", summary.requests, summary.duration,
    latency:percentile(95), total_bad + e.connect + e.read + e.write + e.timeout))
end
"""


def warm_up(port: int, path: str, cookie: str, seconds: float) -> None:
    """Sequential requests on fresh connections: every worker renders the page once, and
    no queue of abandoned requests is left behind to slow down the measured run."""
    deadline = time.monotonic() + seconds
    for _ in range(20):
        if time.monotonic() > deadline:
            break
        get(port, path, cookie)


def run_wrk(url: str, cookie: str, seconds: int, connections: int, workdir: Path) -> Result:
    script = workdir / "session.lua"
    script.write_text(WRK_SCRIPT % cookie)
    command = [
        "wrk",
        "-t2",
        f"-c{connections}",
        f"-d{seconds}s",
        "--timeout",
        "5s",
        "-s",
        str(script),
        url,
    ]
    output = subprocess.run(command, capture_output=True, text=True, timeout=seconds + 30).stdout
    match = re.search(r"^BENCH (\d+) (\d+) (\d+) (\d+)$", output, re.MULTILINE)
    if not match:
        raise SystemExit(f"wrk gave no result:\n{output}")
    requests, duration_us, p95_us, bad = map(int, match.groups())
    return Result(requests, duration_us / 1e6, p95_us / 1000, bad, "wrk")


def run_python(url: str, cookie: str, seconds: int, connections: int, workdir: Path) -> Result:
    port, path = int(url.split(":")[2].split("/")[0]), "/" + url.split("/", 3)[3]
    latencies: list[float] = []
    bad = [0]
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def client():
        conn = http.client.HTTPConnection(HOST, port, timeout=5)
        mine, errors = [], 0
        while time.monotonic() < deadline:
            began = time.perf_counter()
            try:
                conn.request("GET", path, headers={"Cookie": cookie})
                response = conn.getresponse()
                response.read()
                errors += response.status != 200
                if response.getheader("Connection", "").lower() == "close":
                    conn.close()
            except (OSError, http.client.HTTPException):
                errors += 1
                conn.close()
            mine.append(time.perf_counter() - began)
        with lock:
            latencies.extend(mine)
            bad[0] += errors

    began = time.monotonic()
    workers = [threading.Thread(target=client) for _ in range(connections)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    elapsed = time.monotonic() - began
    p95 = statistics.quantiles(latencies, n=20)[18] * 1000 if len(latencies) > 1 else float("nan")
    return Result(len(latencies), elapsed, p95, bad[0], "python threads")


# --- the report --------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=int, default=10, help="seconds of load per page")
    parser.add_argument("--warmup", type=int, default=3, help="at most seconds of warm-up per page")
    parser.add_argument("--connections", type=int, default=20)
    # Measured on two cores: 4 workers x 1 thread served about 40 % more than 2 x 4
    # (threads in one process share the GIL while rendering templates).
    parser.add_argument("--workers", type=int, default=min(4, 2 * (os.cpu_count() or 1)))
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument(
        "--client",
        choices=["auto", "wrk", "python"],
        default="auto",
        help="load generator: wrk when installed, else threaded Python",
    )
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory")
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="samverkan-bench-"))
    try:
        return bench(args, workdir)
    finally:
        if args.keep:
            print(f"kept {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)


def bench(args, workdir: Path) -> int:
    configure(workdir)
    user, urls, counts = build_database()
    in_process = time_in_process(user, {MINIMAL: "/bench/minimal/", **urls})
    targets = {MINIMAL: "/bench/minimal/", START: urls[START], MEETING: urls[MEETING]}
    load_before = os.getloadavg()[0]
    results, how = measure(args, workdir, user, targets)
    load_after = os.getloadavg()[0]
    print(
        f"gunicorn gthread, {args.workers} workers x {args.threads} thread(s), production settings; "
        f"session: {how}\nload: {next(iter(results.values())).tool}, {args.connections} "
        f"concurrent connections, {args.duration} s per page after {args.warmup} s warm-up\n"
    )
    ok = report_load(results, in_process, args.connections)
    print(
        f"machine: {os.cpu_count()} CPUs, load average {load_before:.1f} before the load "
        f"and {load_after:.1f} after it (other processes skew the numbers)\n"
    )
    ok &= report_queries(*counts)
    print(f"\n{'PASS' if ok else 'FAIL'}")
    return 0 if ok else 1


def build_database():
    """Migrate, collect static files, fill; count queries at SMALL and at LARGE meetings."""
    from django.core.management import call_command

    from samverkan.meetings.models import AgendaItem, Meeting

    began = time.monotonic()
    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    groups, parties, people, user = build_base()
    seed = import_seed(groups[0], user)
    add_meetings(groups, parties, people, SMALL - 1, offset=0)
    urls = {START: "/", MEETING: seed.get_absolute_url(), GROUP: groups[0].get_absolute_url()}
    small_counts = count_queries(user, urls)
    add_meetings(groups, parties, people, LARGE - SMALL, offset=SMALL)
    large_counts = count_queries(user, urls)
    warm_counts = count_queries(user, urls, cold=False)
    print(
        f"database: {Meeting.objects.count():,} meetings, {AgendaItem.objects.count():,} items, "
        f"seed 001 with {seed.items.count()} items; built in {time.monotonic() - began:.1f} s"
    )
    return user, urls, (small_counts, large_counts, warm_counts)


def measure(args, workdir: Path, user, targets: dict[str, str]) -> tuple[dict[str, Result], str]:
    port = free_port()
    server = start_gunicorn(port, args.workers, args.threads)
    try:
        cookie, how = log_in(port, user)
        check_pages(port, cookie, targets)
        use_wrk = args.client == "wrk" or (args.client == "auto" and shutil.which("wrk"))
        runner = run_wrk if use_wrk else run_python
        results = {}
        for name, path in targets.items():
            url = f"http://{HOST}:{port}{path}"
            warm_up(port, path, cookie, args.warmup)
            cpu_before = server_cpu_seconds(server.pid)
            result = runner(url, cookie, args.duration, args.connections, workdir)
            cpu = server_cpu_seconds(server.pid) - cpu_before
            result.server_cpu_ms = 1000 * cpu / result.requests if result.requests else float("nan")
            results[name] = result
    finally:
        stop(server)
    return results, how


def report_load(results: dict[str, Result], in_process: dict[str, tuple], connections: int) -> bool:
    baseline = results[MINIMAL].rps
    ok = True
    print(
        f"{'page':<26} {'req/s':>9} {'p95 ms':>8} {'ratio':>6} {'errors':>7} "
        f"{'server CPU ms':>13} {'1-client ms':>12} {'uncached ms':>12}"
    )
    for name, r in results.items():
        ratio = r.rps / baseline if baseline else 0.0
        passed = r.requests > 0 and r.bad == 0
        if name != MINIMAL:
            passed = passed and ratio >= MIN_RATIO and r.p95_ms < MAX_P95_MS
        ok &= passed
        verdict = ("baseline" if name == MINIMAL else "PASS") if passed else "FAIL"
        p95 = f"{r.p95_ms:.1f}" if r.requests else "-"
        print(
            f"{name:<26} {r.rps:>9.1f} {p95:>8} {ratio:>6.2f} {r.bad:>7} "
            f"{r.server_cpu_ms:>13.2f} {in_process[name][0]:>12.1f} {in_process[name][1]:>12.1f}  "
            f"{verdict}"
        )
    print(
        f"targets: ratio >= {MIN_RATIO:.0%} of the minimal view's req/s, p95 < {MAX_P95_MS:.0f} ms"
        "\nerrors: non-200 answers, timeouts and socket errors; server CPU ms: gunicorn's CPU "
        "time per request during the load (HTTP included; steadier than req/s on a busy machine); "
        "1-client ms: median time of one "
        "request in process, without HTTP, the page served from the per-session page cache as "
        "under load; uncached ms: the same rendered in full with every cache empty (a worker's "
        "first visit, or the first after any change of data)"
    )
    needed = 1000 * connections / MAX_P95_MS  # Little's law
    print(
        f"({connections} connections with latency under {MAX_P95_MS:.0f} ms need about {needed:.0f} req/s: "
        f"at most {1000 * (os.cpu_count() or 1) / needed:.0f} ms of CPU per request "
        f"on {os.cpu_count()} CPUs)"
    )
    return ok


def report_queries(small: dict[str, str], large: dict[str, str], warm: dict[str, str]) -> bool:
    ok = True
    print(f"{'queries per page':<26} {f'{SMALL} mtgs':>9} {f'{LARGE:,} mtgs':>11} {'cached':>7}")
    for name in small:
        same = small[name] == large[name] and small[name].isdigit()
        ok &= same
        print(
            f"{name:<26} {small[name]:>9} {large[name]:>11} {warm[name]:>7}  "
            f"{'PASS' if same else 'FAIL'}"
        )
    print(
        "(counted with empty caches; cached: the same page again at once, from the page cache: "
        "the session and the data version)"
    )
    return ok


if __name__ == "__main__":
    sys.exit(main())
