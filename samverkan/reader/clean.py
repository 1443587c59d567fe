"""Clean: page furniture, hyphenation and injected link lines. (Stub.)"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

URL = re.compile(r"https?://[^\s<>\"”)\]]+")


@dataclass
class Line:
    text: str  # whitespace-normalised, never empty
    gap: int = 0  # blank lines before this one (0 = directly after the previous line)
    page: int = 0  # index of the page it came from


@dataclass
class Cleaned:
    lines: list[Line]
    links: list[str] = field(default_factory=list)  # every URL, once, in document order


def clean(pages: list[str]) -> Cleaned:
    lines: list[Line] = []
    links: list[str] = []
    for page_no, page in enumerate(pages):
        gap = 0
        for raw in page.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
            text = " ".join(raw.split())
            if not text:
                gap += 1
                continue
            for url in URL.findall(text):
                url = url.rstrip(".,;:")
                if url not in links:
                    links.append(url)
            lines.append(Line(text, gap, page_no))
            gap = 0
    return Cleaned(lines, links)
