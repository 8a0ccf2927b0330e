"""How the ledger recognises the same issuer, owner and security across filings.

Owners: the same CIK is the same owner. Without a CIK, an owner is recognised by the
normalised name *within one issuer*: upper case, accents and punctuation dropped, the
suffixes JR/SR/II/III/IV/ESQ/MD/PHD and honorifics MR/MRS/MS/DR dropped, and the words
sorted, so "Dillon Matthew S." and "Matthew S. Dillon" are one person.
Issuers: CIK, else trading symbol, else normalised name.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_DROP_WORDS = {"JR", "SR", "II", "III", "IV", "ESQ", "MD", "PHD", "MR", "MRS", "MS", "DR"}
_NON_WORD = re.compile(r"[^A-Z0-9]+")
_SPACES = re.compile(r"\s+")


def _ascii_upper(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch)).upper()


@lru_cache(maxsize=65536)
def norm_person(name: str | None) -> str:
    """The order-free key of a person's name ('Last First M' == 'First M. Last')."""
    if not name:
        return ""
    words = [w for w in _NON_WORD.split(_ascii_upper(name)) if w and w not in _DROP_WORDS]
    return " ".join(sorted(words))


@lru_cache(maxsize=65536)
def norm_text(text: str | None) -> str:
    """Case, punctuation and spacing folded: for security titles, issuer names, natures."""
    if not text:
        return ""
    return " ".join(w for w in _NON_WORD.split(_ascii_upper(text)) if w)


def norm_cik(cik: str | None) -> str | None:
    """A CIK as ten digits, or None when absent or not a number."""
    if cik is None:
        return None
    digits = re.sub(r"\D", "", str(cik))
    if not digits or int(digits) == 0:
        return None
    return digits[-10:].zfill(10)


def looks_like_cik(text: str) -> bool:
    return bool(re.fullmatch(r"\s*\d{1,10}\s*", text or ""))
