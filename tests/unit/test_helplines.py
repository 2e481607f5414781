"""Tests for the helpline knowledge base (knowledge/helplines.yml) and its loader."""

import re
from datetime import date
from pathlib import Path

import pytest

from bot.helplines import (
    DEFAULT_PATH,
    INTERNATIONAL,
    HelplineDataError,
    clear_helplines_cache,
    load_helplines,
    read_helplines,
    resources_for,
)

# 2026-11-28: first 48 countries; 2026-11-29: CI, CL, MA, PE, PY, SN, UY (issue 3).
VERIFIED = {date(2026, 11, 28), date(2026, 11, 29)}

EU_MEMBER_STATES = {
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
    "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
}  # fmt: skip

NAMED_COUNTRIES = {
    "US", "CA", "GB", "IE", "AU", "NZ", "IN", "KE", "ZA", "NG", "MX", "AR", "CO", "BR",
    "CH", "NO",
}  # fmt: skip

# EU member states whose child helpline is NOT reached on 116 111, because no source we
# checked shows 116 111 working there; each uses its own national number instead.
NOT_116_111 = {
    "AT": "147",  # Rat auf Draht
    "BE": "102",  # Awel (Dutch); Écoute-Enfants 103 (French)
    "FR": "119",  # Allô Enfance en Danger
    "IE": "1800 66 66 66",  # ISPCC Childline
    "IT": "19696",  # Telefono Azzurro
    "NL": "0800-0432",  # De Kindertelefoon
}


@pytest.fixture(scope="module")
def helplines():
    clear_helplines_cache()
    return load_helplines()


def _countries(helplines):
    return {code: res for code, res in helplines.items() if code != INTERNATIONAL}


# ------------------------------------------------------------------ the real file


def test_real_file_covers_55_countries(helplines):
    # README.md and docs/safeguarding.md state this number: update them with it.
    assert len(_countries(helplines)) == 55


def test_all_eu_member_states_are_covered(helplines):
    missing = EU_MEMBER_STATES - set(helplines)
    assert not missing, sorted(missing)


def test_named_countries_are_covered(helplines):
    missing = NAMED_COUNTRIES - set(helplines)
    assert not missing, sorted(missing)


def test_eu_child_helplines_answer_on_116_111(helplines):
    for code in sorted(EU_MEMBER_STATES - NOT_116_111.keys()):
        reached = any(line.answers("116 111") for line in helplines[code].child_helplines)
        assert reached, f"{code}: no child helpline on 116 111"


def test_eu_exceptions_use_their_own_number(helplines):
    for code, number in NOT_116_111.items():
        lines = helplines[code].child_helplines
        assert lines[0].answers(number), code
        # The exception must stay an exception: if 116 111 is added, update the list.
        assert not any(line.answers("116111") for line in lines), code


def test_gb_has_report_remove_first_and_iwf(helplines):
    gb = helplines["GB"]
    assert "Report Remove" in gb.image_removal[0].name
    assert gb.image_removal[0].url.startswith("https://www.childline.org.uk/")
    assert gb.csam_hotline.national
    assert "IWF" in gb.csam_hotline.name
    assert gb.emergency.numbers[0] == "999"
    assert gb.child_helpline.phone == "0800 1111"


def test_us_has_988_and_the_cybertipline(helplines):
    us = helplines["US"]
    assert us.crisis_line is not None
    assert us.crisis_line.phone == "988"
    assert us.csam_hotline.name == "NCMEC CyberTipline"
    assert us.csam_hotline.report_url == "https://report.cybertip.org/"
    assert us.csam_hotline.national is True
    assert us.emergency.numbers == ("911",)


@pytest.mark.parametrize(
    ("code", "phone"),
    [
        ("CA", "1-800-668-6868"),
        ("AU", "1800 55 1800"),
        ("FR", "119"),
        ("DE", "116 111"),
        ("ES", "900 20 20 10"),
        ("IN", "1098"),
        ("KE", "116"),
        ("ZA", "116"),
        ("CH", "147"),
    ],
)
def test_primary_child_helpline_numbers(helplines, code, phone):
    assert helplines[code].child_helpline.phone == phone


def test_mexico_has_911_linea_de_la_vida_and_te_protejo(helplines):
    mx = helplines["MX"]
    assert mx.emergency.numbers == ("911",)
    line = mx.child_helpline
    assert line.phone == "800 911 2000"
    assert (line.hours, line.free) == ("24/7", True)
    # Línea de la Vida is also the crisis line; listing it twice would repeat it.
    assert mx.crisis_line is None
    assert mx.csam_hotline.name == "Te Protejo México"
    assert mx.csam_hotline.national is True
    assert mx.csam_hotline.report_url == "https://www.teprotejomexico.org/"
    assert "https://takeitdown.ncmec.org/" in [route.url for route in mx.image_removal]


