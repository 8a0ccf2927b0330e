"""The form's own rules applied after reading: D/I, codes, prices and A/D inferred where the
text lost them, and the owned-following arithmetic that confirms or repairs amounts."""

from __future__ import annotations

import re
from collections import Counter
from decimal import Decimal
from typing import Any

from section16.readers.text.tokens import _number_readings
from section16.readers.text.values import _dec

_PRICE_RANGE = re.compile(
    r"(?:rang\w*|prices?)\s+(?:from|of|between)\s+\$\s?(\d[\d,]*(?:\.\d+)?)\s*(?:to|and|-|through)\s*"
    r"\$\s?(\d[\d,]*(?:\.\d+)?)",
    re.I,
)
"""A weighted average price's footnote: 'at prices ranging from $43.00 to $44.78'."""
_WORD_CHARS = re.compile(r"[^0-9a-z]+")
_CLASS_LETTER = re.compile(r"\b(?:class|series) [a-z0-9]\b")
"""A class's or series' letter right after the word: between orders read as often, the title's."""


def _title_words(title: str) -> tuple[str, ...]:
    """A title's words, lower case, without OCR's stray punctuation ("Class' A Common 'Stock")."""
    return tuple(w for w in (_WORD_CHARS.sub("", x) for x in title.lower().split()) if w)


