"""The scan path on a degraded scan (150 dpi, blur, speckle, tilt): what Tesseract garbles there."""

from __future__ import annotations

from section16.readers.pdf import fix_ocr_words


def _line(*texts: str, line: int = 1) -> list[dict]:
    """OCR words of one Tesseract line, left to right, 60 pixels apart."""
    return [{"text": t, "x0": 60 * k, "x1": 60 * k + 50, "top": 100, "bottom": 120, "line": line}
            for k, t in enumerate(texts)]


def _texts(words: list[dict]) -> list[str]:
    return [w["text"] for w in sorted(words, key=lambda w: (w["line"], w["x0"]))]


def test_garbled_first_and_middle_labels_are_restored_next_to_last() -> None:
    words = _line("(Last)", "(Fest)", "(Madde)", "3.", "Date", "of", "Earliest")
    fix_ocr_words(words)
    assert _texts(words)[:3] == ["(Last)", "(First)", "(Middle)"]


def test_garbled_city_and_zip_labels_are_restored_together() -> None:
    words = _line("(Cay)", "(21p)", "Silver", "Brick")
    fix_ocr_words(words)
    assert _texts(words)[:2] == ["(City)", "(Zip)"]


def test_a_parenthesized_name_word_is_not_taken_for_a_label() -> None:
    words = _line("SVF", "II", "Holdings", "(DE)", "LLC")
    fix_ocr_words(words)
    assert _texts(words) == ["SVF", "II", "Holdings", "(DE)", "LLC"]
    words = _line("(Last)", "(Jersey)", "L.P.")
    fix_ocr_words(words)
    assert _texts(words)[1] == "(Jersey)"


def test_blurred_signature_marks_read_as_slash_s_slash() -> None:
    for garbled in ("isi", "Isi/", "/si", "1s!"):
        words = _line(garbled, "Roland", "A.", "Giroux")
        fix_ocr_words(words)
        assert _texts(words)[0] == "/s/", garbled
    words = _line("isi", "and")  # not before a name: left alone
    fix_ocr_words(words)
    assert _texts(words)[0] == "isi"


def test_numeral_and_initial_in_names() -> None:
    words = _line("SVF", "li", "Holdings", "(DE)", "LLC")
    fix_ocr_words(words)
    assert _texts(words)[1] == "II"
    words = _line("for", "Michael", "|.", "McCabe")
    fix_ocr_words(words)
    assert _texts(words)[2] == "I."



def test_a_blurred_pages_grey_is_lightened_for_tesseract_but_black_and_white_stay() -> None:
    from PIL import Image

    from section16.readers.pdf import _thin_blurred_ink

    page = Image.new("L", (3, 1))
    page.putdata([0, 128, 255])
    light = [_thin_blurred_ink(page).getpixel((x, 0)) for x in range(3)]
    assert light[0] == 0 and light[2] == 255
    assert light[1] >= 150  # a blurred stroke's edge: lighter than before (128 -> 157)


def test_blurred_marks_after_prices_on_a_table_row() -> None:
    words = _line("Restricted", "so”", "03/15/2025", "M", "6,250", "$160.82”", "12,500")
    fix_ocr_words(words)
    assert _texts(words)[1] == "$0"
    assert _texts(words)[5] == "$160.82"