def test_south_africa_lists_10111_first_then_112(helplines):
    za = helplines["ZA"].emergency
    assert za.numbers == ("10111", "112")
    assert (za.police, za.ambulance) == ("10111", "10177")


def test_india_keeps_1098_for_children_and_112_for_emergencies(helplines):
    india = helplines["IN"]
    assert india.emergency.numbers == ("112",)
    assert india.child_helpline.answers("1098")
    # Run by the ministry since the 2023 integration, no longer by the Childline NGO.
    assert "Ministry of Women and Child Development" in india.child_helpline.name


def test_nigeria_shows_only_the_confirmed_112(helplines):
    assert helplines["NG"].emergency.numbers == ("112",)


def test_brazil_disque_100_with_cvv_188_as_crisis_line(helplines):
    br = helplines["BR"]
    assert br.child_helpline.phone == "100"
    assert br.crisis_line is not None
    assert (br.crisis_line.phone, br.crisis_line.hours) == ("188", "24/7")


@pytest.mark.parametrize(
    ("code", "url"),
    [
        ("AT", "https://www.stopline.at/melden"),
        ("EE", "https://vihjeliin.targaltinternetis.ee/"),
    ],
)
def test_hotline_report_pages_confirmed_in_review(helplines, code, url):
    assert helplines[code].csam_hotline.report_url == url


def test_crisis_line_never_repeats_the_primary_child_helpline(helplines):
    # The bot names the child helpline and then "you can also reach" the crisis line;
    # the same number twice would read as two services.
    for code, res in _countries(helplines).items():
        primary = set(res.child_helpline.phones)
        for crisis in res.crisis_lines:
            assert not primary & set(crisis.phones), code


def test_canada_helplines_answer_in_english_and_french(helplines):
    ca = helplines["CA"]
    assert set(ca.child_helpline.languages) == {"en", "fr"}
    assert ca.crisis_line is not None and ca.crisis_line.phone == "988"


def test_every_entry_has_an_https_source_and_verified_date(helplines):
    for code, res in helplines.items():
        for entry in res.fact_entries():
            assert entry.source, f"{code}: {entry!r} has no source"
            assert all(url.startswith("https://") for url in entry.source), code
            assert entry.verified in VERIFIED, f"{code}: {entry!r}"


def test_every_country_has_emergency_number_hotline_and_take_it_down(helplines):
    for code, res in _countries(helplines).items():
        assert res.emergency.numbers, code
        assert res.csam_hotline.report_url.startswith("https://"), code
        urls = [route.url for route in res.image_removal]
        assert "https://takeitdown.ncmec.org/" in urls, code


def test_countries_without_a_national_hotline_use_the_cybertipline(helplines):
    for code, res in _countries(helplines).items():
        if not res.csam_hotline.national:
            assert res.csam_hotline.report_url == "https://report.cybertip.org/", code


def test_international_fallback(helplines):
    intl = helplines[INTERNATIONAL]
    assert intl.is_international
    assert intl.emergency.use_local_number
    assert intl.emergency.numbers == ()
    assert intl.child_helpline.web == "https://childhelplineinternational.org/helplines/"
    assert intl.csam_hotline.report_url == "https://www.inhope.org/EN"
    assert intl.csam_hotline.national is False
    assert [route.url for route in intl.image_removal] == ["https://takeitdown.ncmec.org/"]


def test_verification_note_asks_for_six_monthly_review():
    text = DEFAULT_PATH.read_text(encoding="utf-8")
    assert "verification_note:" in text
    assert "every 6 months" in text


@pytest.mark.parametrize(
    ("country", "expected"),
    [("GB", "GB"), (" gb ", "GB"), ("no", "NO"), (None, INTERNATIONAL), ("XX", INTERNATIONAL)],
)
def test_resources_for(country, expected):
    assert resources_for(country).code == expected


def test_resources_for_uncovered_country_falls_back():
    # Chad is not in the file (see docs/safeguarding.md, "Known gaps").
    assert resources_for("TD").is_international


def test_load_helplines_is_cached():
    assert load_helplines() is load_helplines(DEFAULT_PATH)
    clear_helplines_cache()
    assert load_helplines() is not None


# ------------------------------------------------------------- broken snippets