class FormRules:
    """Inference and arithmetic over the rows read: a part of `Reader`, whose state it shares."""

    def _ocr_title_order(self) -> None:
        """A tilted scan's OCR sets a wrapped title's words out of order ('Class Common A Stock' for
        'Class A Common Stock': the 'A' a line lower on a tilted page). A title whose words are those of
        another title of the same table, in another order, takes the order most of that table's titles
        of those words read (more than any other order, or as many with a class's letter after 'Class';
        uncertain). Rows of one security then chain in
        the owned-following arithmetic."""
        for tables in (("non_derivative_transactions", "non_derivative_holdings"),
                       ("derivative_transactions", "derivative_holdings")):
            rows = [(t, k, r) for t in tables for k, r in enumerate(getattr(self.doc, t)) if r.security_title]
            by_words: dict[tuple[str, ...], Counter[tuple[str, ...]]] = {}
            for _t, _k, r in rows:
                words = _title_words(r.security_title)
                by_words.setdefault(tuple(sorted(words)), Counter())[words] += 1
            for t, k, r in rows:
                words = _title_words(r.security_title)
                ranked = sorted(by_words[tuple(sorted(words))].items(),
                                key=lambda x: (-x[1], not _CLASS_LETTER.search(" ".join(x[0]))))
                (best, n), *rest = ranked
                tie = bool(rest) and rest[0][1] == n and (not _CLASS_LETTER.search(" ".join(best))
                                                          or _CLASS_LETTER.search(" ".join(rest[0][0])))
                if words == best or tie or len(words) < 2:
                    continue
                src = next(x.security_title for _t, _k, x in rows if _title_words(x.security_title) == best)
                self.notes.unsure(f"{t}[{k}].security_title", "OCR set the title's words out of order; as the "
                                  "table's other titles of these words read", r.security_title)
                r.security_title = src

    # -- the form's arithmetic ---------------------------------------------------------------------------
    def _infer_ownership(self) -> None:
        """D/I lost (OCR drops lone letters): a row with a nature of indirect ownership is I."""
        for table in ("non_derivative_transactions", "non_derivative_holdings", "derivative_transactions",
                      "derivative_holdings"):
            for k, row in enumerate(getattr(self.doc, table)):
                if row.direct_or_indirect_ownership is None and row.security_title:
                    nature = len(re.sub(r"[^A-Za-z]", "", row.nature_of_ownership or "")) >= 3  # else noise
                    row.direct_or_indirect_ownership = "I" if nature else "D"
                    self.notes.unsure(
                        f"{table}[{k}].direct_or_indirect_ownership",
                        "column 6/10 empty; 'I' when a nature of indirect ownership is given, else 'D'",
                    )

    def _infer_codes(self) -> None:
        """Code, A/D or a grant's $0 price lost: infer from Table II, the owned amounts and the price."""
        exercised = {
            (r.transaction_date, r.transaction_shares): r.transaction_code
            for r in self.doc.derivative_transactions
            if r.transaction_code in ("M", "X", "C")
        }
        for k, row in enumerate(self.doc.non_derivative_transactions):
            p = f"non_derivative_transactions[{k}]"
            price = row.transaction_price_per_share
            if row.transaction_code is None and row.transaction_shares is not None:
                code, why = None, ""
                hit = exercised.get((row.transaction_date, row.transaction_shares))
                if hit and row.transaction_acquired_disposed_code in (None, "A"):
                    code, why = hit, f"same date and amount as a Table II code {hit} row"
                elif row.transaction_acquired_disposed_code == "A" and price == 0:
                    code, why = "A", "acquired at $0: a grant"
                elif row.transaction_acquired_disposed_code == "A" and price:
                    code, why = "P", "acquired at a price: a purchase"
                elif row.transaction_acquired_disposed_code == "D" and price:
                    code, why = "S", "disposed of at a price: a sale"
                if code:
                    row.transaction_code = code
                    self.notes.unsure(f"{p}.transaction_code", f"code column empty; {why}")
                    if hit and row.transaction_acquired_disposed_code is None:
                        row.transaction_acquired_disposed_code = "A"
                        self.notes.unsure(f"{p}.transaction_acquired_disposed_code", f"code {hit} acquires")
            if price is None and row.transaction_code in ("M", "X") and self.fmt == "ocr":
                # OCR lost the price of an exercise: the shares were bought at the exercise price of
                # the Table II row exercised the same day for the same amount
                ex = [r.conversion_or_exercise_price for r in self.doc.derivative_transactions
                      if r.transaction_code == row.transaction_code and r.transaction_date == row.transaction_date
                      and r.transaction_shares == row.transaction_shares and r.conversion_or_exercise_price is not None]
                if len(set(ex)) == 1:
                    row.transaction_price_per_share = price = ex[0]
                    self.notes.unsure(f"{p}.transaction_price_per_share",
                                      "price column empty; the exercise price of the Table II row exercised")
            zero = (row.transaction_code == "G" and self.fmt == "ocr"  # OCR drops a lone '$0' cell
                    or row.transaction_code in ("A", "G") and row.transaction_acquired_disposed_code == "A")
            if price is None and zero and "transaction_price_per_share" not in row.footnote_ids:
                row.transaction_price_per_share = Decimal(0)
                self.notes.unsure(f"{p}.transaction_price_per_share", "price column empty; grants and gifts are $0")

    def _infer_codes2(self) -> None:
        """OCR lost a Table II row's code: an exercise or conversion shows on both tables, so a Table I row of
        code M, X or C acquiring the same amount on the same date says which; the derivative was disposed of
        (both inferred, uncertain). Amounts must agree: a conversion at another ratio is not matched."""
        done = {(r.transaction_date, r.transaction_shares): r.transaction_code
                for r in self.doc.non_derivative_transactions
                if r.transaction_code in ("M", "X", "C") and r.transaction_acquired_disposed_code in ("A", None)}
        for k, row in enumerate(self.doc.derivative_transactions):
            hit = done.get((row.transaction_date, row.transaction_shares))
            if row.transaction_code is not None or row.transaction_shares is None or hit is None:
                continue
            p = f"derivative_transactions[{k}]"
            row.transaction_code = hit
            self.notes.unsure(f"{p}.transaction_code", f"code column empty; same date and amount as a Table I "
                              f"code {hit} row")
            if row.transaction_acquired_disposed_code is None:
                row.transaction_acquired_disposed_code = "D"
                self.notes.unsure(f"{p}.transaction_acquired_disposed_code", f"code {hit} disposes of the derivative")

    def _infer_prices2(self) -> None:
        """OCR drops a lone '$0' cell: in Table II a gift (G), an exercise (M) or a conversion (C) and
        a grant or award (A) that acquires the derivative are priced $0 (the price paid on an exercise is
        the exercise price, column 2; a granted option costs nothing). A grant's price was lost as often
        as a gift's, on tuning forms and synthetic ones alike."""
        if self.fmt != "ocr":
            return
        for k, row in enumerate(self.doc.derivative_transactions):
            grant = row.transaction_code == "A" and row.transaction_acquired_disposed_code in (None, "A")
            if (row.transaction_price_per_share is None and (row.transaction_code in ("G", "M", "C") or grant)
                    and "transaction_price_per_share" not in row.footnote_ids):
                row.transaction_price_per_share = Decimal(0)
                self.notes.unsure(f"derivative_transactions[{k}].transaction_price_per_share",
                                  f"price column empty; a code {row.transaction_code} row is priced $0")

    def _owned2_lost_zero(self) -> None:
        """OCR drops a lone '0' cell: a Table II disposition (D) whose amount owned following is missing,
        no marker read there, owns nothing after it (all options exercised, given or converted). The
        previous row of the same security, when there is one, says more and decides instead (its amount
        owned less this row's, when that is not negative). Inferred, so uncertain. (Table I's rows leave a
        holding far more often, so the rule is kept to Table II.)"""
        last: dict[tuple[str | None, str | None], Decimal] = {}
        for k, row in enumerate(self.doc.derivative_transactions):
            key = (row.security_title, row.direct_or_indirect_ownership)
            prev = last.get(key)
            if (row.shares_owned_following_transaction is None and row.value_owned_following_transaction is None
                    and row.transaction_acquired_disposed_code == "D"
                    and "shares_owned_following_transaction" not in row.footnote_ids
                    # (amounts in the nature: the row's columns were not told apart, the amount may be there)
                    and not re.search(r"\d,\d{3}|\$\d", row.nature_of_ownership or "")):
                p = f"derivative_transactions[{k}].shares_owned_following_transaction"
                if prev is not None and row.transaction_shares is not None and prev >= row.transaction_shares:
                    row.shares_owned_following_transaction = prev - row.transaction_shares
                    self.notes.unsure(p, "column empty (OCR lost it); the previous row's amount owned less this "
                                      "row's amount", str(row.shares_owned_following_transaction))
                elif prev is None:
                    row.shares_owned_following_transaction = Decimal(0)
                    self.notes.unsure(p, "column empty; OCR drops a lone '0', and a disposition leaving a holding "
                                      "shows a number of several digits")
            if row.shares_owned_following_transaction is not None:
                last[key] = row.shares_owned_following_transaction

    def _range_notes(self) -> dict[str, tuple[Decimal, Decimal]]:
        """The footnotes that give a weighted average price's range ("prices ranging from $43.00
        to $44.78"): id -> (low, high)."""
        out: dict[str, tuple[Decimal, Decimal]] = {}
        for f in self.doc.footnotes:
            m = _PRICE_RANGE.search(f.text or "")
            lo = _dec(m.group(1).replace(",", "")) if m else None
            hi = _dec(m.group(2).replace(",", "")) if m else None
            if lo is not None and hi is not None and lo <= hi:
                out[f.id] = (lo, hi)
        return out

    def _price_range_notes(self) -> None:
        """OCR drops superscript markers: a price with no marker read that lies in the range of
        exactly one footnote's weighted-average price range is that footnote's price."""
        if self.fmt != "ocr":
            return
        ranges = self._range_notes()
        if not ranges:
            return
        for table in ("non_derivative_transactions", "derivative_transactions"):
            for k, row in enumerate(getattr(self.doc, table)):
                price = row.transaction_price_per_share
                if price is not None and self._range_misread(table, k, row, ranges):
                    continue
                if price is None or set(row.footnote_ids.get("transaction_price_per_share", ["F0"])) != {"F0"}:
                    continue  # a marker read with its number ('F0': one whose number OCR lost is no reading)
                hits = [i for i, (lo, hi) in ranges.items() if lo <= price <= hi]
                if len(hits) == 1:
                    row.footnote_ids["transaction_price_per_share"] = hits
                    self.notes.unsure(f"{table}[{k}].footnote_ids.transaction_price_per_share",
                                      f"OCR marker lost; the price lies in footnote {hits[0]}'s price range "
                                      f"{ranges[hits[0]][0]}-{ranges[hits[0]][1]}, and in no other's", str(price))
        self._price_range_order(ranges)

    def _price_range_order(self, ranges: dict[str, tuple[Decimal, Decimal]]) -> None:
        """OCR lost the markers of prices that several overlapping ranges hold. Footnotes are numbered in
        the order the form cites them and every footnote listed is cited, so down the rows whose prices
        some range holds (both tables), the range markers run F(a), then F(a) or F(a+1), ... through all
        the range footnotes, each row's in a range that holds its price (a marker read and held by its
        range fixes its row's). A price gets the marker every such run gives it; when no run fits (two
        owners' rows each citing the list, a row OCR lost), none. Uncertain: the marker itself is unseen."""
        order = sorted(ranges, key=lambda i: int(i[1:]) if i[1:].isdigit() else 0)
        rows = [(t, k, r) for t in ("non_derivative_transactions", "derivative_transactions")
                for k, r in enumerate(getattr(self.doc, t)) if r.transaction_price_per_share is not None]
        cands: list[list[int]] = []
        for _t, _k, r in rows:
            held = [n for n, i in enumerate(order) if ranges[i][0] <= r.transaction_price_per_share <= ranges[i][1]]
            read = [order.index(x) for x in r.footnote_ids.get("transaction_price_per_share", [])
                    if x in ranges and order.index(x) in held]
            cands.append(read[:1] if len(read) == 1 else held)
        keep = [n for n, c in enumerate(cands) if c]
        rows, cands = [rows[n] for n in keep], [cands[n] for n in keep]
        if not cands:
            return
        last = len(order) - 1
        fwd: list[set[int]] = []
        for k, c in enumerate(cands):
            reach = {0} if k == 0 else {j + d for j in fwd[-1] for d in (0, 1)}
            fwd.append(reach.intersection(c))
        bwd: list[set[int]] = [set()] * len(cands)
        for k in range(len(cands) - 1, -1, -1):
            reach = {last} if k == len(cands) - 1 else {j - d for j in bwd[k + 1] for d in (0, 1)}
            bwd[k] = reach.intersection(cands[k])
        if last in fwd[-1]:
            picks = [f & b for f, b in zip(fwd, bwd, strict=True)]
        else:
            # no run fits: a price one range alone holds between the markers fixed above and below it
            fixed = [c[0] if len(c) == 1 else None for c in cands]
            picks = [{n for n in c if max((x for x in fixed[:k] if x is not None), default=0) <= n
                      <= min((x for x in fixed[k + 1 :] if x is not None), default=last)} for k, c in enumerate(cands)]
        for (table, k, row), both in zip(rows, picks, strict=True):
            ids = row.footnote_ids.get("transaction_price_per_share", [])
            if len(both) != 1 or order[min(both)] in ids:
                continue
            fid = order[min(both)]
            row.footnote_ids["transaction_price_per_share"] = [*(x for x in ids if x not in ranges and x != "F0"), fid]
            self.notes.unsure(f"{table}[{k}].footnote_ids.transaction_price_per_share",
                              f"OCR marker lost or misread; the price lies in footnote {fid}'s price range "
                              f"{ranges[fid][0]}-{ranges[fid][1]}, the one the order of the range footnotes leaves it",
                              str(row.transaction_price_per_share))

    def _range_misread(self, table: str, k: int, row: Any, ranges: dict[str, tuple[Decimal, Decimal]]) -> bool:
        """OCR misread a price's one marker ('(4)' for '(24)', '29)' for '(26)'): the footnote it names gives
        no price range, or one the price is outside of, while the price lies in exactly one footnote's range,
        whose number shares the first or the last digit read. That footnote is the price's (uncertain)."""
        read = row.footnote_ids.get("transaction_price_per_share", [])
        price = row.transaction_price_per_share
        own = ranges.get(read[0]) if len(read) == 1 else None
        if len(read) != 1 or read[0] == "F0" or (own is not None and own[0] <= price <= own[1]):
            return False
        hits = [i for i, (lo, hi) in ranges.items() if lo <= price <= hi]
        n, m = read[0][1:], hits[0][1:] if len(hits) == 1 else ""
        if not m or m == n or not (m[0] == n[0] or m[-1] == n[-1]):
            return False
        row.footnote_ids["transaction_price_per_share"] = hits
        self.notes.unsure(f"{table}[{k}].footnote_ids.transaction_price_per_share",
                          f"OCR marker read as {read[0]}, which gives no range holding the price; the price lies "
                          f"in footnote {hits[0]}'s price range {ranges[hits[0]][0]}-{ranges[hits[0]][1]} only",
                          str(price))
        return True

    def _owned_by_arithmetic(self) -> None:
        """OCR lost a Table I row's amount owned following (a lone '0' after selling all, a smeared cell): the
        previous row of the same security and ownership form owned P, this row acquired or disposed of s, so it
        owns P + s or P - s. Only where the filer's rows follow that arithmetic (another pair of rows of the
        same security and form confirms it, none contradicts it: some filers repeat a total on every line);
        uncertain."""
        rows = self.doc.non_derivative_transactions
        last: dict[tuple[str | None, str | None], Decimal] = {}
        agree = disagree = 0
        gaps: list[tuple[int, Decimal]] = []
        for k, row in enumerate(rows):
            key = (row.security_title, row.direct_or_indirect_ownership)
            prev, owned, sh = last.get(key), row.shares_owned_following_transaction, row.transaction_shares
            ad = row.transaction_acquired_disposed_code
            if prev is not None and sh and ad in ("A", "D"):
                want = prev + sh if ad == "A" else prev - sh
                if owned is None and want >= 0:
                    gaps.append((k, want))
                    owned = want
                elif owned is not None:
                    agree, disagree = agree + (owned == want), disagree + (owned != want)
            if owned is not None:
                last[key] = owned
        if not agree or disagree:
            return
        for k, want in gaps:
            row = rows[k]
            row.shares_owned_following_transaction = want
            self.notes.unsure(f"non_derivative_transactions[{k}].shares_owned_following_transaction",
                              "column empty (OCR lost it); the previous row's amount owned "
                              f"{'+' if row.transaction_acquired_disposed_code == 'A' else '-'} this row's amount",
                              str(want))

    def _ad_by_arithmetic(self) -> None:
        """(A)/(D) inferred from the code alone: the amount owned after the previous row of the
        same security and ownership form, plus or minus this row's amount, says which (still
        uncertain: some filers repeat the total on every line)."""
        for table in ("non_derivative_transactions", "derivative_transactions"):
            last: dict[tuple[str | None, str | None], Decimal] = {}
            for k, row in enumerate(getattr(self.doc, table)):
                path = f"{table}[{k}].transaction_acquired_disposed_code"
                key = (row.security_title, row.direct_or_indirect_ownership)
                prev, owned, sh = last.get(key), row.shares_owned_following_transaction, row.transaction_shares
                if (prev is not None and owned is not None and sh and path in self.notes.uncertain
                        and "inferred" in self.notes.evidence.get(path, "")):
                    ad = "A" if owned == prev + sh else "D" if owned == prev - sh else None
                    if ad and ad != row.transaction_acquired_disposed_code:
                        row.transaction_acquired_disposed_code = ad
                        self.notes.unsure(path, f"amount owned {owned} = {prev} {'+' if ad == 'A' else '-'} {sh}",
                                          f"{prev} -> {owned}")
                elif (row.transaction_acquired_disposed_code == "A" and owned is not None and sh and owned < sh
                      and "wide gap" in self.notes.evidence.get(path, "")):
                    # an (A) read from a tab after the amount, yet less owned after than acquired: the tab
                    # was a lost rule, not the empty (D) column; the direction stays unread
                    row.transaction_acquired_disposed_code = None
                    self.notes.unsure(path, f"(A) from the gap after the amount dropped: {owned} owned after "
                                      f"is less than the amount {sh}")
                if owned is not None:
                    last[key] = owned
        if self.cut_cells:
            self._ad_by_table1_twin()

    def _ad_by_table1_twin(self) -> None:
        """Cells cut at guessed column edges ((A) and (D) in one cell, or the amount pushed out of
        both): a Table II row whose code goes either way (a gift, a trust deposit: G, Z, J, ...) and
        whose direction is unread, or only guessed from the amount owned going up or down, takes the
        direction of its Table I twin: the row of the same date, code, amount, amount owned after and
        ownership form (a derivative reported with its underlying shares, moved together: Class B
        stock given with the Class A it converts into). Twins are paired in their order, only where
        both tables hold as many rows of that key; inferred, so uncertain."""
        def key(row: Any) -> tuple[Any, ...]:
            return (row.transaction_date, row.transaction_code, row.transaction_shares,
                    row.shares_owned_following_transaction, row.direct_or_indirect_ownership)

        fixed = frozenset("SFDMXCEHUPAL")  # codes whose meaning fixes the direction
        twins: dict[tuple[Any, ...], list[int]] = {}
        for k, row in enumerate(self.doc.non_derivative_transactions):
            path = f"non_derivative_transactions[{k}].transaction_acquired_disposed_code"
            twins.setdefault(key(row), []).append(
                -1 if row.transaction_acquired_disposed_code is None or path in self.notes.uncertain else k)
        mine: dict[tuple[Any, ...], list[int]] = {}
        for k, row in enumerate(self.doc.derivative_transactions):
            mine.setdefault(key(row), []).append(k)
        for kk, ks in mine.items():
            t1 = twins.get(kk, [])
            if kk[1] is None or kk[1] in fixed or None in (kk[0], kk[2], kk[3]) or len(t1) != len(ks):
                continue
            for k, j in zip(ks, t1, strict=True):
                row = self.doc.derivative_transactions[k]
                path = f"derivative_transactions[{k}].transaction_acquired_disposed_code"
                guessed = "owned-following went" in self.notes.evidence.get(path, "")
                if j < 0 or not (row.transaction_acquired_disposed_code is None or guessed):
                    continue
                ad = self.doc.non_derivative_transactions[j].transaction_acquired_disposed_code
                row.transaction_acquired_disposed_code = ad
                self.notes.unsure(path, f"as its Table I twin (row {j + 1}: same date, code {kk[1]}, amount and "
                                  f"amount owned after): {ad}")

    def _ad_below_amount(self, row: Any, p: str) -> None:
        """PyMuPDF4LLM's Table II rows printed with an empty (A)/(D) column, the code read, the previous
        row not deciding: owning less after the transaction than its amount ('132,176' then '0') is a
        disposition, as an acquisition leaves at least the amount acquired (inferred, so uncertain).
        (Only cut cells: on OCR and tab grids a lost column more often means a misplaced amount.)"""
        owned, sh = row.shares_owned_following_transaction, row.transaction_shares
        path = f"{p}.transaction_acquired_disposed_code"
        # (also over an acquisition only guessed from the code: a purchase of RSUs settled is reported
        # as their disposal, 'P' with nothing owned after)
        from_code = (row.transaction_acquired_disposed_code == "A" and path in self.notes.uncertain
                     and "inferred from code" in self.notes.evidence.get(path, ""))
        if (self.cut_cells and (row.transaction_acquired_disposed_code is None or from_code) and row.transaction_code
                and owned is not None and sh and owned < sh):
            row.transaction_acquired_disposed_code = "D"
            self.notes.unsure(path, f"column empty; {owned} owned after is less than the amount {sh}")

    def _price_cut(self, row: Any, p: str, frags: dict[str, list[str]], prev: Decimal | None, sign: int,
                   sh_read: list[tuple[str, str]]) -> tuple[Decimal | None, Decimal | None] | None:
        """A bare digit run between a price and the owned amount, cells cut at guessed edges ('$2,603.1' |
        '4' | '100'): the price's cut-off decimals or the owned amount's first digits. When the owned
        amount without it agrees with the row arithmetic (previous owned +/- amount) and with it does
        not, it goes back to the price (listed unsure: a join), and the (amount, owned) pair is returned.
        Otherwise the price stays as read, listed unsure too, since its last digits may be lost."""
        cut, owned_fr = frags["price_cut"], frags.get("owned", [])
        path = f"{p}.transaction_price_per_share"
        joined = frags["price"][0] + cut[0]
        if prev is not None and len(owned_fr) > 1 and owned_fr[0] == cut[0]:
            for s, _ in sh_read:
                for o, _ in _number_readings(owned_fr[1:]):
                    if prev + sign * (_dec(s) or 0) == _dec(o):
                        row.transaction_price_per_share = _dec(joined)
                        frags["owned"] = owned_fr[1:]
                        self.notes.unsure(path, "price's last digits cut into the next cell, joined back: the "
                                          "owned amount without them agrees with the row arithmetic",
                                          f"{frags['price'][0]} | {cut[0]}")
                        return _dec(s), _dec(o)
        self.notes.unsure(path, f"the next cell's {cut[0]!r} may be the price's cut-off digits ({joined})",
                          f"{frags['price'][0]} | {cut[0]}")
        return None

    def _arithmetic(self) -> None:
        """Choose readings of amounts with the row arithmetic; infer codes the text lost."""
        self._infer_ownership()
        fmap = self.doc.footnote_map
        for table in ("non_derivative_transactions", "derivative_transactions"):
            last: dict[tuple[str | None, str | None], Decimal] = {}
            for k, row in enumerate(getattr(self.doc, table)):
                p = f"{table}[{k}]"
                frags = self.frags.get(id(row), {"shares": [], "owned": []})
                # code lost: a tax-withholding footnote means F
                if row.transaction_code is None:
                    fids = [f for ids in row.footnote_ids.values() for f in ids]
                    txt = " ".join(fmap.get(f, "") for f in fids).lower()
                    if "tax liabilit" in txt or "withh" in txt and "tax" in txt:
                        row.transaction_code = "F"
                        self.notes.unsure(
                            f"{p}.transaction_code",
                            "code column empty; footnote on tax liability/withholding means F",
                            txt[:80],
                        )
                    else:
                        self.notes.warnings.append(f"{p}.transaction_code not found")
                if row.transaction_acquired_disposed_code is None and row.transaction_code:
                    ad = {"F": "D", "S": "D", "D": "D", "P": "A", "A": "A"}.get(row.transaction_code)
                    if (ad is None and self.fmt == "ocr" and row.transaction_code == "G"
                            and table == "non_derivative_transactions" and row.direct_or_indirect_ownership == "D"):
                        # a gift out of the owner's direct holding is given: OCR drops the lone 'D' (every
                        # tuning form's direct gift, 13 rows of 11 forms, is a disposition; gifts held
                        # indirectly, by a trust, are as often received, so those stay unread)
                        ad = "D"
                    if ad:
                        row.transaction_acquired_disposed_code = ad
                        self.notes.unsure(
                            f"{p}.transaction_acquired_disposed_code", f"inferred from code {row.transaction_code}"
                        )
                elif row.transaction_code == "F" and row.transaction_acquired_disposed_code == "A":
                    self.notes.unsure(
                        f"{p}.transaction_acquired_disposed_code", "code F is a disposition but A was read"
                    )
                key = (row.security_title, row.direct_or_indirect_ownership)
                prev = last.get(key)
                shares_fr = frags.get("shares", [])
                owned_fr = frags.get("owned", [])
                sign = -1 if row.transaction_acquired_disposed_code == "D" else 1
                sh_read = _number_readings(shares_fr) if shares_fr else []
                ow_read = _number_readings(owned_fr) if owned_fr else []
                chosen: tuple[Decimal | None, Decimal | None] | None = None
                if prev is not None and sh_read and ow_read:
                    for s, _ in sh_read:
                        for o, _ in ow_read:
                            if prev + sign * (_dec(s) or 0) == _dec(o):
                                chosen = (_dec(s), _dec(o))
                                break
                        if chosen:
                            break
                if chosen is None and prev is None and table == "derivative_transactions" and sh_read and ow_read:
                    for s, _ in sh_read:
                        for o, _ in ow_read:
                            if _dec(s) == _dec(o):
                                chosen = (_dec(s), _dec(o))
                                break
                        if chosen:
                            break
                if frags.get("price_cut"):
                    moved = self._price_cut(row, p, frags, prev, sign, sh_read) if chosen is None else None
                    if moved:
                        chosen, owned_fr = moved, frags["owned"]
                if chosen:
                    for fld, fr, val in (
                        ("transaction_shares", shares_fr, chosen[0]),
                        ("shares_owned_following_transaction", owned_fr, chosen[1]),
                    ):
                        setattr(row, fld, val)
                        if len(fr) > 1:
                            self.notes.unsure(
                                f"{p}.{fld}", "split digits joined; reading confirmed by row arithmetic", " | ".join(fr)
                            )
                        else:
                            self.notes.see(f"{p}.{fld}", fr[0], "read; agrees with row arithmetic")
                else:
                    row.transaction_shares, _ = self._choose(
                        shares_fr, f"{p}.transaction_shares", label="amount column"
                    )
                    row.shares_owned_following_transaction, _ = self._choose(
                        owned_fr, f"{p}.shares_owned_following_transaction", label="owned-following column"
                    )
                    if (
                        row.transaction_shares is None
                        and prev is not None
                        and row.shares_owned_following_transaction is not None
                    ):
                        row.transaction_shares = abs(row.shares_owned_following_transaction - prev)
                        self.notes.unsure(
                            f"{p}.transaction_shares", "amount unreadable; difference of owned-following amounts"
                        )
                    elif (
                        prev is not None
                        and row.transaction_shares is not None
                        and row.shares_owned_following_transaction is not None
                        and row.shares_owned_following_transaction not in (prev + row.transaction_shares,
                                                                           prev - row.transaction_shares)
                        and row.shares_owned_following_transaction != prev
                    ):
                        # filers sometimes repeat a total, but a misread row looks the same: say so
                        for fld in ("transaction_shares", "shares_owned_following_transaction"):
                            self.notes.unsure(f"{p}.{fld}", f"previous row's {prev} +/- amount does not give "
                                              "the owned-following amount")
                if table == "derivative_transactions":
                    und = frags.get("und", [])
                    want = row.transaction_shares
                    if und:
                        row.underlying_security_shares, _ = self._choose(
                            und, f"{p}.underlying_security_shares", want=want, label="column 7 amount"
                        )
                if (row.transaction_acquired_disposed_code is None and prev is not None
                        and row.shares_owned_following_transaction is not None
                        and row.shares_owned_following_transaction != prev):
                    up = row.shares_owned_following_transaction > prev
                    row.transaction_acquired_disposed_code = "A" if up else "D"
                    self.notes.unsure(f"{p}.transaction_acquired_disposed_code",
                                      "column empty; owned-following went " + ("up" if up else "down"))
                self._ad_below_amount(row, p)
                if row.shares_owned_following_transaction is not None:
                    last[key] = row.shares_owned_following_transaction
                if (
                    row.transaction_code in ("A",)
                    and row.transaction_price_per_share is None
                    and not row.footnote_ids.get("transaction_price_per_share")
                    and table == "derivative_transactions"
                ):
                    pass
        for table in ("non_derivative_transactions", "derivative_transactions", "derivative_holdings"):
            for row in getattr(self.doc, table):
                frags = self.frags.get(id(row))
                if frags is None:
                    continue
                if table == "derivative_holdings":
                    k = getattr(self.doc, table).index(row)
                    p = f"{table}[{k}]"
                    if row.underlying_security_shares is None and frags.get("und"):
                        row.underlying_security_shares, _ = self._choose(
                            frags["und"], f"{p}.underlying_security_shares"
                        )
                    if frags.get("owned"):
                        row.shares_owned_following_transaction, _ = self._choose(
                            frags["owned"], f"{p}.shares_owned_following_transaction"
                        )
