"""SEC business days and the Section 16 filing deadlines.

A "business day" for EDGAR is any day other than a Saturday, Sunday or federal holiday
(Regulation S-T Rule 11, 17 CFR 232.11). That is the federal calendar, not the NYSE's:
EDGAR is open on Good Friday (NYSE closed) and closed on Columbus Day and Veterans Day
(NYSE open). We use `holidays.US` with the ``public`` category (the statutory federal
holidays and their observed days) plus the ``government`` category (days the President
closed federal offices by executive order, such as Christmas Eve 2024 or the national
days of mourning of 2018 and 2025, when EDGAR was closed too).

Deadlines:

* Form 4: before the end of the second business day after the transaction (Exchange Act
  section 16(a)(2)(C)); for a transaction with a deemed execution date (Rule 16a-3(g)(2)/(3))
  the two days run from that date.
* Form 3: within 10 days after becoming an insider; Form 5: within 45 days after the
  issuer's fiscal year end. Both are calendar-day periods, and when the last day falls on a
  weekend or holiday the form may be filed on the next business day (Exchange Act Rule 0-3).
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

import holidays

__all__ = ["is_business_day", "add_business_days", "roll_forward", "form4_due", "form3_due", "form5_due"]

_FEDERAL = holidays.US(categories=(holidays.PUBLIC, holidays.GOVERNMENT))


@lru_cache(maxsize=4096)
def is_business_day(day: date) -> bool:
    """True when EDGAR counts ``day`` as a business day."""
    return day.weekday() < 5 and day not in _FEDERAL


def add_business_days(day: date, n: int) -> date:
    """The ``n``-th business day after ``day`` (``day`` itself is not counted)."""
    current = day
    while n > 0:
        current += timedelta(days=1)
        if is_business_day(current):
            n -= 1
    return current


def roll_forward(day: date) -> date:
    """``day`` if it is a business day, else the next business day (Rule 0-3)."""
    while not is_business_day(day):
        day += timedelta(days=1)
    return day


def form4_due(transaction_date: date) -> date:
    return add_business_days(transaction_date, 2)


def form3_due(event_date: date) -> date:
    return roll_forward(event_date + timedelta(days=10))


def form5_due(fiscal_year_end: date) -> date:
    return roll_forward(fiscal_year_end + timedelta(days=45))


def holiday_name(day: date) -> str | None:
    """The federal holiday on ``day``, for messages that explain a deadline."""
    return _FEDERAL.get(day)