VALID = """\
schema_version: 1
verification_note: Checked against stored copies; re-verify every 6 months.
international:
  emergency:
    use_local_number: true
    source: https://example.org/ecc
    verified: 2026-11-01
  child_helpline:
    name: Directory
    web: https://example.org/helplines/
    source: https://example.org/helplines/
    verified: 2026-11-01
  csam_hotline:
    name: INHOPE
    report_url: https://example.org/inhope
    national: false
    source: https://example.org/inhope
    verified: 2026-11-01
  image_removal:
    - name: Take It Down
      url: https://example.org/tid
      source: https://example.org/tid-faq
      verified: 2026-11-01
countries:
  "GB":
    emergency:
      numbers: ["999", "112"]
      source: https://example.org/ecc
      verified: 2026-11-01
    child_helpline:
      name: Childline
      phone: "0800 1111"
      hours: 24/7
      free: true
      languages: [en]
      source: [https://example.org/childline, https://example.org/childline-2]
      verified: 2026-11-01
    csam_hotline:
      name: IWF
      report_url: https://example.org/iwf
      national: true
      source: https://example.org/iwf
      verified: 2026-11-01
    image_removal:
      - name: Report Remove
        url: https://example.org/rr
        source: https://example.org/rr
        verified: 2026-11-01
"""


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "helplines.yml"
    path.write_text(text, encoding="utf-8")
    return path


def _mutate(old: str, new: str, *, after: str = "") -> str:
    """Replaces the first ``old`` found after ``after`` in VALID (which must exist)."""
    start = VALID.index(after) if after else 0
    at = VALID.index(old, start)
    return VALID[:at] + new + VALID[at + len(old) :]


def _line_of(text: str, needle: str, *, after: str = "") -> int:
    start = text.index(after) if after else 0
    return text.count("\n", 0, text.index(needle, start)) + 1


def _error(tmp_path: Path, text: str) -> str:
    with pytest.raises(HelplineDataError) as info:
        read_helplines(_write(tmp_path, text), today=date(2026, 11, 28))
    return str(info.value)


def _assert_reports(message: str, line: int, field: str) -> None:
    assert re.search(rf":{line}: {re.escape(field)}: ", message), message


def test_valid_snippet_loads(tmp_path):
    data = read_helplines(_write(tmp_path, VALID), today=date(2026, 11, 28))
    assert set(data) == {"GB", INTERNATIONAL}
    gb = data["GB"]
    assert gb.emergency.display == "999 or 112"
    assert gb.child_helpline.source == (
        "https://example.org/childline",
        "https://example.org/childline-2",
    )
    assert gb.child_helpline.free is True
    assert gb.crisis_line is None


def test_unknown_country_code(tmp_path):
    text = _mutate('"GB":', '"XX":')
    message = _error(tmp_path, text)
    _assert_reports(message, _line_of(text, '"XX":'), "countries.XX")
    assert "not an ISO 3166-1 alpha-2" in message


def test_lower_case_country_code(tmp_path):
    text = _mutate('"GB":', '"gb":')
    _assert_reports(_error(tmp_path, text), _line_of(text, '"gb":'), "countries.gb")


def test_duplicate_country(tmp_path):
    country = VALID[VALID.index('  "GB":') :]
    text = VALID + country
    message = _error(tmp_path, text)
    second = text.count("\n", 0, text.rindex('"GB":')) + 1
    _assert_reports(message, second, "countries.GB")
    assert "duplicate key 'GB'" in message


def test_missing_source(tmp_path):
    text = _mutate(
        "      source: [https://example.org/childline, https://example.org/childline-2]\n", ""
    )
    message = _error(tmp_path, text)
    entry_line = _line_of(text, "name: Childline")
    _assert_reports(message, entry_line, "countries.GB.child_helpline.source")
    assert "missing required field" in message


def test_missing_verified(tmp_path):
    text = _mutate("      verified: 2026-11-01\n", "", after="name: IWF")
    message = _error(tmp_path, text)
    _assert_reports(message, _line_of(text, "name: IWF"), "countries.GB.csam_hotline.verified")


def test_verified_not_an_iso_date(tmp_path):
    text = _mutate("verified: 2026-11-01", "verified: 28/11/2026", after='"GB":')
    message = _error(tmp_path, text)
    _assert_reports(message, _line_of(text, "28/11/2026"), "countries.GB.emergency.verified")
    assert "not an ISO date" in message


def test_verified_in_the_future(tmp_path):
    text = _mutate("verified: 2026-11-01", "verified: 2026-12-25", after="name: Report Remove")
    message = _error(tmp_path, text)
    _assert_reports(message, _line_of(text, "2026-12-25"), "countries.GB.image_removal[0].verified")
    assert "in the future" in message


def test_source_must_be_https(tmp_path):
    text = _mutate("source: https://example.org/iwf", "source: http://example.org/iwf")
    message = _error(tmp_path, text)
    _assert_reports(
        message, _line_of(text, "http://example.org/iwf"), "countries.GB.csam_hotline.source"
    )
    assert "not an https URL" in message


