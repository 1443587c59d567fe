"""axe-core in the page: WCAG 2.1 A and AA, every page a test visits."""

from __future__ import annotations

from pathlib import Path

import pytest

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

RUN_AXE = """tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})
    .then(r => r.violations.map(v => ({
        id: v.id, impact: v.impact, help: v.help,
        nodes: v.nodes.map(n => ({target: n.target.join(' '), html: n.html}))})))"""


def axe_violations(page) -> list[dict]:
    if not AXE.exists():
        pytest.fail(
            f"{AXE} is missing. Install it with: npm ci  (or: npm install --no-audit "
            "--no-fund axe-core@4)",
            pytrace=False,
        )
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE))
    return page.evaluate(RUN_AXE, WCAG_TAGS)


def describe(violations: list[dict]) -> str:
    lines = []
    for v in violations:
        lines.append(f"{v['id']} ({v['impact']}): {v['help']}")
        lines.extend(f"    {n['target']}  {n['html'][:160]}" for n in v["nodes"])
    return "\n".join(lines)


def assert_accessible(page) -> None:
    """No WCAG 2.1 A/AA violation that axe-core can find on the page as it is now."""
    violations = axe_violations(page)
    assert not violations, f"axe-core on {page.url}:\n{describe(violations)}"
