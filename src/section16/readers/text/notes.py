"""The reading state's notes: what the reader is unsure of, its warnings, and the evidence
for every field (the text it came from and the rule that confirmed or repaired it)."""

from __future__ import annotations

from typing import Any

from section16.readers.text.normalize import strip_hidden_marks

# ---------------------------------------------------------------------------------------
# The reading state: values plus what we are unsure of and why.
# ---------------------------------------------------------------------------------------


class _Notes:
    def __init__(self) -> None:
        self.uncertain: list[str] = []
        self.warnings: list[str] = []
        self.evidence: dict[str, str] = {}

    def see(self, path: str, text: str, rule: str, *, uncertain: bool = False) -> None:
        self.evidence[path] = f"{strip_hidden_marks(text).strip()[:120]!r}; {rule}"
        if uncertain and path not in self.uncertain:
            self.uncertain.append(path)

    def unsure(self, path: str, rule: str, text: str = "") -> None:
        old = self.evidence.get(path)
        if old is not None and not text and rule not in old:
            # a later doubt keeps what was read and why: "...; code column empty ...; OCR row not confirmed"
            self.evidence[path] = f"{old}; {rule}"
            if path not in self.uncertain:
                self.uncertain.append(path)
            return
        self.see(path, text, rule, uncertain=True)



    def unsure_all(self, prefix: str, obj: Any, rule: str, text: str = "", *, only_set: bool = False) -> None:
        """Doubt every field of one owner or row (``prefix`` is its path, e.g. ``reporting_owners[0]``).

        Used when the whole box or row is in question (read from a sub-label, split, merged or
        not confirmed). Its footnote ids are left alone: each marker is doubted on its own.
        ``only_set`` doubts just the fields that hold a value.
        """
        for f in type(obj).__struct_fields__:
            if f != "footnote_ids" and (not only_set or getattr(obj, f) is not None):
                self.unsure(f"{prefix}.{f}", rule, text)
