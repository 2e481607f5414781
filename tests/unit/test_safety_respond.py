"""The order and facts of safety replies, with the real helpline data."""

from __future__ import annotations

import pytest

from bot.helplines import resources_for
from bot.safety.respond import helpline_contact, plan_safety_response

FRAGMENTS = {
    "phone": "call {phone}",
    "text": "text {text}",
    "whatsapp": "WhatsApp {whatsapp}",
    "chat": "chat at {url}",
    "web": "see {url}",
    "free": "free",
    "hours": "open {hours}",
}


def fragment(key: str) -> str:
    return FRAGMENTS[key]


def plan(category, country, severity="high", *, asked=False, in_flow=False):
    return plan_safety_response(
        category,
        severity,
        resources_for(country),
        country_asked=asked,
        in_flow=in_flow,
        fragment=fragment,
    )


def names(says):
    return [s.response for s in says]


def test_immediate_danger_puts_the_emergency_number_first():
    says = plan("immediate_danger", "GB", "critical")
    assert names(says)[:2] == ["utter_safety_emergency", "utter_safety_immediate_danger"]
    assert says[0].values == {"emergency": "999"}


def test_suicide_in_gb_gives_childline_then_samaritans():
    says = plan("suicide_self_harm", "GB")
    assert names(says) == [
        "utter_safety_suicide_self_harm",
        "utter_safety_helpline",
        "utter_safety_crisis_line",
    ]
    assert says[1].values["helpline_name"] == "Childline (NSPCC)"
    assert says[1].values["helpline_contact"].startswith("call 0800 1111")
    assert "116 123" in says[2].values["crisis_contact"]


def test_critical_suicide_risk_also_leads_with_the_emergency_number():
    says = plan("suicide_self_harm", "US", "critical")
    assert names(says)[0] == "utter_safety_emergency"
    assert says[0].values == {"emergency": "911"}
    assert any("988" in s.values.get("crisis_contact", "") for s in says)


def test_eu_child_helpline_is_116_111():
    says = plan("bullying", "DE")
    assert "116 111" in says[1].values["helpline_contact"]


def test_csam_seen_points_to_the_national_hotline():
    says = plan("csam_seen", "GB")
    report = next(s for s in says if s.response == "utter_safety_csam_report")
    assert report.values == {
        "hotline_name": "Internet Watch Foundation (IWF)",
        "hotline_url": "https://www.iwf.org.uk/report",
    }


def test_own_images_shared_get_removal_routes():
    says = plan("online_sexual_exploitation", "GB")
    routes = next(s for s in says if s.response == "utter_safety_image_removal")
    assert "Report Remove" in routes.values["routes"]
    assert "https://takeitdown.ncmec.org/" in routes.values["routes"]


@pytest.mark.parametrize("country", [None, "ZZ", "TD"])
def test_unknown_country_gets_the_directory_and_local_emergency_then_the_question(country):
    says = plan("abuse_neglect", country, asked=country is None)
    expected = [
        "utter_safety_abuse_neglect",
        "utter_safety_helpline_directory",
        "utter_safety_emergency_local",
    ]
    if country is None:
        expected.append("utter_safety_ask_country")
    assert names(says) == expected
    assert says[1].values["directory_url"].startswith("https://childhelplineinternational.org")


def test_a_child_in_the_middle_of_something_is_offered_the_way_back_last():
    assert names(plan("bullying", "FR", in_flow=True))[-1] == "utter_safety_resume"


def test_contact_lists_ways_and_details():
    helpline = resources_for("GB").child_helpline
    assert helpline_contact(helpline, fragment) == (
        "call 0800 1111, chat at https://www.childline.org.uk/ (free, open 24/7)"
    )


def test_routes_for_every_category_found_but_one_message():
    says = plan_safety_response(
        "sexual_abuse",
        "high",
        resources_for("GB"),
        country_asked=False,
        in_flow=False,
        fragment=fragment,
        also=["sexual_abuse", "immediate_danger", "csam_seen"],
    )
    assert names(says) == [
        "utter_safety_emergency",
        "utter_safety_sexual_abuse",
        "utter_safety_helpline",
        "utter_safety_csam_report",
    ]


def test_bullying_offers_the_tips_and_quiz_after_the_help_before_the_way_back():
    says = plan("bullying", None, asked=True, in_flow=True)
    assert names(says) == [
        "utter_safety_bullying",
        "utter_safety_helpline_directory",
        "utter_safety_emergency_local",
        "utter_bullying_tips_offer",
        "utter_safety_ask_country",
        "utter_safety_resume",
    ]
    assert names(plan("bullying", "GB")) == [
        "utter_safety_bullying",
        "utter_safety_helpline",
        "utter_bullying_tips_offer",
    ]


@pytest.mark.parametrize(
    ("category", "severity", "also"),
    [
        ("abuse_neglect", "high", ()),
        ("online_sexual_exploitation", "high", ()),
        ("bullying", "high", ("suicide_self_harm",)),
        ("bullying", "critical", ()),
    ],
    ids=["other-category", "sextortion", "bullying-and-self-harm", "critical"],
)
def test_no_tips_offer_unless_it_is_bullying_alone(category, severity, also):
    says = plan_safety_response(
        category,
        severity,
        resources_for("GB"),
        country_asked=False,
        in_flow=False,
        fragment=fragment,
        also=also,
    )
    assert "utter_bullying_tips_offer" not in names(says)


def test_no_tips_offer_with_the_numbers_sent_after_the_country_question():
    says = plan_safety_response(
        "bullying",
        "medium",
        resources_for("GB"),
        country_asked=False,
        in_flow=False,
        fragment=fragment,
        resources_only=True,
    )
    assert "utter_bullying_tips_offer" not in names(says)
