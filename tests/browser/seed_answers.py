"""Answers for the browser test's consultation, stored as the chat would store them.

Run with ``web/manage.py shell`` against the browser fixture's database: the driver
(drive_dashboard.mjs) runs it once the consultation is open, so the moderation queue and
the results page have rows, one of them a free-text answer that is hostile HTML.
Arguments come from the environment: SEED_SLUG and SEED_HOSTILE.
"""

from __future__ import annotations

import os
from datetime import datetime, timezone

from web.consultations import services

# Inside the example definition's opens/closes window.
NOW = datetime(2027, 2, 10, 12, 0, tzinfo=timezone.utc)
CHILDREN = 6


def seed(slug: str, hostile: str) -> None:
    consultation = services.get_consultation(slug)
    for n in range(CHILDREN):
        participant = services.participant_for(
            "browser-test", f"child-{n}", age_band="13-15", country="GB", language="en"
        )
        services.start_response(consultation, participant, below_consent_age=False, now=NOW)
        services.save_answer(consultation, participant, "devices", choices=["phone"], now=NOW)
        services.save_answer(consultation, participant, "adult_to_talk_to", choices="yes", now=NOW)
        text = hostile if n == 0 else f"More help from school, idea {n}"
        services.save_answer(consultation, participant, "safer_idea", text=text, now=NOW)
        services.complete_response(consultation, participant, now=NOW)


seed(os.environ["SEED_SLUG"], os.environ["SEED_HOSTILE"])
