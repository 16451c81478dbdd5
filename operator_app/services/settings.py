"""Business parameters stored in the database, falling back to the national defaults.

Why JSON text: one table holds integers, text and decimals alike, and PostgreSQL later reads
the same rows.
"""

from __future__ import annotations

import json
from decimal import Decimal

from operator_app.domain.enums import ClassType
from operator_app.domain.errors import ValidationError
from operator_app.domain.parameters import BY_KEY, CLASS_BANDS, PARAMETERS, Parameter
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
    with database.atomic():
        _store(key, value)
        _check_bands({key: value})


def _store(key: str, value: Value) -> None:
    if key not in BY_KEY:
        raise ValidationError("parameters", "param.unknown", key=key)
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
            _store(key, value)
        _check_bands(changed)
    return len(changed)


def _check_bands(changed: dict[str, Value]) -> None:
    """A class type's age band must stay non-empty (lower bound below the upper one)."""
    for code in CLASS_BANDS:
        low_key, high_key = f"class.{code}.min_months", f"class.{code}.max_months"
        if low_key not in changed and high_key not in changed:
            continue
        low, high = get_int(low_key), get_int(high_key)
        if low >= high:
            field = low_key if low_key in changed else high_key
            raise ValidationError(
                field, "param.band_empty", class_type=ClassType(code), low=low, high=high
            )


def _check(param: Parameter, value: Value) -> Value:
    if isinstance(param.default, bool):
        return bool(value)
    if isinstance(param.default, int):
        try:
            number = int(value)
        except (TypeError, ValueError):
            raise ValidationError(param.key, "param.not_integer") from None
        if param.minimum is not None and number < param.minimum:
            raise ValidationError(param.key, "param.below_min", minimum=param.minimum)
        if param.maximum is not None and number > param.maximum:
            raise ValidationError(param.key, "param.above_max", maximum=param.maximum)
        return number
    if isinstance(param.default, Decimal):
        return Decimal(str(value))
    return str(value)


def _decode(param: Parameter, raw: object) -> Value:
    if isinstance(param.default, Decimal):
        return Decimal(str(raw))
    return raw  # type: ignore[return-value]