def test_source_list_item_must_be_https(tmp_path):
    text = _mutate("https://example.org/childline-2", "ftp://example.org/childline-2")
    message = _error(tmp_path, text)
    _assert_reports(message, _line_of(text, "ftp://"), "countries.GB.child_helpline.source[1]")


def test_phone_with_letters(tmp_path):
    text = _mutate('phone: "0800 1111"', 'phone: "0800 CHILDLINE"')
    message = _error(tmp_path, text)
    _assert_reports(message, _line_of(text, "CHILDLINE"), "countries.GB.child_helpline.phone")
    assert "may only contain digits" in message


def test_a_short_code_may_start_with_a_star_but_not_hold_one_inside(tmp_path):
    data = read_helplines(
        _write(tmp_path, _mutate('phone: "0800 1111"', 'phone: "*4141"')),
        today=date(2026, 11, 28),
    )
    assert data["GB"].child_helpline.phone == "*4141"
    text = _mutate('phone: "0800 1111"', 'phone: "41*41"')
    assert "may only contain digits" in _error(tmp_path, text)


def test_chile_lists_its_suicide_prevention_short_code():
    crisis = load_helplines()["CL"].crisis_line
    assert crisis is not None and crisis.phone == "*4141"


def test_emergency_number_with_letters(tmp_path):
    text = _mutate('numbers: ["999", "112"]', 'numbers: ["999", "1l2"]')
    message = _error(tmp_path, text)
    _assert_reports(message, _line_of(text, '"1l2"'), "countries.GB.emergency.numbers[1]")


def test_missing_emergency_number(tmp_path):
    text = _mutate('      numbers: ["999", "112"]\n', "")
    message = _error(tmp_path, text)
    line = _line_of(text, "source: https://example.org/ecc", after='"GB":')
    _assert_reports(message, line, "countries.GB.emergency.numbers")
    assert "missing emergency number" in message


def test_missing_csam_hotline(tmp_path):
    start = VALID.index("    csam_hotline:", VALID.index('"GB":'))
    end = VALID.index("    image_removal:", start)
    text = VALID[:start] + VALID[end:]
    message = _error(tmp_path, text)
    line = _line_of(text, "emergency:", after='"GB":')
    _assert_reports(message, line, "countries.GB.csam_hotline")
    assert "missing required field" in message


def test_missing_image_removal(tmp_path):
    start = VALID.index("    image_removal:", VALID.index('"GB":'))
    text = VALID[:start]
    message = _error(tmp_path, text)
    line = _line_of(text, "emergency:", after='"GB":')
    _assert_reports(message, line, "countries.GB.image_removal")


def test_empty_image_removal(tmp_path):
    start = VALID.index("    image_removal:", VALID.index('"GB":'))
    text = VALID[:start] + "    image_removal: []\n"
    _assert_reports(
        _error(tmp_path, text), _line_of(text, "image_removal: []"), "countries.GB.image_removal"
    )


def test_unknown_field_is_a_typo(tmp_path):
    text = _mutate('phone: "0800 1111"', 'phnoe: "0800 1111"')
    message = _error(tmp_path, text)
    _assert_reports(message, _line_of(text, "phnoe"), "countries.GB.child_helpline.phnoe")


def test_free_must_be_boolean(tmp_path):
    text = _mutate("free: true", "free: sometimes")
    _assert_reports(
        _error(tmp_path, text), _line_of(text, "sometimes"), "countries.GB.child_helpline.free"
    )


def test_language_must_be_iso_639_1(tmp_path):
    text = _mutate("languages: [en]", "languages: [english]")
    _assert_reports(
        _error(tmp_path, text),
        _line_of(text, "[english]"),
        "countries.GB.child_helpline.languages[0]",
    )


def test_only_international_may_omit_emergency_number(tmp_path):
    text = _mutate('numbers: ["999", "112"]', "use_local_number: true")
    message = _error(tmp_path, text)
    line = _line_of(text, "use_local_number: true", after='"GB":')
    _assert_reports(message, line, "countries.GB.emergency.use_local_number")


def test_invalid_yaml_names_the_line(tmp_path):
    text = _mutate("name: IWF", "name: [IWF")
    message = _error(tmp_path, text)
    assert re.search(r":\d+: \(yaml\): ", message), message


def test_every_problem_is_reported_at_once(tmp_path):
    text = _mutate('phone: "0800 1111"', 'phone: "0800 CHILDLINE"')
    text = text.replace("source: https://example.org/iwf", "source: http://example.org/iwf")
    message = _error(tmp_path, text)
    assert "countries.GB.child_helpline.phone" in message
    assert "countries.GB.csam_hotline.source" in message
