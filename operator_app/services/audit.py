"""The append-only audit log, written in the same transaction as the change it records.

Why here and not in triggers: the entry needs the acting user and a readable summary, which
only the service knows. The table itself refuses UPDATE and DELETE (see storage.migrations).
"""

from __future__ import annotations

import getpass
import json
from collections.abc import Mapping
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from operator_app.storage.records import AuditRecord

_actor: ContextVar[str | None] = ContextVar("actor", default=None)


def set_actor(name: str | None) -> None:
    """Name who acts from now on (the logged-in account once accounts exist)."""
    _actor.set(name)


def current_actor() -> str:
    name = _actor.get()
    if name:
        return name
    try:
        return f"os:{getpass.getuser()}"
    except Exception:  # no login name in some service environments
        return "os:unknown"


def log(
    action: str,
    entity: str,
    entity_id: object = "",
    summary: str = "",
    detail: Mapping[str, Any] | None = None,
) -> None:
    """Append one entry. Call inside the caller's ``atomic()`` block."""
    AuditRecord.create(
        actor=current_actor(),
        action=action,
        entity=entity,
        entity_id=str(entity_id),
        summary=summary,
        detail=json.dumps(detail, ensure_ascii=False, default=str) if detail else "",
    )


@dataclass(frozen=True)
class AuditEntry:
    at: datetime
    actor: str
    action: str
    entity: str
    entity_id: str
    summary: str


def recent(limit: int = 50, entity: str | None = None) -> list[AuditEntry]:
    query = AuditRecord.select().order_by(AuditRecord.id.desc()).limit(limit)
    if entity:
        query = query.where(AuditRecord.entity == entity)
    return [AuditEntry(r.at, r.actor, r.action, r.entity, r.entity_id, r.summary) for r in query]


def count(action: str | None = None) -> int:
    query = AuditRecord.select()
    if action:
        query = query.where(AuditRecord.action == action)
    return int(query.count())
