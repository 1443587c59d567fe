"""The accessibility check itself must be able to fail."""

import pytest

from tests.browser.a11y import assert_accessible, axe_violations

pytestmark = pytest.mark.browser


def test_axe_reports_an_image_without_alt_text_and_a_nameless_button(page):
    page.set_content(
        '<html lang="sv"><head><title>t</title></head><body><main>'
        '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><button></button>'
        "</main></body></html>"
    )

    found = {v["id"]: [n["target"] for n in v["nodes"]] for v in axe_violations(page)}

    assert found == {"image-alt": ["img"], "button-name": ["button"]}
    with pytest.raises(AssertionError, match="image-alt"):
        assert_accessible(page)
