"""Entities stage: the ``kg_entity_rules`` spaCy component.

It labels COMPANY, PROJECT, AGENCY and PLACE spans in ``doc.ents`` from four
sources, all kept as data in ``kg/data``:

* lexicon names (``lexicon.jsonl`` and ``--lexicon`` files) and agency full
  forms from ``abbreviations.yaml``;
* the division gazetteer (:mod:`kg.gazetteer`) and country names;
* suffix rules (``entity_rules.yaml``): a name ends in a type suffix
  (有限公司, 局, 路, 项目 …) and extends left over name-like words;
* enumerations ("A、B、C等项目", "与A、B等企业") and status clauses
  ("A、B进展顺利") whose items take the type of the head; a project item that
  begins with a company ("蓝科锂业2万吨电池级碳酸锂") yields both;
  quoted start-up projects (“…”项目).

References to the home city (我市, 全市) go to ``doc.spans["kg_refs"]``.
Every span records the rule that found it in ``span._.kg_rule``.

>>> nlp = spacy.blank("zh")                         # doctest: +SKIP
>>> nlp.add_pipe("kg_entity_rules")                 # doctest: +SKIP
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.gazetteer import load_gazetteer
from kg.lexicon import load_lexicons
from kg.pipeline import TOKENS_KEY
from kg.resources import load_yaml

if not Span.has_extension("kg_rule"):
    Span.set_extension("kg_rule", default="")

PROPER_TAGS = {"nr", "nrt", "nrfg", "ns", "nt", "nz", "j", "x", "eng"}
STOP_TAGS = {"w", "_SP", "u", "uj", "ul", "uz", "ug", "uv", "ud", "p", "c", "d", "r", "y", "e", "o", "f", "t", "q", "zg"}
MAX_TOKENS = {"COMPANY": 5, "AGENCY": 8, "PLACE": 5, "PROJECT": 10}
CLAUSE_PUNCT = set("，。；：！？、,;:!?（）()《》“”\"'「」『』\n")


@dataclass(frozen=True)
class Candidate:
    start: int  # character offsets in doc.text
    end: int
    label: str
    rule: str
    prio: int = 1


@lru_cache(maxsize=1)
def _rules() -> dict:
    spec = load_yaml("entity_rules.yaml")
    suffixes = []
    for label, groups in spec["suffixes"].items():
        for strength, words in groups.items():
            suffixes.extend((w, label, strength) for w in words)
    # Longest suffix first: "股份有限公司" before "公司".
    suffixes.sort(key=lambda x: -len(x[0]))
    return {
        "suffixes": suffixes,
        "false": set(spec["false_suffix_words"]),
        "generic": set(spec["generic_names"]),
        "admin": set(spec["admin_prefixes"]),
        "boundary": set(spec["boundary_words"]),
        "trim": set(spec["leading_trim"]),
        "project_stop": set(spec["project_stop_words"]),
        "enum_heads": spec["enumeration_heads"],
        "enum_gap": int(spec["enumeration_gap_max_chars"]),
        "status": sorted(spec["project_status_predicates"], key=len, reverse=True),
        "home_city": set(spec["home_references"]["city"]),
        "home_pref": set(spec["home_references"]["prefecture"]),
        "min_head": int(spec["min_company_head_chars"]),
        "place_like": tuple(spec["place_like_project_ends"]),
    }


@Language.factory("kg_entity_rules", default_config={"lexicons": []})
def make_entity_rules(nlp: Language, name: str, lexicons: list[str]):
    return EntityRules(lexicons)


class EntityRules:
    """Rule-based entity finder; see the module docstring."""

    def __init__(self, lexicons: list[str] = ()):
        self.rules = _rules()
        self.phrases = _phrase_table(tuple(lexicons))
        self.prefixes = _prefixes(tuple(lexicons))
        suffix_by_end: dict[str, list[tuple[str, str, str]]] = {}
        for suf, label, strength in self.rules["suffixes"]:
            suffix_by_end.setdefault(suf[-1], []).append((suf, label, strength))
        self.suffix_by_end = suffix_by_end
        self.status_re = re.compile("|".join(map(re.escape, self.rules["status"])))

    def __call__(self, doc: Doc) -> Doc:
        cached = doc.user_data.pop(TOKENS_KEY, None)
        if cached is not None and len(cached[0]) == len(doc):
            words, tags, offs, text = cached
        else:
            words = [t.text for t in doc]
            tags = [t.tag_ for t in doc]
            offs = [t.idx for t in doc]
            text = doc.text
        cands: list[Candidate] = []
        cands += self._phrase_matches(words, offs)
        cands += self._suffix_matches(words, tags, offs)
        cands += self._enumerations(text, words, tags, offs)
        cands += self._quoted(text)
        refs = self._home_refs(words, offs)
        chosen = _select(cands, {(s, e) for s, e, _ in refs})
        _align(doc, [(c.start, c.end) for c in chosen] + [(s, e) for s, e, _ in refs], offs, words)
        ents = []
        for c in chosen:
            span = doc.char_span(c.start, c.end, label=c.label)
            if span is not None:
                span._.kg_rule = c.rule
                ents.append(span)
        doc.ents = sorted(ents, key=lambda s: s.start)
        ref_spans = []
        for s, e, kind in refs:
            span = doc.char_span(s, e, label=kind)
            if span is not None:
                ref_spans.append(span)
        doc.spans["kg_refs"] = ref_spans
        return doc

    # -- sources -----------------------------------------------------------
    def _phrase_matches(self, words, offs) -> list[Candidate]:
        out = []
        n = len(words)
        phrases, prefixes = self.phrases, self.prefixes
        for i in range(n):
            s = words[i]
            j = i
            # Grow the phrase only while it is the prefix of some known name.
            while s in prefixes:
                hit = phrases.get(s)
                if hit is not None:
                    out.append(Candidate(offs[i], offs[i] + len(s), hit[0], hit[1]))
                j += 1
                if j >= n:
                    break
                s += words[j]
        return out

    def _suffix_matches(self, words, tags, offs) -> list[Candidate]:
        r = self.rules
        out = []
        for j, w in enumerate(words):
            options = self.suffix_by_end.get(w[-1])
            if not options or w in r["false"]:
                continue
            for suf, label, strength in options:
                if not w.endswith(suf):
                    continue
                cand = self._extend_left(words, tags, offs, j, suf, label, strength)
                if cand is not None:
                    out.append(cand)
                    break
        return out

    def _extend_left(self, words, tags, offs, j, suf, label, strength) -> Candidate | None:
        r = self.rules
        stop = r["boundary"] | (r["project_stop"] if label == "PROJECT" else set())
        k = j - 1
        while k >= 0 and j - k <= MAX_TOKENS[label]:
            w, t = words[k], tags[k]
            if t in STOP_TAGS or w in stop or w in r["false"]:
                break
            if t.startswith("v") and t != "vn" and label != "PROJECT":
                break
            if t == "m" and label in ("COMPANY", "AGENCY"):
                break
            # A finished name of another kind ends the scan: "格尔木工业园管委会" keeps
            # the park inside, but "…公司" never runs into a following name.
            k -= 1
        first = k + 1
        while first < j and (words[first] in r["trim"]):
            first += 1
        body_tokens = list(range(first, j))
        inner = words[j][: len(words[j]) - len(suf)]
        name = "".join(words[first:j]) + words[j]
        if name in r["generic"] or name == suf and not self.phrases.get(name):
            return None
        if not body_tokens and not inner:
            return None
        proper = any(tags[x] in PROPER_TAGS for x in body_tokens) or (inner and tags[j] in PROPER_TAGS)
        if strength == "weak":
            ok = proper
            if label == "AGENCY":
                ok = ok or (body_tokens and words[first] in r["admin"] and len(name) >= 3)
            if label == "PLACE":
                ok = ok or any(tags[x] == "m" for x in body_tokens)
            if not ok:
                return None
        if label == "PROJECT" and len(name) < 5:
            return None
        if label == "COMPANY" and len(name) < 3:
            return None
        return Candidate(offs[first], offs[j] + len(words[j]), label, f"suffix:{suf}")

    def _enumerations(self, text, words, tags, offs) -> list[Candidate]:
        r = self.rules
        out: list[Candidate] = []
        n = len(words)
        # Enumerations end at 等 or right before a status predicate; both are rare,
        # so find them first instead of testing every token.
        ends = [j for j, w in enumerate(words) if w == "等"]
        if self.status_re.search(text):
            index = {o: j for j, o in enumerate(offs)}
            ends += [index[m.start()] for m in self.status_re.finditer(text) if m.start() in index]
        for j in sorted(set(ends)):
            w = words[j]
            label = None
            if w == "等":
                # "等(一批…)项目": the head noun within a few characters, no punctuation between.
                gap = 0
                for h in range(j + 1, n):
                    if words[h] in r["enum_heads"]:
                        label = r["enum_heads"][words[h]]
                        break
                    gap += len(words[h])
                    if tags[h] in ("w", "_SP") or gap > r["enum_gap"]:
                        break
                rule = "enumeration"
            else:
                if j == 0 or tags[j - 1] in ("w", "_SP"):
                    continue
                label, rule = "PROJECT", "status-clause"
            if label is None:
                continue
            items = self._items_before(words, tags, j, clause_start=(rule == "status-clause"))
            if items is None:
                continue
            for a, b in items:
                out.extend(self._item_candidates(words, tags, offs, a, b, label, rule))
        return out

    def _items_before(self, words, tags, end_tok, clause_start: bool):
        """Token ranges of the items of an enumeration ending before ``end_tok``."""
        r = self.rules
        items = []
        b = end_tok
        k = end_tok - 1
        while k >= 0:
            w, t = words[k], tags[k]
            if w == "、":
                if b - (k + 1) <= 0:
                    return None
                items.append((k + 1, b))
                b = k
            elif t in ("w", "_SP") or w in CLAUSE_PUNCT:
                break
            elif w in r["boundary"] or w in r["project_stop"]:
                if clause_start:
                    return None
                break
            k -= 1
        if b - (k + 1) <= 0:
            return None
        items.append((k + 1, b))
        if clause_start and k >= 0 and words[k] not in ("；", "。", "\n", ";") and len(items) < 2:
            # "A进展顺利" only counts at the start of a clause after a full stop
            # or semicolon, where A is the subject.
            return None
        return list(reversed(items))

    def _item_candidates(self, words, tags, offs, a, b, label, rule) -> list[Candidate]:
        r = self.rules
        while a < b and words[a] in r["trim"]:
            a += 1
        if a >= b:
            return []
        start, end = offs[a], offs[b - 1] + len(words[b - 1])
        name = "".join(words[a:b])
        if name in r["generic"] or len(name) < 2:
            return []
        if label != "PROJECT":
            return [Candidate(start, end, label, rule, prio=3)]
        split = self._company_head(words, tags, a, b)
        if split is None:
            return [Candidate(start, end, "PROJECT", rule, prio=3)] if len(name) >= 3 else []
        mid = offs[split]
        return [Candidate(start, mid, "COMPANY", f"{rule}:company-head", prio=3),
                Candidate(mid, end, "PROJECT", rule, prio=3)]

    def _company_head(self, words, tags, a, b) -> int | None:
        """Token index where the project part begins, if the item starts with a company."""
        r = self.rules
        for idx in range(a, min(b, a + 5)):
            w = words[idx]
            if idx > a and (tags[idx] == "m" or w.startswith("年产")):
                return idx if len("".join(words[a:idx])) >= 2 else None
            if idx < b - 1 and any(w.endswith(s) for s, lab, _ in r["suffixes"] if lab == "COMPANY") and w not in r["false"]:
                head = "".join(words[a: idx + 1])
                if len(head) > len(w) or tags[idx] in PROPER_TAGS:
                    return idx + 1
        name = "".join(words[a:b])
        if name.endswith(r["place_like"]):
            return None
        run = a
        while run < b - 1 and tags[run] in PROPER_TAGS:
            run += 1
        head = "".join(words[a:run])
        if run > a and len(head) >= r["min_head"] and any(tags[x] != "ns" for x in range(a, run)):
            return run
        return None

    def _quoted(self, text: str) -> list[Candidate]:
        out = []
        for m in _QUOTED_PROJECT.finditer(text):
            out.append(Candidate(m.start(1), m.end(1), "PROJECT", "quoted-project", prio=3))
        return out

    def _home_refs(self, words, offs) -> list[tuple[int, int, str]]:
        r = self.rules
        out = []
        for w, o in zip(words, offs):
            if w in r["home_city"]:
                out.append((o, o + len(w), "HOME_CITY"))
            elif w in r["home_pref"]:
                out.append((o, o + len(w), "HOME_PREFECTURE"))
        return out


_QUOTED_PROJECT = re.compile(r"[“\"「『]([^”\"」』\n]{2,40})[”\"」』](?:项目|工程)")


def _select(cands: list[Candidate], blocked: set[tuple[int, int]]) -> list[Candidate]:
    """Non-overlapping candidates: higher priority, then longer, then earlier."""
    taken: list[tuple[int, int]] = list(blocked)
    chosen = []
    for c in sorted(set(cands), key=lambda c: (-c.prio, -(c.end - c.start), c.start, c.label)):
        if c.end <= c.start:
            continue
        if any(c.start < e and s < c.end for s, e in taken):
            continue
        taken.append((c.start, c.end))
        chosen.append(c)
    return chosen


def _align(doc: Doc, spans: list[tuple[int, int]], offs: list[int], words: list[str]) -> None:
    """Split tokens so that every span starts and ends on a token boundary."""
    bounds = set(offs)
    bounds.update(o + len(w) for o, w in zip(offs, words))
    cuts = sorted({p for s, e in spans for p in (s, e)} - bounds)
    if not cuts:
        return
    splits = []
    for i, (o, w) in enumerate(zip(offs, words)):
        inside = [p - o for p in cuts if o < p < o + len(w)]
        if inside:
            edges = [0, *inside, len(w)]
            splits.append((i, [w[x:y] for x, y in zip(edges, edges[1:])]))
    with doc.retokenize() as retok:
        for i, orths in splits:
            tok = doc[i]
            retok.split(tok, orths, heads=[(tok, 0)] * len(orths), attrs={"TAG": [tok.tag_] * len(orths)})


@lru_cache(maxsize=8)
def _phrase_table(lexicons: tuple[str, ...]) -> dict[str, tuple[str, str]]:
    """Known names -> (label, rule): gazetteer, countries, lexicons, agency full forms."""
    gaz = load_gazetteer()
    table: dict[str, tuple[str, str]] = {}
    for name in gaz.places:
        table[name] = ("PLACE", "gazetteer")
    for alias in gaz.aliases:
        if _safe_alias(alias):
            table.setdefault(alias, ("PLACE", "gazetteer-alias"))
    for name in gaz.countries:
        table.setdefault(name, ("PLACE", "gazetteer-country"))
    prefixes = ["", "市", "县", "省", "州", "区", "镇", "乡"]
    for short, full in load_yaml("abbreviations.yaml").items():
        for pre in prefixes:
            table[pre + full] = ("AGENCY", "abbreviation")
            if pre:
                table.setdefault(pre + short, ("AGENCY", "abbreviation"))
    for entry in load_lexicons(lexicons):
        for name in (entry.name, *entry.aliases):
            table[name] = (entry.label, "lexicon")
    return table


@lru_cache(maxsize=8)
def _prefixes(lexicons: tuple[str, ...]) -> frozenset[str]:
    return frozenset(name[:k] for name in _phrase_table(lexicons) for k in range(1, len(name) + 1))


def _safe_alias(alias: str) -> bool:
    """A division's short alias counts as a name unless it is an ordinary word."""
    from kg.pipeline import _base_tags

    tag = _base_tags().get(alias)
    return tag is None or tag == "ns"
