"""Finding services: the support form's questions, the search, and follow-ups on what was offered."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.common import locale_of, sessions, settings, translate
from actions.signposting import Request, cards_for, describe, hours_on, schedules_of, search
from actions.understand import audience_told
from assistant.audience import AUDIENCES, audience_for
from assistant.i18n import _
from services_directory.exporter import export_services
from services_directory.search import place_readings

NO_PLACE = ("skip", "anywhere", "dont want to say", "don't want to say", "rather not say", "not saying", "no")
ORDINALS = {"first": 1, "1st": 1, "one": 1, "second": 2, "2nd": 2, "two": 2, "third": 3, "3rd": 3, "three": 3,
            "last": -1, "fourth": 4, "4th": 4}  # fmt: skip
NATIONWIDE = "United Kingdom"


def age_from(value: Any) -> float | None:
    if isinstance(value, int | float):
        number = float(value)
    else:
        match = re.search(r"\d{1,3}", str(value or ""))
        if not match:
            return None
        number = float(match.group())
    return number if 0 < number < 120 else None


def audience_of(tracker: Tracker, audience: str | None = None) -> str | None:
    return audience_for(
        audience or tracker.get_slot("audience"),
        age_from(tracker.get_slot("age")),
        tracker.get_slot("relation"),
    )


def request_from(tracker: Tracker, **changes: Any) -> Request:
    excluded = tuple(tracker.get_slot("excluded_services") or ())
    place = tracker.get_slot("place")
    values: dict[str, Any] = {
        "need": tracker.get_slot("need"),
        "text": tracker.get_slot("need_text") or "",
        "audience": audience_of(tracker),
        "age": age_from(tracker.get_slot("age")),
        "place": None if place == NATIONWIDE else place,
        "exclude": excluded,
        "postcodes_io_url": settings().postcodes_io_url,
    }
    values.update(changes)
    return Request(**values)


def offer(dispatcher: CollectingDispatcher, tracker: Tracker, request: Request) -> list[EventType]:
    """Search, then send the text and the structured services; remember what was offered."""
    with sessions()() as session:
        result, hits = search(session, request)
        cards = cards_for(session, hits, date.today())
    text = describe(result, cards, request.place, locale_of(tracker))
    dispatcher.utter_message(text=text, json_message={"services": cards} if cards else None)
    return [SlotSet("offered_services", [card["id"] for card in cards])]


class ValidateSupportForm(FormValidationAction):
    def name(self) -> str:
        return "validate_support_form"

    async def required_slots(
        self, domain_slots: list[str], dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[str]:
        needed = ["audience", "place"]
        if audience_of(tracker) in (None, "young-person"):
            needed.insert(1, "age")
        return needed

    def validate_age(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        age = age_from(value)
        if age is None:
            dispatcher.utter_message(text=translate(tracker, ASK_AGE_AGAIN))
            return {"age": None}
        return {
            "age": age,
            "audience": audience_for(tracker.get_slot("audience"), age, tracker.get_slot("relation")),
        }

    def validate_audience(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        given = str(value) if value in AUDIENCES else audience_told(tracker)
        return {"audience": audience_of(tracker, given)}

    def validate_place(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        text = str(value or "").strip()
        latest = str((tracker.latest_message or {}).get("text") or "").strip()
        # "Bangor, Gwynedd" (or the "Bangor, Wales" button) answers whole, whatever the NLU made of its parts.
        if text and CHOSEN_PLACE.match(latest) and latest.lower().startswith(text.lower() + ","):
            text = latest
        if text.startswith("/"):  # a button for another question ("/inform{...}") is not a place
            return {"place": None}
        if not text or text.lower().strip(" .!") in NO_PLACE:
            return {"place": NATIONWIDE}
        with sessions()() as session:
            readings = place_readings(session, text)
        # "Bangor": in Wales or in Northern Ireland? Ask; the form then asks for the place again.
        if readings:
            choices = [f"{place.label}, {place.nation}" for place in readings]
            buttons = [{"title": choice, "payload": choice} for choice in choices]
            dispatcher.utter_message(
                text=translate(tracker, WHICH_PLACE, place=readings[0].label), buttons=buttons
            )
            return {"place": None}
        return {"place": text}


WHICH_PLACE = _("There is more than one {place}. Which one do you mean?")
CHOSEN_PLACE = re.compile(r"^[^,/]+, [^,/]+$")


ASK_AGE_AGAIN = _("Sorry, I didn't catch that. How old are you? Just the number is fine.")


class ActionFindServices(Action):
    def name(self) -> str:
        return "action_find_services"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        return offer(dispatcher, tracker, request_from(tracker, exclude=()))


class ActionRejectOption(Action):
    """'not that one' / 'any others?': leave out what was offered (or the one named) and search again."""

    def name(self) -> str:
        return "action_reject_option"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        offered = list(tracker.get_slot("offered_services") or [])
        chosen = pick(offered, tracker)
        rejected = [chosen] if chosen else offered
        excluded = list(tracker.get_slot("excluded_services") or []) + rejected
        events = offer(dispatcher, tracker, request_from(tracker, exclude=tuple(excluded)))
        return [SlotSet("excluded_services", excluded), *events]


class ActionFindCloser(Action):
    """'anything closer?': search again within a smaller radius."""

    def name(self) -> str:
        return "action_find_closer"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        if not tracker.get_slot("place") or tracker.get_slot("place") == NATIONWIDE:
            dispatcher.utter_message(text=translate(tracker, NEED_PLACE))
            return []
        return offer(dispatcher, tracker, request_from(tracker, radius_km=15.0))


NEED_PLACE = _("Whereabouts do you live? A town or the first part of your postcode is enough.")


def pick(offered: list[str], tracker: Tracker) -> str | None:
    """The offered service the latest message points at ('the second one'), if any."""
    ordinal = next(tracker.get_latest_entity_values("ordinal"), None)
    if not offered or ordinal is None:
        return None
    word = str(ordinal).lower().strip()
    number = ORDINALS.get(word) or (int(word) if word.isdigit() else None)
    if number is None:
        return None
    if number == -1:
        return offered[-1]
    return offered[number - 1] if 0 < number <= len(offered) else None


DETAILS = _("{name}: {description}")
CALL = _("Phone: {phone}")
WEBSITE = _("Website: {url}")
ADDRESS = _("Address: {address}")
HOURS_TODAY = _("Open today: {hours}")
WHICH_ONE = _("Which one would you like to know more about? You can say 'the first one', for example.")
NOTHING_OFFERED = _(
    "I haven't suggested any services yet. Tell me what you're looking for and where, and I'll find some."
)


def offered_or_explain(dispatcher: CollectingDispatcher, tracker: Tracker) -> list[str]:
    """The services offered so far; when there are none, say so."""
    offered = list(tracker.get_slot("offered_services") or [])
    if not offered:
        dispatcher.utter_message(text=translate(tracker, NOTHING_OFFERED))
    return offered


WEEKEND_WORDS = re.compile(r"\b(?:weekends?|saturdays?|sundays?|sat|sun)\b", re.IGNORECASE)


class ActionServiceDetails(Action):
    """'tell me more about the second one'."""

    def name(self) -> str:
        return "action_service_details"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        offered = offered_or_explain(dispatcher, tracker)
        if not offered:
            return []
        chosen = pick(offered, tracker) or (offered[0] if len(offered) == 1 else None)
        if chosen is None:
            dispatcher.utter_message(text=translate(tracker, WHICH_ONE))
            return []
        with sessions()() as session:
            [service] = export_services(session, [chosen]) or [{}]
        lines = [
            translate(
                tracker, DETAILS, name=service.get("name", ""), description=service.get("description", "")
            )
        ]
        phone = next((p.get("number") for p in service.get("phones") or [] if p.get("number")), None)
        for template, value in ((CALL, phone), (WEBSITE, service.get("url"))):
            if value:
                lines.append(translate(tracker, template, phone=value, url=value))
        hours = hours_on(schedules_of(service), date.today())
        if hours:
            lines.append(translate(tracker, HOURS_TODAY, hours=hours))
        dispatcher.utter_message(text="\n".join(lines))
        return []


WEEKEND = _("At the weekend:")
NO_HOURS = _("The directory doesn't list opening hours for {name}; it's best to check their website or call.")
HOURS_LINE = _("{name}: Saturday {saturday}, Sunday {sunday}")
TODAY_LINE = _("{name}: today {hours}")


class ActionOpeningTimes(Action):
    """'what about weekends?' / 'are they open now?': opening hours of what was offered."""

    def name(self) -> str:
        return "action_opening_times"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        offered = offered_or_explain(dispatcher, tracker)
        if not offered:
            return []
        weekend = WEEKEND_WORDS.search(str((tracker.latest_message or {}).get("text") or "")) is not None
        today = date.today()
        saturday = date.fromordinal(today.toordinal() + (5 - today.weekday()) % 7)
        sunday = date.fromordinal(saturday.toordinal() + 1)
        with sessions()() as session:
            services = {s["id"]: s for s in export_services(session, offered)}
        lines = [translate(tracker, WEEKEND)] if weekend else []
        for service_id in offered:
            service = services.get(service_id, {})
            schedules = schedules_of(service)
            name = service.get("name", service_id)
            if not schedules:
                lines.append(translate(tracker, NO_HOURS, name=name))
            elif weekend:
                lines.append(
                    translate(
                        tracker,
                        HOURS_LINE,
                        name=name,
                        saturday=hours_on(schedules, saturday),
                        sunday=hours_on(schedules, sunday),
                    )
                )
            else:
                lines.append(translate(tracker, TODAY_LINE, name=name, hours=hours_on(schedules, today)))
        dispatcher.utter_message(text="\n".join(lines))
        return []
