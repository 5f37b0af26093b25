"""One sentence saying what an operation does, from its verb and path (`GET invoices/{id}` ->
"Reads an invoice."): the summary of the operations whose description gives none, and of those
imported from the documented SDK's surface (which has no prose)."""

import re
from typing import List, Tuple

# POST .../{id}/<verb>: what the action does, as the sentence's verb
ACTIONS = {
    "accept": "Accepts", "activate": "Activates", "allocate": "Allocates", "amend": "Amends",
    "approve": "Approves", "cancel": "Cancels", "change": "Changes", "customize": "Customises",
    "deactivate": "Deactivates", "deallocate": "Deallocates", "disable": "Disables",
    "downgrade": "Downgrades", "enable": "Enables", "execute": "Runs", "login": "Logs in to",
    "preview": "Previews", "purge": "Purges", "reactivate": "Reactivates", "reactive": "Reactivates",
    "receive": "Receives", "reject": "Rejects", "relinquish": "Relinquishes", "remove": "Removes",
    "search": "Searches", "upgrade": "Upgrades", "preorder": "Pre-orders", "booking": "Books",
}
# POST .../<verb>-<object>: "sync-taxes" -> "Syncs the taxes of ..."
VERB_PREFIXES = {
    "sync": "Syncs", "save": "Saves", "link": "Links", "unlink": "Unlinks", "change": "Changes",
    "send": "Sends", "extend": "Extends", "convert": "Converts", "add": "Adds",
}
WORDS = {"pdf": "PDF", "api": "API", "co": "custom object"}


def words(segment: str) -> str:
    """A path segment as words: "payment-methods" -> "payment methods", "saleOrder" -> "sale order"."""
    text = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", segment).replace("-", " ").replace("_", " ").lower()
    return " ".join(WORDS.get(w, w) for w in text.split())


def singular(noun: str) -> str:
    head, _, last = noun.rpartition(" ")
    if last.endswith("ies"):
        last = last[:-3] + "y"
    elif last.endswith(("sses", "xes", "ches", "shes")):
        last = last[:-2]
    elif last.endswith("s") and not last.endswith(("ss", "us")):
        last = last[:-1]
    return f"{head} {last}".strip()


def a(noun: str) -> str:
    vowel = noun[:1] in "aeiou" and not noun.startswith(("us", "ur", "uni"))  # a usage, a user
    return ("an " if vowel else "a ") + noun


def _chain(segments: List[str]) -> List[Tuple[str, bool]]:
    """(words, followed by an id) for each literal segment."""
    out = []
    for i, seg in enumerate(segments):
        if not seg.startswith("{"):
            out.append((words(seg), i + 1 < len(segments) and segments[i + 1].startswith("{")))
    return out


def _owners(chain: List[Tuple[str, bool]]) -> str:
    """" of a note of an account" for the segments before the target."""
    parts = []
    for noun, has_id in reversed(chain):
        parts.append(f"of {a(singular(noun))}" if has_id else f"in the {noun}")
    return "".join(f" {p}" for p in parts)


def describe(verb: str, path: str, paged: bool) -> str:
    """The sentence for `verb path` (the path after the version prefix)."""
    segments = path.split("/")
    chain = _chain(segments)
    if not chain:
        return "Calls the API."
    ends_with_id = segments[-1].startswith("{")
    target, _ = chain[-1]
    owners = _owners(chain[:-1])
    one = a(singular(target))
    last = segments[-1]
    if verb == "GET":
        if paged and ends_with_id:  # alert/account/{id}: the records kept for one account
            return f"Lists the records of {a(singular(target))}{owners}, one page at a time."
        if paged:
            return f"Lists the {target}{owners}, one page at a time."
        if ends_with_id:
            return f"Reads {one}{owners}."
        if target == "PDF":
            return f"Downloads the PDF{owners}."
        return f"Reads the {target}{owners}."
    if verb == "DELETE":
        return f"Deletes {one}{owners}." if ends_with_id else f"Deletes the {target}{owners}."
    if verb in ("PATCH", "PUT"):
        how = "Updates" if verb == "PATCH" else "Replaces"
        return f"{how} {one}{owners}." if ends_with_id else f"{how} the {target}{owners}."
    # POST
    if ends_with_id:
        return f"Sends {one}{owners}."
    if last in ACTIONS:
        return f"{ACTIONS[last]} {owners.split(' ', 2)[2]}." if owners else f"{ACTIONS[last]} the {target}."
    verb_word, _, rest = last.replace("_", "-").partition("-")
    if verb_word in VERB_PREFIXES and rest:
        return f"{VERB_PREFIXES[verb_word]} the {words(rest)}{owners}."
    if target.endswith("s"):
        return f"Adds {a(singular(target))} to {owners.split(' ', 2)[2]}." if owners else f"Creates {a(singular(target))}."
    return f"Creates the {target}{owners}." if owners else f"Creates {a(target)}."



def every(path: str, method: str) -> str:
    """The summary of a list method's iterator: "Every invoice of an order (...)"."""
    chain = _chain(path.split("/"))
    if not chain:
        return f"Every record of ``{method}``, fetched lazily page by page."
    target, has_id = chain[-1]
    what = f"record of {a(singular(target))}" if has_id else singular(target)
    return (f"Every {what}{_owners(chain[:-1])} that ``{method}`` lists, fetched lazily page "
            f"by page (``limit`` records a page).")
