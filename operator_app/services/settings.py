"""Business parameters stored in the database, falling back to the national defaults.

Why JSON text: one table holds integers, text and decimals alike, and PostgreSQL later reads
the same rows.
"""

from __future__ import annotations

import json
from decimal import Decimal

from operator_app.domain.errors import ValidationError
from operator_app.domain.parameters import BY_KEY, PARAMETERS, Parameter
from operator_app.services import audit
from operator_app.storage.records import SettingRecord, database, utcnow

Value = int | str | bool | Decimal


def get(key: str) -> Value:
    param = BY_KEY[key]
    row = SettingRecord.get_or_none(SettingRecord.key == key)
    if row is None:
        return param.default
    return _decode(param, json.loads(row.value))


def get_int(key: str) -> int:
    value = get(key)
    assert isinstance(value, int)
    return value


def all_values() -> dict[str, Value]:
    stored = {r.key: json.loads(r.value) for r in SettingRecord.select()}
    return {p.key: _decode(p, stored[p.key]) if p.key in stored else p.default for p in PARAMETERS}


def set_value(key: str, value: Value) -> None:
    """Validate against the parameter's range and store, with an audit entry."""
    if key not in BY_KEY:
        raise ValidationError(key, key, "未知的参数")
    param = BY_KEY[key]
    checked = _check(param, value)
    with database.atomic():
        old = get(key)
        SettingRecord.insert(
            key=key,
            value=json.dumps(str(checked) if isinstance(checked, Decimal) else checked),
            updated_at=utcnow(),
        ).on_conflict_replace().execute()
        audit.log(
            "setting.update",
            "setting",
            key,
            f"{param.label}：{old} → {checked}",
            {"old": old, "new": checked},
        )


def set_values(values: dict[str, Value]) -> int:
    """Store several parameters at once: all valid and saved, or none (one transaction)."""
    changed = {k: v for k, v in values.items() if k not in BY_KEY or get(k) != v}
    with database.atomic():
        for key, value in changed.items():
            set_value(key, value)
    return len(changed)


def _check(param: Parameter, value: Value) -> Value:
    if isinstance(param.default, bool):
        return bool(value)
    if isinstance(param.default, int):
        try:
            number = int(value)
        except (TypeError, ValueError):
            raise ValidationError(param.key, param.label, "应为整数") from None
        if param.minimum is not None and number < param.minimum:
            raise ValidationError(param.key, param.label, f"不能小于 {param.minimum}")
        if param.maximum is not None and number > param.maximum:
            raise ValidationError(param.key, param.label, f"不能大于 {param.maximum}")
        return number
    if isinstance(param.default, Decimal):
        return Decimal(str(value))
    return str(value)


def _decode(param: Parameter, raw: object) -> Value:
    if isinstance(param.default, Decimal):
        return Decimal(str(raw))
    return raw  # type: ignore[return-value]
