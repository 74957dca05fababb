"""Fax and phone numbers checked with `phonenumbers` and written the way their country does."""

from __future__ import annotations

from dataclasses import dataclass

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat

from proxydesk.errors import InvalidInput

DEFAULT_REGION = "DE"


@dataclass(frozen=True)
class FaxNumber:
    e164: str
    #: national format inside the sender's own country, international across borders
    display: str
    region: str


def home_region(*numbers: str, default: str = DEFAULT_REGION) -> str:
    """The sender's country, told from the first of their numbers that has a country code."""
    for number in numbers:
        if not number.strip().startswith(("+", "00")):
            continue
        try:
            region = phonenumbers.region_code_for_number(phonenumbers.parse(number, None))
        except NumberParseException:
            continue
        if region and region != "ZZ":
            return region
    return default


def fax_number(text: str, region: str = DEFAULT_REGION, *, what: str = "fax number") -> FaxNumber:
    """Parse a number given as +E.164 or in the national format of `region`; refuse nonsense."""
    cleaned = text.strip()
    if not cleaned:
        raise InvalidInput(f"the {what} is empty")
    try:
        parsed = phonenumbers.parse(cleaned, region)
    except NumberParseException:
        raise InvalidInput(
            f"'{text}' is not a {what}; write it like +49 800 5550109 or, in {region}, 0800 5550109"
        ) from None
    if not phonenumbers.is_valid_number(parsed):
        number_region = phonenumbers.region_code_for_number(parsed) or region
        raise InvalidInput(
            f"'{text}' is not a valid {what} for {number_region}; check the digits and the "
            "country code"
        )
    number_region = phonenumbers.region_code_for_number(parsed) or region
    same_country = number_region == region
    display = phonenumbers.format_number(
        parsed, PhoneNumberFormat.NATIONAL if same_country else PhoneNumberFormat.INTERNATIONAL
    )
    e164 = phonenumbers.format_number(parsed, PhoneNumberFormat.E164)
    return FaxNumber(e164, display, number_region)


def phone_display(text: str, region: str = DEFAULT_REGION) -> str:
    """A phone number formatted like `fax_number` does, or as given when it does not parse."""
    try:
        return fax_number(text, region, what="phone number").display
    except InvalidInput:
        return " ".join(text.split())
