"""PyMuPDF4LLM markdown: Table II's (A) and (D) columns cut into one cell, so the cell a number
sits in does not say which column holds it. The form's rules decide, with doubt: a Table I twin
row (the derivative reported with the shares it converts into, moved together) and the amount
owned after. Small fixtures typed here in the pattern's shape, not copied from a document."""

from __future__ import annotations

from section16.readers.text import read_text
from text_forms import MD_FORM4, MD_T1_ROW, MD_T2, MD_T2_HEAD

_CLASS_A = "|Class A<br>Common<br>Stock|12/05/2019||G|{n}|{ad}|$0||{owned}|I|{nature}|\n"
_CLASS_B = ("|Class B<br>Common<br>Stock|(1)|12/05/2019||{code}|{n}|(1)|(1)|Class A<br>Common<br>Stock|{n}|$0|"
            "{owned}|I|{nature}|\n")


def _read(table1: str, table2: str) -> tuple[list[str | None], list[str]]:
    doc = read_text(MD_FORM4.replace(MD_T1_ROW, table1).replace(MD_T2, MD_T2_HEAD + table2))
    assert doc.extraction is not None
    return [r.transaction_acquired_disposed_code for r in doc.derivative_transactions], doc.extraction.uncertain_fields


def test_gift_takes_the_direction_of_its_table1_twin() -> None:
    """Two trusts each receive a gift of Class B stock and of the Class A it converts into, one row
    per table: the second trust owns less after than the first, which read as 'owned-following
    went down' (D) across two holdings. Each Table II row has a Table I twin (same date, code,
    amount and amount owned after) that reads (A): the gift is an acquisition, uncertain."""
    t1 = (_CLASS_A.format(n="111", ad="A", owned="2,045", nature="By Trust FBO Niece")
          + _CLASS_A.format(n="222", ad="A", owned="1,094", nature="By Trust FBO Nephew"))
    t2 = (_CLASS_B.format(code="G", n="111", owned="2,045", nature="By Trust FBO Niece")
          + _CLASS_B.format(code="G", n="222", owned="1,094", nature="By Trust FBO Nephew"))
    ads, unsure = _read(t1, t2)
    assert ads == ["A", "A"]
    assert {f"derivative_transactions[{k}].transaction_acquired_disposed_code" for k in (0, 1)} <= set(unsure)


def test_twins_paired_in_order_when_one_key_repeats() -> None:
    """A trust gives 222 shares twice and receives 222 once, each time ending at 9,451: the twins
    are paired in their order, each Table II row taking its own twin's direction."""
    rows = [("222", "A"), ("222", "D"), ("222", "D")]
    t1 = "".join(_CLASS_A.format(n=n, ad=ad, owned="9,451", nature="By LP") for n, ad in rows)
    t2 = "".join(_CLASS_B.format(code="G", n=n, owned="9,451", nature="By LP") for n, _ in rows)
    ads, _ = _read(t1, t2)
    assert ads == ["A", "D", "D"]


def test_no_twin_when_the_amounts_differ() -> None:
    """A Table I row of another amount is not a twin: the direction stays unread."""
    t1 = _CLASS_A.format(n="396", ad="A", owned="1,073", nature="By Trust")
    t2 = _CLASS_B.format(code="G", n="462", owned="1,252", nature="By Trust")
    ads, _ = _read(t1, t2)
    assert ads == [None]


def test_purchase_with_nothing_owned_after_is_a_disposition() -> None:
    """A code P row (a purchase acquires, by the code's meaning) owning nothing after its amount:
    an acquisition leaves at least what it acquired, so the row disposed of the derivative (RSUs
    settled in shares); inferred, so uncertain."""
    t1 = "|Common<br>Stock|06/08/2026||P|118,800|A|$0.00||741,108|D||\n"
    t2 = ("|Restricted<br>Stock<br>Units|$0.00|06/08/2026||P|118,800|06/08/2026|06/08/2026|Common<br>Stock|"
          "118,800|$0.00|0|D||\n")
    ads, unsure = _read(t1, t2)
    assert ads == ["D"]
    assert "derivative_transactions[0].transaction_acquired_disposed_code" in unsure
