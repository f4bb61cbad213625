"""Generate a large library of realistic, varied postmortems for benchmarks and screenshots.

    .venv/bin/python scripts/generate_library.py /tmp/big.sqlite3            # 100,000
    .venv/bin/python scripts/generate_library.py /tmp/small.sqlite3 -n 500 --seed 7

Incidents start between 2019 and today, more of them in recent years; older ones are
mostly final with their tasks done, recent ones are often drafts with open tasks, some
of them overdue. The same seed gives the same library.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from pmdesk.domain.model import (
    EventKind,
    Postmortem,
    Severity,
    Status,
    Task,
    TaskStatus,
    TaskType,
    TimelineEvent,
)
from pmdesk.storage.library import Library

SERVICES = [
    "checkout API",
    "payments gateway",
    "search cluster",
    "login service",
    "mobile push",
    "order database",
    "CDN edge",
    "email delivery",
    "billing batch",
    "inventory sync",
    "customer portal",
    "reporting warehouse",
    "VPN",
    "single sign-on",
    "image resizer",
    "recommendation engine",
    "shipping label service",
    "support chat",
    "status page",
    "Kafka pipeline",
    "DNS",
    "Kubernetes cluster",
    "object storage",
    "feature flag service",
]
SYMPTOMS = [
    "outage",
    "elevated error rates",
    "slow page loads",
    "partial outage",
    "data delay",
    "login failures",
    "duplicate charges",
    "stale search results",
    "failed deployments",
    "timeouts",
    "missing notifications",
    "degraded performance",
]
CAUSES = [
    (
        "an expired TLS certificate",
        "The certificate was renewed by hand and the reminder went to a former employee.",
    ),
    (
        "database connection pool exhaustion",
        "A slow query held connections open until the pool ran dry.",
    ),
    (
        "a bad configuration push",
        "A configuration change was rolled out to every region at once without a canary.",
    ),
    (
        "a full disk on the primary database",
        "Log retention had been disabled during a migration and never turned back on.",
    ),
    (
        "a DNS misconfiguration",
        "A record was changed with a one-week TTL, so the mistake could not be undone quickly.",
    ),
    (
        "a memory leak in the new release",
        "A cache grew without bound under production traffic patterns.",
    ),
    (
        "a third-party provider outage",
        "Our provider had a regional outage and we had no fallback configured.",
    ),
    ("a runaway cron job", "A nightly job was scheduled twice and competed with itself for locks."),
    ("a network partition", "A switch firmware upgrade split the cluster into two halves."),
    (
        "a cache stampede",
        "Every cache entry expired at once after a restart and the database took the full load.",
    ),
    ("a sudden traffic surge", "A marketing campaign launched without telling the on-call team."),
    (
        "a failed load balancer health check",
        "The health check path was renamed in the release but not in the load balancer.",
    ),
    (
        "a feature flag turned on for everyone",
        "The flag was meant for 1% of users but the percentage field was left empty.",
    ),
    ("an unindexed query", "A new report scanned the whole orders table on every page view."),
]
PEOPLE = [
    "Amara Okafor",
    "Ben Schulz",
    "Chen Wei",
    "Daniela Ruiz",
    "Emma Lindqvist",
    "Farid Haddad",
    "Grace Kim",
    "Hiro Tanaka",
    "Isabel Costa",
    "Jonas Berg",
    "Kavya Nair",
    "Liam O'Brien",
    "María José Pérez",
    "Noah Williams",
    "Olga Ivanova",
    "Priya Sharma",
    "Quentin Dubois",
    "Rosa Moreno",
    "Sam Taylor",
    "Tomasz Nowak",
    "Uma Patel",
    "Victor Hugo Lima",
    "Yara Haddad",
]
TEAMS = ["Platform team", "Database team", "SRE", "Payments team", "Support", "Networking"]
ZONES = ["UTC", "Europe/Berlin", "America/New_York", "Asia/Tokyo", "Europe/London"]
TASKS = [
    ("Add an alert on {service} error rate above 2%", TaskType.DETECT),
    ("Automate renewal for {service}", TaskType.PREVENT),
    ("Write a runbook for {symptom} on {service}", TaskType.PROCESS),
    ("Add a canary stage to {service} deployments", TaskType.PREVENT),
    ("Set up automatic scaling for {service}", TaskType.MITIGATE),
    ("Load-test {service} at twice the peak traffic", TaskType.PREVENT),
    ("Add a fallback provider for {service}", TaskType.MITIGATE),
    ("Review on-call escalation for {service}", TaskType.PROCESS),
    ("Add a dashboard for {service} saturation", TaskType.DETECT),
    ("Document the rollback procedure for {service}", TaskType.PROCESS),
]
ANALOGIES = [
    "It was like a busy highway where every lane closed at once.",
    "Imagine a restaurant whose kitchen stopped taking orders while waiters kept seating guests.",
    "Think of a library whose catalogue vanished: every book was there, nobody could find one.",
]
START_YEAR = 2019


def _start_time(rng: random.Random, today: date) -> datetime:
    # Weighted towards recent years: organisations and their incident counts grow.
    first = datetime(START_YEAR, 1, 1, tzinfo=UTC)
    last = datetime.combine(today, datetime.min.time(), UTC) - timedelta(hours=6)
    fraction: float = rng.random() ** 0.7
    moment = first + (last - first) * fraction
    return moment.replace(second=0, microsecond=0)


def _timeline(
    rng: random.Random, start: datetime, service: str, cause: str, symptom: str
) -> tuple[list[TimelineEvent], datetime, datetime]:
    t = start + timedelta(minutes=rng.randint(1, 45))
    detected = t
    events = [
        TimelineEvent(
            t, f"Monitoring alerts showed {symptom} on the {service}.", EventKind.DETECTED
        )
    ]
    t += timedelta(minutes=rng.randint(1, 10))
    events.append(
        TimelineEvent(t, f"The on-call engineer {rng.choice(PEOPLE)} was paged.", EventKind.ALERTED)
    )
    t += timedelta(minutes=rng.randint(5, 30))
    events.append(
        TimelineEvent(
            t,
            f"Investigation started on the {service} dashboards and logs.",
            EventKind.INVESTIGATED,
        )
    )
    if rng.random() < 0.5:
        t += timedelta(minutes=rng.randint(10, 60))
        wrong = rng.choice(CAUSES)[0]
        events.append(
            TimelineEvent(
                t, f"The team suspected {wrong}; this turned out to be wrong.", EventKind.DEAD_END
            )
        )
    if rng.random() < 0.6:
        t += timedelta(minutes=rng.randint(5, 40))
        events.append(
            TimelineEvent(t, f"Escalated to the {rng.choice(TEAMS)}.", EventKind.ESCALATED)
        )
    for _ in range(rng.randint(0, 3)):
        t += timedelta(minutes=rng.randint(2, 25))
        events.append(
            TimelineEvent(
                t, f"Status page updated; support informed about the {symptom}.", EventKind.NOTE
            )
        )
    t += timedelta(minutes=rng.randint(5, 120))
    events.append(
        TimelineEvent(
            t,
            f"Mitigated: traffic moved away from the affected {service} nodes.",
            EventKind.MITIGATED,
        )
    )
    t += timedelta(minutes=rng.randint(5, 240))
    events.append(TimelineEvent(t, f"Resolved after fixing {cause}.", EventKind.RESOLVED))
    return events, detected, t


def _tasks(
    rng: random.Random, start: datetime, service: str, symptom: str, today: date
) -> list[Task]:
    age_days = (today - start.date()).days
    # Old incidents have had time to finish their follow-ups; recent ones have not.
    done_chance = (
        0.998
        if age_days > 540
        else 0.97
        if age_days > 365
        else 0.85
        if age_days > 180
        else 0.6
        if age_days > 60
        else 0.25
    )
    tasks = []
    for template, kind in rng.sample(TASKS, rng.randint(1, 4)):
        due = start.date() + timedelta(days=rng.randint(7, 75))
        tasks.append(
            Task(
                description=template.format(service=service, symptom=symptom),
                owner=rng.choice(PEOPLE) if rng.random() < 0.95 else "",
                due=due if rng.random() < 0.93 else None,
                status=TaskStatus.DONE if rng.random() < done_chance else TaskStatus.OPEN,
                type=kind,
            )
        )
    return tasks


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def make_postmortem(rng: random.Random, today: date) -> Postmortem:
    service, symptom = rng.choice(SERVICES), rng.choice(SYMPTOMS)
    cause, detail = rng.choice(CAUSES)
    start = _start_time(rng, today)
    events, detected, end = _timeline(rng, start, service, cause, symptom)
    age_days = (today - start.date()).days
    status = (
        Status.FINAL
        if age_days > 60 or rng.random() < 0.3
        else rng.choice([Status.DRAFT, Status.IN_REVIEW])
    )
    title = rng.choice(
        [
            f"{_upper_first(service)} {symptom}",
            f"{_upper_first(symptom)} on the {service}",
            f"{_upper_first(service)} {symptom} caused by {cause}",
        ]
    )
    severity = rng.choices(list(Severity), weights=[8, 22, 40, 30])[0]
    share = rng.choice([5, 10, 25, 40, 100])
    return Postmortem(
        title=title,
        introduction=(
            f"On {start:%B %d, %Y} the {service} had {symptom}. This postmortem explains "
            f"what happened, how we responded and what we will change."
        ),
        severity=severity,
        status=status,
        started_at=start,
        detected_at=detected,
        resolved_at=end,
        timezone=rng.choice(ZONES),
        services=[service, *rng.sample(SERVICES, rng.randint(0, 2))],
        authors=rng.sample(PEOPLE, rng.randint(1, 3)),
        tags=rng.sample(
            ["customer-facing", "internal", "security", "data", "latency", "vendor"], 2
        ),
        impact=[
            f"About {share}% of users were affected by {symptom}.",
            f"Support received {rng.randint(3, 900)} tickets.",
        ],
        root_cause=f"{cause[0].upper()}{cause[1:]} on the {service}.",
        root_cause_detail=detail,
        resolution=f"The team fixed {cause} and restored the {service} to normal operation.",
        timeline=events,
        improvements=[
            f"Improve monitoring of the {service}.",
            "Rehearse the response in a game day.",
        ],
        actions=_tasks(rng, start, service, symptom, today),
        analogy=rng.choice(ANALOGIES) if rng.random() < 0.3 else "",
        conclusion=f"The {service} is stable again and the follow-up tasks are tracked.",
    )


def generate(rng: random.Random, count: int, today: date) -> Iterator[Postmortem]:
    for _ in range(count):
        yield make_postmortem(rng, today)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path, help="library file to create")
    parser.add_argument("-n", "--count", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--batch", type=int, default=5_000, help="incidents per transaction")
    parser.add_argument("--force", action="store_true", help="replace an existing file")
    args = parser.parse_args(argv)
    if args.path.exists():
        if not args.force:
            print(f"{args.path} exists; use --force to replace it", file=sys.stderr)
            return 1
        for suffix in ("", "-wal", "-shm"):
            Path(f"{args.path}{suffix}").unlink(missing_ok=True)
    rng = random.Random(args.seed)
    today = date.today()
    began = time.perf_counter()
    made = 0
    with Library(args.path) as library:
        batch: list[Postmortem] = []
        for pm in generate(rng, args.count, today):
            batch.append(pm)
            if len(batch) >= args.batch:
                library.add_many(batch)
                made += len(batch)
                batch = []
                print(f"{made:>8} incidents  {time.perf_counter() - began:6.1f} s", flush=True)
        if batch:
            library.add_many(batch)
            made += len(batch)
    print(f"{made} incidents written to {args.path} in {time.perf_counter() - began:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
