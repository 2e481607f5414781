"""Which safety messages to send, in which order, with which facts.

Pure planning: it returns response names and the facts to fill into them. Every word a
child reads lives in ``domain/safety.yml``; the short fragments used to describe how to
reach a helpline ("call {phone}", "free", …) are responses too, handed in as ``fragment``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from bot.helplines import CountryResources, Helpline
from bot.names import Response

IMMEDIATE_DANGER = "immediate_danger"
SUICIDE_SELF_HARM = "suicide_self_harm"
CSAM_SEEN = "csam_seen"
ONLINE_SEXUAL_EXPLOITATION = "online_sexual_exploitation"
BULLYING = "bullying"
CRITICAL = "critical"

# Fragment keys; each is the response ``utter_safety_fmt_<key>``.
FRAGMENTS = ("phone", "text", "whatsapp", "chat", "web", "free", "hours")


@dataclass(frozen=True)
class Say:
    """One message: a response name and the values for its {placeholders}."""

    response: str
    values: Mapping[str, str] = field(default_factory=dict)


Fragment = Callable[[str], str]


def helpline_contact(helpline: Helpline, fragment: Fragment) -> str:
    """Describes how to reach a helpline in the child's language, e.g. "call 116 111, free".

    Args:
        helpline: the helpline's facts.
        fragment: returns the template of ``utter_safety_fmt_<key>`` in the child's language.
    """
    ways = []
    if helpline.phone:
        ways.append(fragment("phone").format(phone=helpline.phone))
    if helpline.text:
        ways.append(fragment("text").format(text=helpline.text))
    if helpline.whatsapp:
        ways.append(fragment("whatsapp").format(whatsapp=helpline.whatsapp))
    if helpline.chat:
        ways.append(fragment("chat").format(url=helpline.chat))
    elif helpline.web:
        ways.append(fragment("web").format(url=helpline.web))
    details = []
    if helpline.free:
        details.append(fragment("free"))
    if helpline.hours:
        details.append(fragment("hours").format(hours=helpline.hours))
    contact = ", ".join(ways)
    return f"{contact} ({', '.join(details)})" if details else contact


def plan_safety_response(
    category: str,
    severity: str,
    resources: CountryResources,
    *,
    country_asked: bool,
    in_flow: bool,
    fragment: Fragment,
    also: Sequence[str] = (),
    resources_only: bool = False,
) -> list[Say]:
    """Plans the messages for a disclosure.

    Args:
        category: the triage category (e.g. ``suicide_self_harm``).
        severity: ``critical``, ``high`` or ``medium``.
        resources: the child's country's resources (or the international fallback).
        country_asked: True if the child's country is unknown and may be asked — only
            ever after the help itself.
        in_flow: True if the child was in the middle of something (a form) they can go
            back to.
        fragment: see :func:`helpline_contact`.
        also: other categories found in the same message; their routes (emergency
            number, crisis line, hotline, image removal) are added, but only the main
            category's message is said, to keep the reply short.
        resources_only: only the numbers and routes (after the child named their
            country): no category message, no country question.

    Returns:
        The messages in order: for immediate danger or a critical severity the emergency
        number comes first; then the category's message; then the helpline and the
        routes that fit the category; for bullying (and nothing worse), an offer of the
        bullying tips and the online-safety quiz, once the help is given; last, the
        country question and the way back.
    """
    local = resources.is_international
    emergency = resources.emergency
    if local:
        number = (emergency.gsm_fallback or emergency.numbers or ("112",))[0]
        say_emergency = Say("utter_safety_emergency_local", {"emergency": number})
    else:
        say_emergency = Say("utter_safety_emergency", {"emergency": emergency.numbers[0]})

    found = {category, *also}
    says: list[Say] = []
    emergency_first = IMMEDIATE_DANGER in found or severity == CRITICAL
    if emergency_first:
        says.append(say_emergency)
    if not resources_only:
        says.append(Say(f"{Response.SAFETY_PREFIX}{category}"))

    helpline = resources.child_helpline
    if local:
        says.append(
            Say(
                "utter_safety_helpline_directory",
                {"directory_url": helpline.web or helpline.chat or ""},
            )
        )
    else:
        says.append(
            Say(
                "utter_safety_helpline",
                {
                    "helpline_name": helpline.name,
                    "helpline_contact": helpline_contact(helpline, fragment),
                },
            )
        )
    if SUICIDE_SELF_HARM in found and resources.crisis_line is not None:
        crisis = resources.crisis_line
        says.append(
            Say(
                "utter_safety_crisis_line",
                {
                    "crisis_name": crisis.name,
                    "crisis_contact": helpline_contact(crisis, fragment),
                },
            )
        )
    if CSAM_SEEN in found:
        hotline = resources.csam_hotline
        says.append(
            Say(
                "utter_safety_csam_report",
                {"hotline_name": hotline.name, "hotline_url": hotline.report_url},
            )
        )
    if ONLINE_SEXUAL_EXPLOITATION in found:
        routes = ", ".join(f"{r.name} ({r.url})" for r in resources.image_removal)
        says.append(Say("utter_safety_image_removal", {"routes": routes}))
    if local and not emergency_first:
        says.append(say_emergency)
    # Tips and a quiz suit bullying alone; next to danger, self-harm or abuse they would
    # only get in the way of the help.
    if found == {BULLYING} and not emergency_first and not resources_only:
        says.append(Say(Response.BULLYING_TIPS_OFFER))
    if country_asked and not resources_only:
        says.append(Say(Response.SAFETY_ASK_COUNTRY))
    if in_flow:
        says.append(Say("utter_safety_resume"))
    return says
