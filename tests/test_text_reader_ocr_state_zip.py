"""OCR text: box 1's state and ZIP checked against each other (the ZIP's first digits name a state)."""

from __future__ import annotations

from section16.model import ReportingOwner
from section16.readers.text import read_text
from text_forms import OCR_BOX5


def _owner_with_city_line(line: str) -> tuple[ReportingOwner, set[str]]:
    """The owner read from the OCR form whose city/state/ZIP line is ``line``."""
    doc = read_text(OCR_BOX5.replace("BOSTON MA 02110", line))
    assert doc.extraction is not None
    (owner,) = doc.reporting_owners
    return owner, set(doc.extraction.uncertain_fields)


def test_state_letter_read_as_a_digit_is_taken_from_the_zip() -> None:
    """'1X 75201': T read as 1; 752 is a Texas ZIP, so the state is TX, listed uncertain."""
    owner, flagged = _owner_with_city_line("DALLAS 1X 75201")
    assert (owner.rpt_owner_state, owner.rpt_owner_zip_code) == ("TX", "75201")
    assert "reporting_owners[0].rpt_owner_state" in flagged


def test_foreign_code_before_a_postcode_is_kept() -> None:
    """'2M 80331' (an EDGAR country code, a German postcode): no US state looks like it; kept as read."""
    owner, _ = _owner_with_city_line("MUNICH 2M 80331")
    assert (owner.rpt_owner_state, owner.rpt_owner_zip_code) == ("2M", "80331")


def test_zip_of_another_state_than_the_one_read_is_doubted() -> None:
    """'SD 97702': OCR misread a digit of 57702 or a letter of OR; neither the state nor the ZIP is sure."""
    owner, flagged = _owner_with_city_line("RAPID CITY SD 97702")
    assert owner.rpt_owner_zip_code == "97702"
    assert "reporting_owners[0].rpt_owner_zip_code" in flagged
    assert "reporting_owners[0].rpt_owner_state" in flagged


def test_state_and_zip_that_agree_are_sure() -> None:
    """'MA 02110': the ZIP's prefix is of Massachusetts; nothing to doubt."""
    owner, flagged = _owner_with_city_line("BOSTON MA 02110")
    assert (owner.rpt_owner_state, owner.rpt_owner_zip_code) == ("MA", "02110")
    assert not {"reporting_owners[0].rpt_owner_state", "reporting_owners[0].rpt_owner_zip_code"} & flagged

