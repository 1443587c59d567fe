"""Word's automatic numbering (numbering.xml) rendered as it prints: "1.", "5.1", "§ 3".

A paragraph refers to a numbering instance (numId) and a level (ilvl); the
instance points to an abstract definition whose level says the format
("decimal", "bullet", ...), the pattern ("%1.%2") and the start value. Counters
run per abstract definition, so lists that share one continue each other,
unless an instance overrides the start (Word's "restart numbering").
"""

from __future__ import annotations

from dataclasses import dataclass, field

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
LEVELS = 9
BULLET = "•"


@dataclass
class Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    suffix: str = "tab"
    legal: bool = False
    style: str | None = None


@dataclass
class Numbering:
    abstract: dict[str, dict[int, Level]] = field(default_factory=dict)
    instances: dict[str, tuple[str, dict[int, int]]] = field(default_factory=dict)
    counters: dict[str, list[int | None]] = field(default_factory=dict)
    started: set[str] = field(default_factory=set)

    @classmethod
    def from_document(cls, document) -> Numbering:
        numbering = cls()
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return numbering
        for abstract in root.iterchildren(f"{W}abstractNum"):
            levels = {
                int(_val(lvl, "", "ilvl") or 0): _level(lvl)
                for lvl in abstract.iterchildren(f"{W}lvl")
            }
            numbering.abstract[_val(abstract, "", "abstractNumId")] = levels
        for num in root.iterchildren(f"{W}num"):
            overrides = {}
            for override in num.iterchildren(f"{W}lvlOverride"):
                start = override.find(f"{W}startOverride")
                if start is not None:
                    overrides[int(_val(override, "", "ilvl") or 0)] = _int(start.get(f"{W}val"), 1)
            numbering.instances[_val(num, "", "numId")] = (_val(num, "abstractNumId"), overrides)
        return numbering

    def render(self, num_id: str, ilvl: int) -> str | None:
        if num_id not in self.instances:
            return None
        abstract_id, overrides = self.instances[num_id]
        levels = self.abstract.get(abstract_id, {})
        if ilvl not in levels:
            return None
        counters = self._counters(abstract_id, num_id, overrides, levels)
        level = levels[ilvl]
        counters[ilvl] = level.start if counters[ilvl] is None else counters[ilvl] + 1
        for deeper in range(ilvl + 1, LEVELS):
            counters[deeper] = None
        return _label(level, levels, counters, ilvl)

    def _counters(self, abstract_id: str, num_id: str, overrides, levels) -> list[int | None]:
        counters = self.counters.setdefault(abstract_id, [None] * LEVELS)
        if overrides and num_id not in self.started:
            for lvl, start in overrides.items():
                counters[lvl] = start - 1 if lvl in levels else None
        self.started.add(num_id)
        return counters


def paragraph_number(p, numbering: Numbering, styles: dict) -> str:
    """The label Word prints before this paragraph, with its separator, or ""."""
    num_id, ilvl = _num_pr(p)
    style = p.find(f"{W}pPr/{W}pStyle")
    style_id = style.get(f"{W}val") if style is not None else None
    if num_id is None and style_id in styles:
        num_id, style_ilvl = styles[style_id]
        ilvl = ilvl if ilvl is not None else style_ilvl
        if ilvl is None:
            ilvl = _level_for_style(numbering, num_id, style_id)
    if num_id is None or num_id == "0":
        return ""
    label = numbering.render(num_id, _int(ilvl, 0))
    if not label:
        return ""
    level = _level_of(numbering, num_id, _int(ilvl, 0))
    return label + ("" if level and level.suffix == "nothing" else " ")


def _num_pr(p) -> tuple[str | None, str | None]:
    num_pr = p.find(f"{W}pPr/{W}numPr")
    if num_pr is None:
        return None, None
    num_id = num_pr.find(f"{W}numId")
    ilvl = num_pr.find(f"{W}ilvl")
    return (
        num_id.get(f"{W}val") if num_id is not None else None,
        ilvl.get(f"{W}val") if ilvl is not None else None,
    )


def _level_for_style(numbering: Numbering, num_id: str | None, style_id: str | None) -> int:
    abstract_id = numbering.instances.get(num_id or "", (None, {}))[0]
    for ilvl, level in numbering.abstract.get(abstract_id or "", {}).items():
        if level.style == style_id:
            return ilvl
    return 0


def _level_of(numbering: Numbering, num_id: str, ilvl: int) -> Level | None:
    abstract_id = numbering.instances.get(num_id, (None, {}))[0]
    return numbering.abstract.get(abstract_id or "", {}).get(ilvl)


def _label(level: Level, levels: dict[int, Level], counters: list[int | None], ilvl: int) -> str:
    if level.fmt == "none":
        return ""
    if level.fmt == "bullet":
        text = level.text.strip()
        # Symbol/Wingdings bullets live in the private use area; print them as "•".
        return BULLET if not text or any("\ue000" <= c <= "\uf8ff" for c in text) else text
    label = level.text
    for n in range(LEVELS, 0, -1):
        placeholder = f"%{n}"
        if placeholder in label:
            other = levels.get(n - 1, Level())
            value = counters[n - 1] if counters[n - 1] is not None else other.start
            fmt = "decimal" if level.legal and n - 1 < ilvl else other.fmt
            label = label.replace(placeholder, format_number(value, fmt))
    return label


def format_number(value: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        letters = _letters(value)
        return letters if fmt == "lowerLetter" else letters.upper()
    if fmt in ("lowerRoman", "upperRoman"):
        roman = _roman(value)
        return roman.lower() if fmt == "lowerRoman" else roman
    if fmt == "decimalZero":
        return f"{value:02d}"
    return str(value)


def _letters(value: int) -> str:
    # Word repeats the letter after z: a..z, aa..zz, aaa...
    if value < 1:
        return str(value)
    return chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1)


def _roman(value: int) -> str:
    if not 0 < value < 4000:
        return str(value)
    pairs = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"))
    pairs += ((50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    out = ""
    for number, letters in pairs:
        while value >= number:
            out += letters
            value -= number
    return out


def _level(lvl) -> Level:
    legal = lvl.find(f"{W}isLgl")
    style = lvl.find(f"{W}pStyle")
    return Level(
        start=_int(_val(lvl, "start"), 1),
        fmt=_val(lvl, "numFmt") or "decimal",
        text=_val(lvl, "lvlText") if lvl.find(f"{W}lvlText") is not None else "",
        suffix=_val(lvl, "suff") or "tab",
        legal=legal is not None and legal.get(f"{W}val") not in ("0", "false"),
        style=style.get(f"{W}val") if style is not None else None,
    )


def _val(element, child: str, attribute: str = "val") -> str | None:
    """The w:val of a child element, or (child == "") an attribute of the element itself."""
    target = element.find(f"{W}{child}") if child else element
    if target is None:
        return None
    return target.get(f"{W}{attribute}")


def _int(text: str | None, default: int) -> int:
    try:
        return int(text) if text is not None else default
    except ValueError:
        return default
