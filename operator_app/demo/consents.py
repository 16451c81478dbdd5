"""The guardians' consents of a demo (PIPL arts. 28, 29, 31): who signed what, and when.

Why a module of its own: consent decides what else the demo may hold. A sick day records the
illness only while a separate health-data consent is in force (domain.md section 8), so the
register planner reads the dates drawn here, and the writer records exactly these consents.
Every consent is signed by one of the child's recorded guardians, named as the consent record
names them.

What it shows on purpose: both consents signed on the first day in care, usually by the
first guardian; a few children in care whose guardians never signed the health-data consent,
and one who withdrew it a few weeks ago.
"""

from __future__ import annotations

from datetime import date, timedelta
from random import Random

from operator_app.demo.placements import PlannedChild

NO_HEALTH_CONSENT = (3, 5)  # children in care without the health-data consent
WITHDRAWN_DAYS_AGO = (20, 80)  # the one withdrawal, counted back from today
SECOND_SIGNER = 0.2  # chance the second guardian signs, when there is one


def assign_consents(rng: Random, kids: list[PlannedChild], today: date) -> None:
    """Signer and health-consent dates of every child (the personal consent always exists)."""
    for kid in kids:
        if not kid.guardians:
            raise ValueError(f"demo child {kid.name} has no guardian to sign the consent")
        second = len(kid.guardians) > 1 and rng.random() < SECOND_SIGNER
        kid.signer = kid.guardians[1 if second else 0].name
        kid.health_consent = kid.moves[0][1]
    in_care = [k for k in kids if k.leave is None and not k.twin]
    for kid in rng.sample(in_care, rng.randint(*NO_HEALTH_CONSENT)):
        kid.health_consent = None
    withdrawn_on = today - timedelta(days=rng.randint(*WITHDRAWN_DAYS_AGO))
    settled = [
        k
        for k in in_care
        if k.health_consent is not None and k.health_consent + timedelta(days=60) < withdrawn_on
    ]
    if settled:
        rng.choice(settled).health_withdrawn = withdrawn_on
