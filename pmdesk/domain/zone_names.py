"""Time zones by the names of their cities, for people who look for "San Francisco" or
"Mumbai" rather than America/Los_Angeles or Asia/Kolkata.

Each zone of the tz database is listed as "Los Angeles, San Francisco, Seattle —
America/Los_Angeles": its own city, the large cities that keep its time without a zone
of their own, and its name, so that typing any of them finds it. Pure Python.
"""

from __future__ import annotations

import zoneinfo
from dataclasses import dataclass
from functools import cache

# Large cities that are not the name of their zone.
CITIES: dict[str, tuple[str, ...]] = {
    "America/New_York": ("Boston", "Washington DC", "Philadelphia", "Miami", "Atlanta"),
    "America/Chicago": ("Dallas", "Houston", "Austin", "Minneapolis", "Kansas City"),
    "America/Denver": ("Salt Lake City", "Albuquerque"),
    "America/Los_Angeles": ("San Francisco", "Seattle", "San Diego", "San Jose", "Portland",
                            "Las Vegas"),
    "America/Toronto": ("Ottawa", "Montreal"),
    "America/Sao_Paulo": ("Rio de Janeiro", "Brasilia"),
    "Europe/London": ("Manchester", "Edinburgh", "Birmingham", "Glasgow"),
    "Europe/Paris": ("Lyon", "Marseille"),
    "Europe/Berlin": ("Munich", "Frankfurt", "Hamburg", "Cologne"),
    "Europe/Madrid": ("Barcelona", "Valencia", "Seville"),
    "Europe/Rome": ("Milan", "Naples", "Turin"),
    "Europe/Amsterdam": ("Rotterdam", "The Hague", "Utrecht"),
    "Europe/Zurich": ("Geneva", "Basel", "Bern"),
    "Europe/Warsaw": ("Krakow", "Wroclaw"),
    "Europe/Istanbul": ("Ankara",),
    "Europe/Moscow": ("Saint Petersburg",),
    "Asia/Kolkata": ("Mumbai", "Delhi", "Bengaluru", "Bangalore", "Chennai", "Hyderabad",
                     "Pune"),
    "Asia/Shanghai": ("Beijing", "Shenzhen", "Guangzhou", "Hangzhou"),
    "Asia/Tokyo": ("Osaka", "Kyoto", "Yokohama"),
    "Asia/Seoul": ("Busan",),
    "Asia/Dubai": ("Abu Dhabi",),
    "Asia/Riyadh": ("Jeddah",),
    "Asia/Karachi": ("Lahore", "Islamabad"),
    "Asia/Ho_Chi_Minh": ("Saigon", "Hanoi"),
    "Asia/Jerusalem": ("Tel Aviv",),
    "Australia/Sydney": ("Canberra",),
    "Africa/Lagos": ("Abuja",),
    "Africa/Johannesburg": ("Cape Town", "Pretoria", "Durban"),
    "Pacific/Auckland": ("Wellington",),
}
# Where people live: the other names in the database are old aliases ("US/Eastern") or
# offsets whose sign reads backwards ("Etc/GMT+1" is an hour behind).
REGIONS = frozenset({"Africa", "America", "Antarctica", "Arctic", "Asia", "Atlantic",
                     "Australia", "Europe", "Indian", "Pacific"})


@dataclass(frozen=True, slots=True)
class ZoneChoice:
    name: str  # the tz database's name, which the postmortem keeps
    text: str  # what the list shows and typing searches

    @property
    def short(self) -> str:
        """'London — Europe/London': the zone's own city, for the field once chosen."""
        city, _, name = self.text.rpartition(" — ")
        return f"{city.split(',')[0]} — {name}" if city else self.text

    def matches(self, typed: str) -> bool:
        return typed.casefold() in self.text.casefold()


def zone_text(name: str) -> str:
    """'Los Angeles, San Francisco, … — America/Los_Angeles'; 'UTC' for UTC."""
    parts = name.split("/")
    if len(parts) < 2:
        return name
    city = parts[-1].replace("_", " ")
    if len(parts) > 2:  # America/Indiana/Knox: which Knox
        city = f"{city} ({parts[1].replace('_', ' ')})"
    return f"{', '.join((city, *CITIES.get(name, ())))} — {name}"


@cache
def zone_choices() -> tuple[ZoneChoice, ...]:
    """UTC first (the default, and what most reports use), then every zone by city."""
    names = [z for z in zoneinfo.available_timezones() if z.split("/")[0] in REGIONS]
    choices = sorted((ZoneChoice(z, zone_text(z)) for z in names), key=lambda c: c.text)
    return (ZoneChoice("UTC", "UTC — Coordinated Universal Time"), *choices)


def find_zone(typed: str, choices: tuple[ZoneChoice, ...] | None = None) -> str | None:
    """The zone a person means by what they typed: a line of the list, a zone's name
    ("Europe/Paris"), or a city that is in only one zone ("paris", "san francisco").
    None when nothing or more than one zone fits."""
    text = typed.strip()
    if not text:
        return None
    options = choices if choices is not None else zone_choices()
    for choice in options:
        if text.casefold() in (choice.text.casefold(), choice.name.casefold(),
                               choice.short.casefold()):
            return choice.name
    fitting = [c for c in options if c.matches(text)]
    # "london" is London's city and only the start of "Londonderry"-like names.
    exact = [c for c in fitting
             if text.casefold() in (p.strip().casefold() for p in
                                    c.text.split(" — ")[0].split(","))]
    if len(exact) == 1:
        return exact[0].name
    return fitting[0].name if len(fitting) == 1 else None
