"""Read a rendered page the way a user does: the text in a given place."""

from __future__ import annotations

import re

import lxml.html


def parse(response, status: int = 200) -> lxml.html.HtmlElement:
    assert response.status_code == status, response.status_code
    return lxml.html.fromstring(response.content.decode())


def text(element) -> str:
    return re.sub(r"\s+", " ", element.text_content()).strip()


def texts(response_or_doc, xpath: str, status: int = 200) -> list[str]:
    """The whitespace-normalised text of every element the XPath finds."""
    doc = response_or_doc
    if not isinstance(doc, lxml.html.HtmlElement):
        doc = parse(doc, status)
    return [text(el) for el in doc.xpath(xpath)]


def section(label_id: str) -> str:
    """XPath of the section headed by the heading with this id."""
    return f'//section[@aria-labelledby="{label_id}"]'


def facts(doc, xpath: str) -> dict[str, str]:
    """A description list as {term: description}."""
    found = {}
    for dl in doc.xpath(xpath):
        for term in dl.xpath(".//dt"):
            found[text(term)] = text(term.getnext())
    return found


def rows(doc, xpath: str) -> list[list[str]]:
    """Table rows as lists of cell texts."""
    if not isinstance(doc, lxml.html.HtmlElement):
        doc = parse(doc)
    return [[text(cell) for cell in row.xpath("./th|./td")] for row in doc.xpath(xpath)]
